package org.jigai.pool.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.base.ServiceCategory;
import org.jigai.base.ui.NotFoundView;
import org.jigai.pool.PoolService;
import org.jigai.pool.ReviewFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The pool's pages for each role on the demo data: what is shown, what is refused, bad input kept at its field. */
@SpringBootTest
@ActiveProfiles("test")
class PoolViewsTest extends SpringBrowserlessTest {

    @Autowired PoolService pool;
    @Autowired AccountService accounts;

    String open(String location) {
        UI.getCurrent().navigate(location);
        return getCurrentView().getClass().getSimpleName();
    }

    boolean has(Class<? extends com.vaadin.flow.component.Component> type, String id) {
        return !$(type).withId(id).all().isEmpty();
    }

    /** An application of the demo data as the bureau sees it. */
    long application(String organization, ServiceCategory category) {
        var saved = SecurityContextHolder.getContext().getAuthentication();
        TestData.actAs(accounts, "demo-bureau");
        try {
            return pool.list(ReviewFilter.ANY, PageRequest.of(0, 200)).getContent().stream()
                    .filter(a -> a.organizationName().equals(organization) && a.category() == category)
                    .findFirst().orElseThrow().id();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(saved);
        }
    }

    @Test
    void anyone_reads_the_members_and_downloads_each_category_without_signing_in() {
        assertThat(open("pool")).isEqualTo("PoolView");
        assertThat($(Paragraph.class).withId("pool-summary").single().getText()).contains("资源池共有入库服务商");
        assertThat(has(Anchor.class, "pool-export-DIAGNOSIS")).isTrue();
        assertThat(has(Anchor.class, "pool-export-TECH_APPLICATION")).isTrue();
        // the year taking applications is announced with a sign-in link
        assertThat($(Anchor.class).all()).anySatisfy(a -> assertThat(a.getHref()).isEqualTo("login"));
    }

    @Test
    @WithUserDetails("demo-provider")
    void a_member_renews_with_last_years_answers_marked_and_a_short_statement_is_refused_at_its_field() {
        assertThat(open("pool/applications")).isEqualTo("PoolApplicationsView");
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("pool-my-badges").single().getElement()
                .getTextRecursively()).contains("年度资源池成员 · 技术应用");
        int next = pool.openYears().getFirst().year();
        test($(Button.class).withId("pool-apply-" + next + "-TECH_APPLICATION").single()).click();
        assertThat(getCurrentView()).isInstanceOf(PoolApplicationView.class);
        assertThat(has(Button.class, "pool-confirm-STATEMENT")).isTrue();
        assertThat(has(Button.class, "pool-confirm-REFERENCES")).isTrue();
        var statement = $(TextArea.class).withId("pool-statement").single();
        assertThat(statement.getValue()).contains("MES");
        test(statement).setValue("太短了");
        test($(Button.class).withId("pool-submit").single()).click();
        statement = $(TextArea.class).withId("pool-statement").single();
        assertThat(statement.getValue()).isEqualTo("太短了");
        // the changed statement is saved and confirmed; the other answers are still to confirm
        assertThat(has(Button.class, "pool-confirm-STATEMENT")).isFalse();
        assertThat(has(Button.class, "pool-confirm-QUALIFICATIONS")).isTrue();
    }

    @Test
    @WithUserDetails("demo-bureau")
    void the_bureau_reviews_submitted_applications_and_opens_pool_years() {
        assertThat(open("pool/applications")).isEqualTo("PoolApplicationsView");
        assertThat(has(Button.class, "pool-manage-years")).isTrue();
        long finance = application("青岛融信科技金融服务有限公司", ServiceCategory.FINANCE);
        assertThat(open("pool/applications/" + finance)).isEqualTo("PoolApplicationView");
        assertThat(has(Button.class, "pool-approve")).isTrue();
        assertThat(has(Button.class, "pool-return")).isTrue();
        assertThat(has(Button.class, "pool-remove")).isFalse();
        assertThat(has(TextArea.class, "pool-statement")).as("the bureau does not edit").isFalse();
        assertThat(open("pool/years")).isEqualTo("PoolYearsView");
        test($(Button.class).withId("pool-year-new").single()).click();
        test($(Button.class).withId("pool-year-save").single()).click();
        var opens = $(com.vaadin.flow.component.datepicker.DatePicker.class).withId("pool-year-opens").single();
        assertThat(opens.isInvalid()).isTrue();
        assertThat(opens.getErrorMessage()).isEqualTo("此项为必填项");
    }

    @Test
    @WithUserDetails("demo-provider")
    void a_provider_gets_not_found_for_another_providers_application() {
        long other = application("青岛海衡节能环保技术有限公司", ServiceCategory.DIAGNOSIS);
        assertThat(open("pool/applications/" + other)).isEqualTo(NotFoundView.class.getSimpleName());
        assertThat(open("pool/years")).isEqualTo(NotFoundView.class.getSimpleName());
    }

    @Test
    @WithUserDetails("demo-enterprise")
    void enterprises_have_no_applications_but_see_the_public_list() {
        assertThat(open("pool/applications")).isEqualTo(NotFoundView.class.getSimpleName());
        assertThat(open("pool")).isEqualTo("PoolView");
        assertThat(pool.list(ReviewFilter.ANY, PageRequest.of(0, 10)).getContent()).isEmpty();
    }
}
