package org.jigai.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.NoSuchElementException;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.Pickers;
import org.jigai.event.EventForm;
import org.jigai.event.EventFormat;
import org.jigai.event.EventService;
import org.jigai.event.Session;
import org.jigai.event.Views;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** The bureau creates or changes an event: what, when, where, the meeting sessions and slots, tables, capacity. */
@Route("events/edit/:id?([0-9]{1,18})")
@RolesAllowed("BUREAU")
class EventFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient EventService events;
    final TextField title = new TextField();
    final TextField theme = new TextField();
    final ComboBox<Industry> industry = new ComboBox<>();
    final Select<EventFormat> format = new Select<>();
    final TextField place = new TextField();
    final TextField link = new TextField();
    final com.vaadin.flow.component.datepicker.DatePicker date;
    final com.vaadin.flow.component.datepicker.DatePicker deadline;
    final TimePicker start1 = new TimePicker();
    final TimePicker end1 = new TimePicker();
    final TimePicker start2 = new TimePicker();
    final TimePicker end2 = new TimePicker();
    final IntegerField slotMinutes = new IntegerField();
    final IntegerField tables = new IntegerField();
    final IntegerField capacity = new IntegerField();
    final TextArea description = new TextArea();
    private final FormErrors errors = new FormErrors(this);
    private @Nullable Long id;
    private long version;

    EventFormView(EventService events) {
        this.events = events;
        addClassName("jigai-page");
        date = Pickers.date(getTranslation("event.date"), getLocale());
        deadline = Pickers.date(getTranslation("event.deadline"), getLocale());
        title.setLabel(getTranslation("event.title"));
        title.setMaxLength(EventForm.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setId("event-form-title");
        theme.setLabel(getTranslation("event.theme"));
        theme.setMaxLength(EventForm.THEME_MAX);
        industry.setLabel(getTranslation("event.industry"));
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(i -> getTranslation(i.labelKey()));
        industry.setClearButtonVisible(true);
        format.setLabel(getTranslation("event.format"));
        format.setItems(EventFormat.values());
        format.setItemLabelGenerator(f -> f == null ? "" : getTranslation(f.labelKey()));
        format.setValue(EventFormat.OFFLINE);
        format.setId("event-form-format");
        place.setLabel(getTranslation("event.place"));
        place.setMaxLength(EventForm.PLACE_MAX);
        place.setId("event-form-place");
        link.setLabel(getTranslation("event.link"));
        link.setMaxLength(EventForm.LINK_MAX);
        link.setPlaceholder("https://");
        date.setId("event-form-date");
        date.setRequiredIndicatorVisible(true);
        deadline.setId("event-form-deadline");
        deadline.setRequiredIndicatorVisible(true);
        for (var t : new TimePicker[] {start1, end1, start2, end2}) {
            t.setStep(Duration.ofMinutes(15));
            t.setLocale(getLocale());
        }
        start1.setLabel(getTranslation("event.form.session1"));
        end1.setLabel(getTranslation("event.form.to"));
        start2.setLabel(getTranslation("event.form.session2"));
        end2.setLabel(getTranslation("event.form.to"));
        start1.setId("event-form-start1");
        end1.setId("event-form-end1");
        start1.setValue(LocalTime.of(9, 0));
        end1.setValue(LocalTime.of(11, 30));
        start2.setValue(LocalTime.of(14, 0));
        end2.setValue(LocalTime.of(16, 0));
        slotMinutes.setLabel(getTranslation("event.form.slotMinutes"));
        slotMinutes.setMin(EventForm.SLOT_MIN);
        slotMinutes.setMax(EventForm.SLOT_MAX);
        slotMinutes.setStepButtonsVisible(true);
        slotMinutes.setStep(5);
        slotMinutes.setValue(20);
        slotMinutes.setId("event-form-slot");
        tables.setLabel(getTranslation("event.form.tables"));
        tables.setValue(10);
        tables.setId("event-form-tables");
        capacity.setLabel(getTranslation("event.form.capacity"));
        capacity.setValue(60);
        capacity.setId("event-form-capacity");
        description.setLabel(getTranslation("event.description"));
        description.setMaxLength(EventForm.DESCRIPTION_MAX);
        errors.field("title", title).field("theme", theme).field("format", format).field("place", place)
                .field("link", link).field("date", date).field("registrationDeadline", deadline)
                .field("sessions", start1).field("slotMinutes", slotMinutes).field("tables", tables)
                .field("capacity", capacity).field("description", description);
        var form = new FormLayout(title, theme, format, industry, place, link, date, deadline);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        var sessions = new FormLayout(start1, end1, start2, end2, slotMinutes, tables, capacity);
        sessions.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("640px", 4));
        var hint = new Paragraph(getTranslation("event.form.hint"));
        hint.addClassName("jigai-muted");
        var save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("event-form-save");
        var cancel = new Button(getTranslation("action.cancel"), e -> getUI().ifPresent(ui -> ui.navigate(
                id == null ? "events" : "events/" + id)));
        description.setWidthFull();
        add(new H2(getTranslation("event.form.title")), form, hint, sessions, description,
                new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        if (id == null) {
            return;
        }
        try {
            Views.EventDetails e = events.details(id);
            if (!e.mayManage()) {
                throw new NoSuchElementException();
            }
            version = e.version();
            title.setValue(e.title());
            theme.setValue(e.theme() == null ? "" : e.theme());
            industry.setValue(e.industry());
            format.setValue(e.format());
            place.setValue(e.place() == null ? "" : e.place());
            link.setValue(e.link() == null ? "" : e.link());
            date.setValue(e.date());
            deadline.setValue(e.registrationDeadline());
            start1.setValue(e.sessions().get(0).start());
            end1.setValue(e.sessions().get(0).end());
            start2.setValue(e.sessions().size() > 1 ? e.sessions().get(1).start() : null);
            end2.setValue(e.sessions().size() > 1 ? e.sessions().get(1).end() : null);
            slotMinutes.setValue(e.slotMinutes());
            tables.setValue(e.tables());
            capacity.setValue(e.capacity());
            description.setValue(e.description() == null ? "" : e.description());
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void save() {
        var sessions = new ArrayList<Session>();
        if (start1.getValue() != null || end1.getValue() != null) {
            sessions.add(new Session(start1.getValue(), end1.getValue()));
        }
        if (start2.getValue() != null || end2.getValue() != null) {
            sessions.add(new Session(start2.getValue(), end2.getValue()));
        }
        try {
            errors.clear();
            long saved = events.save(id, version, new EventForm(title.getValue(), theme.getValue(), industry.getValue(),
                    format.getValue(), place.getValue(), link.getValue(), date.getValue(), deadline.getValue(),
                    sessions, value(slotMinutes), value(tables), value(capacity), description.getValue()));
            EventLabels.done(this, "event.saved");
            getUI().ifPresent(ui -> ui.navigate("events/" + saved));
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
        } catch (OptimisticLockingFailureException stale) {
            EventLabels.refused(this, InvalidInputException.of("title", "event.error.stale"));
        }
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.form.title") + " | " + getTranslation("app.name");
    }
}
