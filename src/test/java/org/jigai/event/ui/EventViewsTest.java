package org.jigai.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import org.jigai.base.ui.NotFoundView;
import org.jigai.event.EventService;
import org.jigai.event.EventState;
import org.jigai.event.Views;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The event pages for each role on the demo data: what is shown, what is refused, bad input kept at its field. */
@SpringBootTest
@ActiveProfiles("test")
class EventViewsTest extends SpringBrowserlessTest {

    @Autowired EventService events;

    String open(String location) {
        UI.getCurrent().navigate(location);
        return getCurrentView().getClass().getSimpleName();
    }

    boolean has(Class<? extends com.vaadin.flow.component.Component> type, String id) {
        return !$(type).withId(id).all().isEmpty();
    }

    long upcoming() {
        return events.events().stream().filter(e -> e.state() == EventState.OPEN).map(Views.EventSummary::id)
                .findFirst().orElseThrow();
    }

    @Test
    void anyone_reads_the_events_and_is_asked_to_sign_in_to_register() {
        assertThat(open("events")).isEqualTo("EventsView");
        assertThat(has(Div.class, "event-counts")).as("counts are the bureau's").isFalse();
        assertThat(open("events/" + upcoming())).isEqualTo("EventView");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).all())
                .anySatisfy(a -> assertThat(a.getHref()).isEqualTo("login"));
        assertThat(open("events/" + upcoming() + "/manage")).isNotEqualTo("EventManageView");
    }

    @Test
    @WithUserDetails("demo-bureau")
    void the_bureau_sees_the_years_counts_and_manages_the_upcoming_event() {
        assertThat(open("events")).isEqualTo("EventsView");
        assertThat($(Div.class).withId("event-counts").single().getElement().getTextRecursively())
                .contains("已举办 2 场（目标 20 场）");
        assertThat(open("events/" + upcoming() + "/manage")).isEqualTo("EventManageView");
        assertThat(has(Button.class, "event-generate")).isTrue();
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<Views.RegistrationView>) $(
                com.vaadin.flow.component.grid.Grid.class).withId("event-registrations").single();
        var rows = java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
        assertThat(rows).extracting(r -> r.state().name()).contains("CONFIRMED", "PENDING");
    }

    @Test
    @WithUserDetails("demo-food")
    void an_enterprise_registers_and_an_empty_choice_is_refused_at_its_field() {
        long id = upcoming();
        assertThat(open("events/" + id)).isEqualTo("EventView");
        test($(Button.class).withId("event-register").single()).click();
        assertThat(getCurrentView()).isInstanceOf(EventRegisterView.class);
        @SuppressWarnings("unchecked")
        var items = (CheckboxGroup<Long>) $(CheckboxGroup.class).withId("event-items").single();
        items.clear();
        test($(Button.class).withId("event-register-save").single()).click();
        assertThat(items.isInvalid()).isTrue();
        assertThat(items.getErrorMessage()).isEqualTo("请至少选择一个需求");
        assertThat(open("events/" + id + "/manage")).isEqualTo(NotFoundView.class.getSimpleName());
        assertThat(open("events/" + id + "/partners")).as("not registered").isEqualTo(
                NotFoundView.class.getSimpleName());
    }

    @Test
    @WithUserDetails("demo-enterprise")
    void a_registrant_marks_partners_and_past_agendas_show_outcomes() {
        assertThat(open("events/" + upcoming() + "/partners")).isEqualTo("EventPartnersView");
        assertThat($(Div.class).withClassName("jigai-event-partner").all()).isNotEmpty();
        long past = events.events().stream().filter(e -> e.state() == EventState.HELD).map(Views.EventSummary::id)
                .findFirst().orElseThrow();
        assertThat(open("events/" + past + "/agenda")).isEqualTo("EventAgendaView");
        assertThat($(Div.class).withClassName("jigai-event-meeting").all()).isNotEmpty();
    }
}
