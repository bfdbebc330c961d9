package org.jigai.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.jigai.base.Formats;
import org.jigai.event.EventService;
import org.jigai.event.EventState;
import org.jigai.event.Views;

/**
 * 供需对接活动 (public, no sign-in): upcoming and past events; for bureau staff also drafts, the new-event button and
 * this year's counts against the target of 20 events.
 */
@Route("events")
@AnonymousAllowed
@Menu(title = "nav.events", order = 56, icon = "vaadin:calendar-user")
class EventsView extends Main implements HasDynamicTitle {

    EventsView(EventService events, Clock clock) {
        addClassName("jigai-page");
        var me = AccountPrincipal.current().orElse(null);
        boolean staff = me != null && (me.has(Role.BUREAU) || me.has(Role.ADMIN));
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        add(new H2(getTranslation("event.list.title")));
        var intro = new Paragraph(getTranslation("event.list.intro"));
        intro.addClassName("jigai-muted");
        add(intro);
        if (staff) {
            var c = events.yearCounts(today.getYear());
            var counts = new Div(new Span(getTranslation("event.counts", c.year(), c.held(), c.target(), c.planned(),
                    c.registrations(), c.meetings(), c.engagements())));
            counts.addClassNames("jigai-card", "jigai-totals");
            counts.setId("event-counts");
            add(counts);
        }
        if (me != null && me.has(Role.BUREAU)) {
            var create = new Button(getTranslation("event.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("events/edit")));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("event-new");
            add(new HorizontalLayout(create));
        }
        var all = events.events();
        var upcoming = all.stream().filter(e -> !e.date().isBefore(today) && e.state() != EventState.HELD
                && e.state() != EventState.CANCELLED).sorted(java.util.Comparator.comparing(Views.EventSummary::date))
                .toList();
        var past = all.stream().filter(e -> !upcoming.contains(e)).toList();
        add(new H3(getTranslation("event.list.upcoming")));
        if (upcoming.isEmpty()) {
            add(new Paragraph(getTranslation("event.list.noneUpcoming")));
        }
        upcoming.forEach(e -> add(card(e)));
        add(new H3(getTranslation("event.list.past")));
        if (past.isEmpty()) {
            add(new Paragraph(getTranslation("event.list.nonePast")));
        }
        past.forEach(e -> add(card(e)));
    }

    private Div card(Views.EventSummary e) {
        var card = new Div();
        card.addClassNames("jigai-card", "jigai-event-card");
        card.setId("event-" + e.id());
        var title = new Anchor("events/" + e.id(), e.title());
        title.addClassName("jigai-event-title");
        var head = new HorizontalLayout(title, EventLabels.state(this, e.state()));
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setWrap(true);
        var when = new Paragraph(EventLabels.when(this, e.date(), e.format(), e.place()));
        when.addClassName("jigai-muted");
        card.add(head, when);
        if (e.theme() != null) {
            card.add(new Paragraph(e.theme()));
        }
        var figures = new Span(e.state() == EventState.OPEN
                ? getTranslation("event.list.open", EventLabels.date(e.registrationDeadline()), e.registered())
                : getTranslation("event.list.figures", e.registered(), e.meetings()));
        figures.addClassName("jigai-muted");
        card.add(figures);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.list.title") + " | " + getTranslation("app.name");
    }
}
