package org.jigai.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.jigai.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class NavigationTest extends SpringBrowserlessTest {

    List<String> navigation() {
        navigate(HomeView.class);
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    String open(String location) {
        UI.getCurrent().navigate(location);
        return getCurrentView().getClass().getSimpleName();
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        assertThat(open("")).isEqualTo(LoginView.class.getSimpleName());
        assertThat(open("admin/users")).isEqualTo(LoginView.class.getSimpleName());
        assertThat(open("register")).isEqualTo("RegistrationView");
    }

    @Test
    @WithUserDetails("demo-enterprise")
    void an_enterprise_sees_its_own_navigation_only() {
        assertThat(navigation()).containsExactly("首页", "我的需求", "我的对接", "技改项目库", "解决方案", "服务商", "服务商资源池", "对接活动",
                "优秀案例评选", "看样学样", "企业信息", "团队成员", "消息中心");
    }

    @Test
    @WithUserDetails("demo-provider")
    void a_provider_sees_its_own_navigation_only() {
        assertThat(navigation()).containsExactly("首页", "我的对接", "技改需求", "我的方案", "服务商档案", "解决方案", "服务商",
                "服务商资源池", "入库申请", "对接活动", "优秀案例评选", "看样学样", "团队成员", "消息中心");
    }

    @Test
    @WithUserDetails("demo-bureau")
    void bureau_staff_see_their_own_navigation_only() {
        assertThat(navigation()).containsExactly("首页", "数据看板", "技改项目库", "技改需求", "内容复核", "解决方案", "服务商", "服务商资源池", "入库申请",
                "对接活动", "优秀案例评选", "看样学样", "对接情况", "数据交换", "消息中心", "匹配设置");
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_sees_the_administration() {
        assertThat(navigation()).containsExactly("首页", "数据看板", "技改项目库", "技改需求", "解决方案", "服务商", "服务商资源池",
                "入库申请", "对接活动", "优秀案例评选", "看样学样", "对接情况", "数据交换", "消息中心", "账号管理",
                "API 令牌", "审计日志", "匹配设置");
    }

    @Test
    @WithUserDetails("demo-enterprise")
    void a_user_cannot_open_another_roles_views() {
        assertThat(open("admin/users")).isEqualTo(NotFoundView.class.getSimpleName());
        assertThat(open("admin/tokens")).isEqualTo(NotFoundView.class.getSimpleName());
        assertThat(open("admin/audit")).isEqualTo(NotFoundView.class.getSimpleName());
        assertThat(open("needs")).as("browsing needs is for providers and the bureau")
                .isEqualTo(NotFoundView.class.getSimpleName());
        assertThat(open("my/profile")).isEqualTo(NotFoundView.class.getSimpleName());
        assertThat(open("my/solutions")).isEqualTo(NotFoundView.class.getSimpleName());
    }

    @Test
    @WithUserDetails("demo-bureau")
    void staff_without_an_organisation_cannot_open_the_team_page() {
        assertThat(open("team")).isEqualTo(NotFoundView.class.getSimpleName());
    }

    @Test
    @WithUserDetails("demo-enterprise")
    void the_home_page_greets_the_user_with_the_next_steps_of_their_role() {
        navigate(HomeView.class);
        assertThat($(com.vaadin.flow.component.html.H2.class).all()).extracting(h -> h.getText())
                .contains("企业：发布技改需求")
                .doesNotContain("系统管理员");
        var links = $(com.vaadin.flow.component.html.Anchor.class).all();
        assertThat(links).extracting(a -> a.getHref()).contains("my/needs/edit", "my/organization");
        assertThat(links).as("every link of the home page leads to a page that exists for this user")
                .allSatisfy(a -> assertThat(open(a.getHref())).isNotEqualTo(NotFoundView.class.getSimpleName()));
    }

    @Test
    @WithUserDetails("demo-expert")
    void an_expert_finds_its_reviews_its_declaration_and_the_showcase() {
        navigate(HomeView.class);
        var links = $(com.vaadin.flow.component.html.Anchor.class).all();
        assertThat(links).extracting(a -> a.getHref()).contains("selection", "selection/declaration", "cases");
        assertThat(navigation()).contains("优秀案例评选", "看样学样");
    }

    @Test
    @WithUserDetails("demo-enterprise")
    void an_unknown_address_shows_the_friendly_not_found_page() {
        assertThat(open("no/such/page")).isEqualTo(NotFoundView.class.getSimpleName());
    }
}
