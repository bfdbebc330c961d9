package org.jigai.provider.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.EnumSet;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jigai.provider.SolutionForm;
import org.jigai.provider.SolutionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ProviderViewsTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired SolutionService solutions;

    String open(String location) {
        UI.getCurrent().navigate(location);
        return getCurrentView().getClass().getSimpleName();
    }

    long demoProvider() {
        return accounts.findLogin("demo-provider").orElseThrow().organizationId();
    }

    /** All visible text of the current view, to check what a reader can and cannot see. */
    String pageText() {
        var text = new StringBuilder();
        collect((Component) getCurrentView(), text);
        return text.toString();
    }

    static void collect(Component c, StringBuilder text) {
        if (c instanceof HasText t) {
            text.append(t.getText()).append('\n');
        }
        c.getChildren().forEach(child -> collect(child, text));
    }

    long draftOfDemoProvider() {
        var saved = SecurityContextHolder.getContext().getAuthentication();
        AccountPrincipal p = accounts.findLogin("demo-provider").orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        try {
            return solutions.create(new SolutionForm("未发布的方案", "内部草稿", EnumSet.of(ServiceCategory.DESIGN),
                    EnumSet.of(Industry.LIGHT), EnumSet.of(Direction.HIGH_END), new BigDecimal("10"), null, 4, null), false);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(saved);
        }
    }

    @Test
    @WithUserDetails("demo-provider")
    void the_profile_shows_bad_input_next_to_the_field_and_keeps_it() {
        var view = navigate(ProviderProfileView.class);
        assertThat(view.categories.getValue()).as("demo profile loaded").isNotEmpty();
        test(view.contactMobile).setValue("0532123");
        test(view.foundedYear).setValue(1850);
        test(view.save).click();
        assertThat(view.contactMobile.getErrorMessage()).isEqualTo("请输入 11 位大陆手机号码");
        assertThat(view.foundedYear.isInvalid()).isTrue();
        assertThat(view.contactMobile.getValue()).isEqualTo("0532123");
    }

    @Test
    @WithUserDetails("demo-enterprise")
    void an_enterprise_sees_a_providers_page_without_its_contact_details() {
        assertThat(open("providers/" + demoProvider())).isEqualTo("ProviderPageView");
        String text = pageText();
        assertThat(text).contains("青岛智造云工业互联网科技有限公司", "资质证书");
        @SuppressWarnings("unchecked")
        var qualifications = (com.vaadin.flow.component.grid.Grid<org.jigai.provider.Qualification>) $(
                com.vaadin.flow.component.grid.Grid.class).first();
        assertThat(test(qualifications).getCellText(0, 0)).isEqualTo("高新技术企业");
        assertThat(text).doesNotContain("13953287654", "lixiaodong@zhizaoyun.example.cn");
    }

    @Test
    @WithUserDetails("demo-enterprise")
    void another_providers_draft_is_not_found_and_its_edit_page_neither() {
        long draft = draftOfDemoProvider();
        assertThat(open("solutions/" + draft)).isEqualTo("NotFoundView");
        assertThat(open("my/solutions/edit/" + draft)).isEqualTo("NotFoundView");
        long enterpriseOrg = accounts.findLogin("demo-enterprise").orElseThrow().organizationId();
        assertThat(open("providers/" + enterpriseOrg)).as("an enterprise has no provider page").isEqualTo("NotFoundView");
    }

    @Test
    @WithUserDetails("demo-energy")
    void a_provider_cannot_edit_another_providers_solution() {
        long draft = draftOfDemoProvider();
        assertThat(open("my/solutions/edit/" + draft)).isEqualTo("NotFoundView");
    }

    @Test
    @WithUserDetails("demo-enterprise")
    void the_solution_list_reads_its_filters_from_the_address() {
        UI.getCurrent().navigate("solutions", QueryParameters.fromString("category=FINANCE&budget=abc"));
        var view = (SolutionsBrowseView) getCurrentView();
        assertThat(view.filter().category()).isEqualTo(ServiceCategory.FINANCE);
        assertThat(view.filter().budgetWan()).isNull();
        var grid = test(view.grid);
        var rows = java.util.stream.IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
        assertThat(rows).as("the demo finance provider's solutions").isNotEmpty();
        assertThat(rows).as("every row passes the filter")
                .allSatisfy(s -> assertThat(s.categories()).contains(ServiceCategory.FINANCE));
    }
}
