package org.jigai.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jigai.base.Industry;
import org.jigai.base.Region;
import org.jigai.base.ui.NotFoundView;
import org.jigai.project.LibraryFilter;
import org.jigai.project.ProjectService;
import org.jigai.project.ProjectSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The project views for each role: what is shown, what is refused, and bad input kept next to its field. */
@SpringBootTest
@ActiveProfiles("test")
class ProjectViewsTest extends SpringBrowserlessTest {

    static final String STAMPING = "冲压车间伺服压力机更新技术改造项目";

    @Autowired ProjectService projects;

    String open(String location) {
        UI.getCurrent().navigate(location);
        return getCurrentView().getClass().getSimpleName();
    }

    long stampingProject() {
        return projects.list(new LibraryFilter(null, null, null, null, null, null, false, STAMPING),
                PageRequest.of(0, 1)).getContent().stream().map(ProjectSummary::id).findFirst().orElseThrow();
    }

    boolean has(Class<? extends com.vaadin.flow.component.Component> type, String id) {
        return !$(type).withId(id).all().isEmpty();
    }

    @Test
    @WithUserDetails("demo-enterprise")
    void the_enterprise_sees_its_project_with_its_actions_and_no_bureau_tools() {
        long id = stampingProject();
        assertThat(open("projects/" + id)).isEqualTo("ProjectView");
        assertThat(has(Button.class, "project-edit")).isTrue();
        assertThat(has(Button.class, "project-complete")).isTrue();
        assertThat($(Button.class).withClassName("jigai-report-file").all()).isNotEmpty();
        assertThat(has(TextArea.class, "project-comment")).as("comments are the bureau's").isFalse();
        assertThat(has(Button.class, "project-cadence")).isFalse();
    }

    @Test
    @WithUserDetails("demo-bureau")
    void the_bureau_comments_and_schedules_but_does_not_file_or_move_stages() {
        long id = stampingProject();
        assertThat(open("projects/" + id)).isEqualTo("ProjectView");
        assertThat(has(TextArea.class, "project-comment")).isTrue();
        assertThat(has(Button.class, "project-cadence")).isTrue();
        assertThat(has(Button.class, "project-edit")).isFalse();
        assertThat(has(Button.class, "project-complete")).isFalse();
        assertThat($(Button.class).withClassName("jigai-report-file").all()).isEmpty();
        // an empty comment is refused at the field
        test($(Button.class).withId("project-comment-add").single()).click();
        assertThat($(TextArea.class).withId("project-comment").single().isInvalid()).isTrue();
    }

    @Test
    @WithUserDetails("demo-food")
    void another_enterprise_gets_not_found_for_the_page_and_the_form() {
        long id;
        {
            // the id as the bureau would see it, so the test does not depend on this enterprise's rights
            var saved = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
            org.jigai.TestData.actAs(accountService, "demo-enterprise");
            id = stampingProject();
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(saved);
        }
        assertThat(open("projects/" + id)).isEqualTo(NotFoundView.class.getSimpleName());
        assertThat(open("projects/edit/" + id)).isEqualTo(NotFoundView.class.getSimpleName());
        UI.getCurrent().navigate("projects/edit", com.vaadin.flow.router.QueryParameters.of("engagement", "999999999"));
        assertThat(getCurrentView()).as("an engagement that is not this enterprise's").isInstanceOf(NotFoundView.class);
    }

    @Autowired org.jigai.account.AccountService accountService;

    @Test
    @WithUserDetails("demo-bureau")
    void the_librarys_filters_come_from_the_address_so_that_back_keeps_them() {
        UI.getCurrent().navigate("projects", com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("overdue", "1", "region", "370211", "stage", "NOPE")));
        var view = (ProjectsView) getCurrentView();
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<ProjectSummary>) $(com.vaadin.flow.component.grid.Grid.class)
                .withId("projects-grid").single();
        var shown = test(grid).size();
        assertThat(shown).as("the demo's very late project in 黄岛区").isGreaterThanOrEqualTo(1);
        for (int i = 0; i < shown; i++) {
            var p = test(grid).getRow(i);
            assertThat(p.overdue()).isTrue();
            assertThat(p.region()).isEqualTo("370211");
        }
        assertThat($(com.vaadin.flow.component.checkbox.Checkbox.class).withId("project-overdue-only").single()
                .getValue()).isTrue();
        assertThat(view).isNotNull();
    }

    @Test
    @WithUserDetails("demo-provider")
    void providers_have_no_project_library() {
        assertThat(open("projects")).isEqualTo(NotFoundView.class.getSimpleName());
    }

    @Test
    @WithUserDetails("demo-enterprise")
    void the_form_shows_bad_input_next_to_the_fields_and_keeps_it() {
        var view = navigate(ProjectFormView.class);
        test(view.name).setValue("热处理车间网带炉节能改造项目");
        test(view.industry).selectItem(view.getTranslation(Industry.MACHINERY.labelKey()));
        test(view.region).selectItem(view.getTranslation(Region.JIAOZHOU.labelKey()));
        view.directions.setValue(java.util.EnumSet.of(org.jigai.base.Direction.GREEN));
        test(view.total).setValue(new BigDecimal("300"));
        test(view.equipment).setValue(new BigDecimal("400"));
        view.plannedStart.setValue(LocalDate.of(2027, 6, 1));
        view.plannedCompletion.setValue(LocalDate.of(2027, 1, 1));
        view.plannedProduction.setValue(LocalDate.of(2027, 8, 1));
        test(view.filingNumber).setValue("123");
        test($(Button.class).withId("project-save").single()).click();

        assertThat(view.total.getErrorMessage()).isEqualTo("重点技改项目总投资不低于 500 万元");
        assertThat(view.plannedCompletion.getErrorMessage()).isEqualTo("计划竣工不能早于计划开工");
        assertThat(view.filingNumber.isInvalid()).isTrue();
        assertThat(view.equipment.getErrorMessage()).isEqualTo("设备投资不能超过总投资");
        assertThat(view.name.getValue()).isEqualTo("热处理车间网带炉节能改造项目");
        assertThat(getCurrentView()).isSameAs(view);
    }
}
