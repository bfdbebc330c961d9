package org.jigai.need.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.Region;
import org.jigai.need.ContactPreference;
import org.jigai.need.NeedForm;
import org.jigai.need.NeedService;
import org.jigai.need.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class NeedViewsTest extends SpringBrowserlessTest {

    @Autowired NeedService needs;
    @Autowired AccountService accounts;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** A need of demo-provider's neighbour: created as another enterprise, outside the test's own user. */
    long needOfAnotherEnterprise(boolean publish) {
        var saved = SecurityContextHolder.getContext().getAuthentication();
        String other = org.jigai.TestData.username("other");
        accounts.register(org.jigai.TestData.enterprise(other));
        AccountPrincipal p = accounts.findLogin(other).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        try {
            return needs.create(new NeedForm("即墨服装厂吊挂系统改造", "缝制车间 200 个工位，希望上智能吊挂系统。",
                    Industry.TEXTILE, EnumSet.of(Direction.SMART), "370215", new BigDecimal("120"), null, null, null,
                    Visibility.ALL_PROVIDERS, ContactPreference.PHONE), publish);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(saved);
        }
    }

    String open(String location) {
        UI.getCurrent().navigate(location);
        return getCurrentView().getClass().getSimpleName();
    }

    @Test
    @WithUserDetails("demo-enterprise")
    void the_form_shows_bad_input_next_to_the_fields_and_keeps_it() {
        var view = navigate(NeedFormView.class);
        test(view.title).setValue("长".repeat(61));
        test(view.description).setValue("现状与目标");
        test(view.industry).selectItem(view.getTranslation(Industry.MACHINERY.labelKey()));
        test(view.region).selectItem(view.getTranslation(Region.JIAOZHOU.labelKey()));
        view.directions.setValue(EnumSet.of(Direction.GREEN));
        test(view.budgetMin).setValue(new BigDecimal("-5"));
        view.start.setValue(LocalDate.of(2027, 6, 1));
        view.finish.setValue(LocalDate.of(2027, 1, 1));
        test(view.publish).click();

        assertThat(view.title.getErrorMessage()).isEqualTo("长度应为 1–60 个字符");
        assertThat(view.budgetMin.getErrorMessage()).isEqualTo("金额不能为负数");
        assertThat(view.finish.getErrorMessage()).isEqualTo("预计完成日期不能早于开始日期");
        assertThat(view.description.getValue()).isEqualTo("现状与目标");
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    @WithUserDetails("demo-enterprise")
    void a_valid_need_is_published_and_opens_its_page() {
        var view = navigate(NeedFormView.class);
        test(view.title).setValue("胶州工厂空压站节能改造");
        test(view.description).setValue("现有 4 台 75kW 工频空压机，\n希望改为变频并做余热回收。");
        test(view.industry).selectItem(view.getTranslation(Industry.MACHINERY.labelKey()));
        test(view.region).selectItem(view.getTranslation(Region.JIAOZHOU.labelKey()));
        view.directions.setValue(EnumSet.of(Direction.GREEN));
        test(view.publish).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NeedDetailView");
        assertThat($(H2.class).first().getText()).isEqualTo("胶州工厂空压站节能改造");
    }

    @Test
    @WithUserDetails("demo-enterprise")
    void the_home_page_reminds_the_owner_of_a_need_that_expires_soon_and_renews_it_in_one_click() {
        long id = needs.create(new NeedForm("包装线码垛机器人改造", "两条包装线末端人工码垛，想上码垛机器人。",
                Industry.FOOD, EnumSet.of(Direction.SMART), "370283", null, new BigDecimal("80"), null, null,
                Visibility.ALL_PROVIDERS, ContactPreference.PLATFORM), true);
        UI.getCurrent().navigate("");
        assertThat($(com.vaadin.flow.component.html.Div.class).all()).noneMatch(
                d -> d.getId().orElse("").equals("home-expiring-needs") && d.getElement().getTextRecursively().contains("包装线码垛机器人改造"));

        jdbc.update("UPDATE need SET expires_at = ? WHERE id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().plus(java.time.Duration.ofDays(3))), id);
        assertThat(needs.expiringSoon()).extracting(n -> n.id()).contains(id);
        UI.getCurrent().navigate("my/needs");
        UI.getCurrent().navigate("");
        var card = $(com.vaadin.flow.component.html.Div.class).id("home-expiring-needs");
        assertThat(card.getElement().getTextRecursively()).contains("即将到期", "包装线码垛机器人改造", "天后到期");
        var row = $(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class, card).all().stream()
                .filter(r -> r.getChildren().anyMatch(c -> c instanceof com.vaadin.flow.component.html.Anchor a
                        && a.getText().equals("包装线码垛机器人改造")))
                .findFirst().orElseThrow();
        var renew = row.getChildren().filter(c -> c instanceof com.vaadin.flow.component.button.Button)
                .map(com.vaadin.flow.component.button.Button.class::cast).findFirst().orElseThrow();
        test(renew).click();
        assertThat(needs.expiringSoon()).extracting(n -> n.id()).doesNotContain(id);
        assertThat(needs.details(id).expiresAt()).isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(89)));
    }

    @Test
    @WithUserDetails("demo-enterprise")
    void another_enterprises_need_is_not_found_by_changing_the_id() {
        long id = needOfAnotherEnterprise(true);
        assertThat(open("needs/" + id)).isEqualTo("NotFoundView");
        assertThat(open("my/needs/edit/" + id)).isEqualTo("NotFoundView");
        assertThat(open("needs/not-a-number")).isEqualTo("NotFoundView");
    }

    @Test
    @WithUserDetails("demo-provider")
    void a_provider_opens_a_published_need_but_not_a_draft() {
        long published = needOfAnotherEnterprise(true);
        long draft = needOfAnotherEnterprise(false);
        assertThat(open("needs/" + published)).isEqualTo("NeedDetailView");
        assertThat(open("needs/" + draft)).isEqualTo("NotFoundView");
    }

    @Test
    @WithUserDetails("demo-provider")
    void the_browse_filters_come_from_the_address_and_ignore_nonsense() {
        long textile = needOfAnotherEnterprise(true);
        UI.getCurrent().navigate("needs",
                QueryParameters.fromString("industry=TEXTILE&region=370200&minBudget=100&direction=NOPE"));
        var view = (NeedsBrowseView) getCurrentView();
        assertThat(view.filter().industry()).isEqualTo(Industry.TEXTILE);
        assertThat(view.filter().region()).isEqualTo("370200");
        assertThat(view.filter().minBudgetWan()).isEqualByComparingTo("100");
        assertThat(view.filter().direction()).isNull();
        var grid = test(view.grid);
        var rows = java.util.stream.IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
        assertThat(rows).extracting(org.jigai.need.NeedSummary::id).contains(textile);
        assertThat(rows).as("every row passes the filters").allSatisfy(n -> {
            assertThat(n.industry()).isEqualTo(Industry.TEXTILE);
            assertThat(n.region()).startsWith("3702");
            assertThat(n.budgetMaxWan() != null ? n.budgetMaxWan() : n.budgetMinWan()).isGreaterThanOrEqualTo(new BigDecimal("100"));
        });
    }
}
