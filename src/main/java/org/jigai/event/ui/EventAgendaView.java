package org.jigai.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.NoSuchElementException;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;
import org.jigai.event.AgendaFiles;
import org.jigai.event.EventService;
import org.jigai.event.Outcome;
import org.jigai.event.Views;

/**
 * A participant's agenda once the schedule is published: each meeting's time, table and partner with what the
 * enterprise brings; downloads as xlsx and .ics; from the event's day the outcome of each meeting and, for the
 * enterprise, an engagement started from it in one click.
 */
@Route("events/:id([0-9]{1,18})/agenda")
@PermitAll
class EventAgendaView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final transient EventService events;
    private final transient AgendaFiles files;
    private final Clock clock;
    private long id;
    private String title = "";

    EventAgendaView(EventService events, AgendaFiles files, Clock clock) {
        this.events = events;
        this.files = files;
        this.clock = clock;
        addClassName("jigai-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            render();
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render() {
        Views.EventDetails e = events.details(id);
        var meetings = events.agenda(id);
        title = e.title();
        removeAll();
        add(new H2(getTranslation("event.agendaTitle", e.title())));
        var when = new Paragraph(EventLabels.when(this, e.date(), e.format(), e.place()));
        when.addClassName("jigai-muted");
        add(when, new Anchor("events/" + id, getTranslation("event.back")));
        if (meetings.isEmpty()) {
            boolean published = e.state() == org.jigai.event.EventState.SCHEDULED
                    || e.state() == org.jigai.event.EventState.HELD;
            var none = new Paragraph(getTranslation(!published ? "event.agendaNotYet"
                    : e.agenda() ? "event.agendaEmpty" : "event.agendaNotParticipant"));
            none.setId("event-agenda-empty");
            add(none);
            return;
        }
        var locale = getLocale();
        var xlsx = new Anchor(DownloadHandler.fromInputStream(x -> {
            byte[] bytes = files.xlsx(id, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), files.fileName(e, locale, "xlsx"), XLSX,
                    bytes.length);
        }), getTranslation("event.agendaXlsx"));
        xlsx.setId("event-agenda-xlsx");
        xlsx.getElement().setAttribute("download", true);
        var ics = new Anchor(DownloadHandler.fromInputStream(x -> {
            byte[] bytes = files.ics(id, locale, clock.instant());
            return new DownloadResponse(new ByteArrayInputStream(bytes), files.fileName(e, locale, "ics"),
                    "text/calendar", bytes.length);
        }), getTranslation("event.agendaIcs"));
        ics.setId("event-agenda-ics");
        ics.getElement().setAttribute("download", true);
        var downloads = new HorizontalLayout(xlsx, ics);
        downloads.setWrap(true);
        add(downloads);
        for (Views.MeetingView m : meetings) {
            add(card(e, m));
        }
    }

    private Div card(Views.EventDetails e, Views.MeetingView m) {
        var card = new Div();
        card.addClassNames("jigai-card", "jigai-event-meeting");
        card.setId("meeting-" + m.id());
        var time = new Span(EventLabels.time(m.start()) + "–" + EventLabels.time(m.end()));
        time.addClassName("jigai-event-title");
        var table = new Span(getTranslation("event.agenda.tableNo", m.table()));
        var head = new HorizontalLayout(time, table);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        card.add(head, new Paragraph(m.enterpriseName() + " × " + m.providerName()));
        boolean party = e.mine() != null;
        var partner = m.partnerItems(party);
        if (!partner.isEmpty()) {
            var brings = new Paragraph(getTranslation(party ? "event.partnerBrings" : "event.brings",
                    String.join(getTranslation("list.separator"), partner.stream().map(Views.Item::title).toList())));
            brings.addClassName("jigai-muted");
            card.add(brings);
        }
        if (m.mayRecordOutcome()) {
            var outcome = new Select<Outcome>();
            outcome.setLabel(getTranslation("event.outcome"));
            outcome.setItems(Outcome.values());
            outcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation(o.labelKey()));
            outcome.setEmptySelectionAllowed(true);
            outcome.setValue(m.outcome());
            outcome.setId("meeting-outcome-" + m.id());
            outcome.addValueChangeListener(v -> {
                if (!v.isFromClient()) {
                    return;
                }
                try {
                    events.recordOutcome(m.id(), v.getValue());
                    EventLabels.done(this, "event.recorded");
                } catch (InvalidInputException refused) {
                    EventLabels.refused(this, refused);
                }
            });
            card.add(outcome);
        }
        if (m.engagementId() != null) {
            card.add(new Anchor("engagements/" + m.engagementId(), getTranslation("event.engagementStarted")));
        } else if (m.mayEngage()) {
            var engage = new Button(getTranslation("event.engage"), x -> engage(m));
            engage.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            engage.setId("meeting-engage-" + m.id());
            card.add(engage);
        }
        return card;
    }

    private void engage(Views.MeetingView m) {
        var dialog = new Dialog(getTranslation("event.engageTitle", m.providerName()));
        dialog.setWidth("min(480px, 95vw)");
        var need = new ComboBox<Views.Item>(getTranslation("event.engageNeed"));
        need.setItems(m.openNeeds());
        need.setItemLabelGenerator(Views.Item::title);
        need.setWidthFull();
        if (m.openNeeds().size() == 1) {
            need.setValue(m.openNeeds().getFirst());
        }
        var note = new TextArea(getTranslation("event.engageNote"));
        note.setMaxLength(EventService.NOTE_MAX);
        note.setWidthFull();
        var errors = new FormErrors(this).field("need", need).field("note", note);
        var go = new Button(getTranslation("event.engage"), x -> {
            if (need.getValue() == null) {
                need.setErrorMessage(getTranslation("validation.required"));
                need.setInvalid(true);
                return;
            }
            try {
                long engagement = events.engage(m.id(), need.getValue().id(), note.getValue());
                dialog.close();
                EventLabels.done(this, "event.engaged");
                getUI().ifPresent(ui -> ui.navigate("engagements/" + engagement));
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("meeting-engage-confirm");
        dialog.add(need, note);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), x -> dialog.close()), go);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.agendaTitle", title) + " | " + getTranslation("app.name");
    }
}
