package org.jigai.event.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.Phones;
import org.jigai.base.ui.ReasonDialog;
import org.jigai.engagement.Side;
import org.jigai.event.AgendaFiles;
import org.jigai.event.Attendance;
import org.jigai.event.EventService;
import org.jigai.event.EventState;
import org.jigai.event.EventTransition;
import org.jigai.event.Outcome;
import org.jigai.event.RegistrationTransition;
import org.jigai.event.Views;

/**
 * The bureau runs one event: its transitions, the registrations to confirm or decline, the engine's provisional
 * schedule with its figures (pin, move, remove, re-run for what is not pinned), publishing it, and after the event
 * attendance and outcomes. Administrators read.
 */
@Route("events/:id([0-9]{1,18})/manage")
@RolesAllowed({"BUREAU", "ADMIN"})
class EventManageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient EventService events;
    private final transient AgendaFiles files;
    private long id;
    private String title = "";

    EventManageView(EventService events, AgendaFiles files) {
        this.events = events;
        this.files = files;
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
        title = e.title();
        removeAll();
        add(new H2(getTranslation("event.manageTitle", e.title())));
        var line = new HorizontalLayout(EventLabels.state(this, e.state()),
                new Anchor("events/" + id, getTranslation("event.publicPage")));
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        add(line, transitions(e));
        add(new H3(getTranslation("event.registrations")), registrations(e));
        add(new H3(getTranslation("event.schedule")), schedule(e));
    }

    private Component transitions(Views.EventDetails e) {
        var buttons = new HorizontalLayout();
        buttons.setWrap(true);
        buttons.setId("event-transitions");
        if (!e.mayManage()) {
            return buttons;
        }
        for (EventTransition t : EventTransition.values()) {
            if (!t.allows(e.state())) {
                continue;
            }
            var button = new Button(getTranslation(t.labelKey()), x -> take(t));
            button.setId("event-" + t.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (t == EventTransition.CANCEL) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            } else {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            buttons.add(button);
        }
        return buttons;
    }

    private void take(EventTransition t) {
        if (t == EventTransition.CANCEL) {
            ReasonDialog.ask(this, "event.cancelTitle", "event.cancelReason", EventService.REASON_MAX,
                    reason -> events.take(id, t, reason), "event.done.CANCEL", this::render);
            return;
        }
        String text = getTranslation("event.confirmText." + t.name());
        if (t == EventTransition.PUBLISH_SCHEDULE) {
            int none = events.schedule(id).withNone();
            if (none > 0) {
                text = getTranslation("event.confirmWithWarning", text, getTranslation("event.withoutMeetings", none));
            }
        }
        var confirm = new ConfirmDialog(getTranslation("event.confirmTitle." + t.name()), text,
                getTranslation(t.labelKey()), x -> {
                    try {
                        events.take(id, t, null);
                        EventLabels.done(this, "event.done." + t.name());
                    } catch (InvalidInputException refused) {
                        EventLabels.refused(this, refused);
                    }
                    render();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private Component registrations(Views.EventDetails e) {
        List<Views.RegistrationView> all = events.registrations(id);
        var grid = new Grid<Views.RegistrationView>();
        grid.setId("event-registrations");
        grid.addColumn(Views.RegistrationView::organizationName).setHeader(getTranslation("event.organization"))
                .setFlexGrow(2).setTooltipGenerator(Views.RegistrationView::organizationName);
        grid.addColumn(r -> getTranslation(r.side() == Side.ENTERPRISE ? "event.side.ENTERPRISE"
                : "event.side.PROVIDER")).setHeader(getTranslation("event.side")).setAutoWidth(true);
        grid.addColumn(r -> String.join(getTranslation("list.separator"), r.items().stream().map(Views.Item::title)
                .toList())).setHeader(getTranslation("event.brought")).setFlexGrow(3)
                .setTooltipGenerator(r -> String.join("\n", r.items().stream().map(Views.Item::title).toList()));
        grid.addColumn(r -> getTranslation("event.slotsOf", r.slots().size(), r.maxMeetings()))
                .setHeader(getTranslation("event.freeSlots")).setAutoWidth(true);
        grid.addComponentColumn(r -> EventLabels.state(this, r.state())).setHeader(getTranslation("event.stateHeader"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            var box = new HorizontalLayout();
            box.setSpacing(false);
            if (r.transitions().contains(RegistrationTransition.CONFIRM) && e.state() == EventState.OPEN) {
                var confirm = new Button(getTranslation(RegistrationTransition.CONFIRM.labelKey()), x -> {
                    try {
                        events.take(r.id(), RegistrationTransition.CONFIRM, null);
                    } catch (InvalidInputException refused) {
                        EventLabels.refused(this, refused);
                    }
                    render();
                });
                confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                confirm.setId("registration-confirm-" + r.id());
                box.add(confirm);
            }
            if (r.transitions().contains(RegistrationTransition.DECLINE) && e.state() == EventState.OPEN) {
                var decline = new Button(getTranslation(RegistrationTransition.DECLINE.labelKey()),
                        x -> ReasonDialog.ask(this, "event.declineTitle", "event.declineReason",
                                EventService.REASON_MAX, reason -> events.take(r.id(), RegistrationTransition.DECLINE,
                                        reason), "event.declined", this::render));
                decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                box.add(decline);
            }
            return box;
        }).setAutoWidth(true);
        grid.setItems(q -> all.stream().skip(q.getOffset()).limit(q.getLimit()), q -> all.size());
        grid.setAllRowsVisible(all.size() <= 12);
        grid.setEmptyStateText(getTranslation("event.noRegistrations"));
        Phones.cards(grid, r -> List.of(r.organizationName(), getTranslation(r.side() == Side.ENTERPRISE
                ? "event.side.ENTERPRISE" : "event.side.PROVIDER") + " · " + getTranslation(r.state().labelKey())));
        return grid;
    }

    private Component schedule(Views.EventDetails e) {
        var box = new Div();
        box.setId("event-schedule");
        Views.Schedule s = events.schedule(id);
        var figures = new Paragraph(getTranslation("event.scheduleFigures", s.meetings().size(),
                String.format(Locale.ROOT, "%.1f", s.totalWeight()), s.participants(), s.withThree(), s.withNone()));
        figures.setId("event-schedule-figures");
        box.add(figures);
        if (!s.violations().isEmpty()) {
            var broken = new Paragraph(getTranslation("event.scheduleBroken", String.join("; ", s.violations())));
            broken.addClassName("jigai-reminder");
            box.add(broken);
        }
        var buttons = new HorizontalLayout();
        buttons.setWrap(true);
        boolean editable = e.mayManage() && e.state() == EventState.OPEN;
        if (editable) {
            var generate = new Button(getTranslation(s.meetings().isEmpty() ? "event.generate" : "event.regenerate"),
                    x -> {
                        try {
                            int made = events.generate(id);
                            generated(made);
                        } catch (InvalidInputException refused) {
                            EventLabels.refused(this, refused);
                        }
                        render();
                    });
            generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            generate.setId("event-generate");
            buttons.add(generate);
        }
        if (!s.meetings().isEmpty()) {
            var locale = getLocale();
            var xlsx = new Anchor(DownloadHandler.fromInputStream(x -> {
                byte[] bytes = files.xlsx(id, locale);
                return new DownloadResponse(new ByteArrayInputStream(bytes), files.fileName(e, locale, "xlsx"),
                        EventAgendaView.XLSX, bytes.length);
            }), getTranslation("event.scheduleXlsx"));
            xlsx.getElement().setAttribute("download", true);
            xlsx.setId("event-schedule-xlsx");
            buttons.add(xlsx);
        }
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        box.add(buttons);
        if (editable) {
            box.add(mustMeet());
        }
        var grid = new Grid<Views.MeetingView>();
        grid.setId("event-meetings");
        grid.addColumn(m -> EventLabels.time(m.start()) + "–" + EventLabels.time(m.end()))
                .setHeader(getTranslation("event.agenda.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Views.MeetingView::table).setHeader(getTranslation("event.agenda.table")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Views.MeetingView::enterpriseName).setHeader(getTranslation("event.agenda.enterprise"))
                .setFlexGrow(2).setTooltipGenerator(Views.MeetingView::enterpriseName);
        grid.addColumn(Views.MeetingView::providerName).setHeader(getTranslation("event.agenda.provider"))
                .setFlexGrow(2).setTooltipGenerator(Views.MeetingView::providerName);
        grid.addColumn(m -> String.format(Locale.ROOT, "%.1f", m.weight())).setHeader(getTranslation("event.weight"))
                .setAutoWidth(true).setFlexGrow(0);
        if (editable) {
            grid.addComponentColumn(m -> {
                var pin = new Checkbox(getTranslation("event.pinned"), m.pinned());
                pin.addValueChangeListener(v -> {
                    if (v.isFromClient()) {
                        events.pin(m.id(), v.getValue());
                        render();
                    }
                });
                var move = new Button(getTranslation("event.move"), x -> move(e, m));
                move.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                var remove = new Button(getTranslation("event.removeMeeting"), x -> {
                    events.remove(m.id());
                    render();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY,
                        ButtonVariant.LUMO_ERROR);
                var row = new HorizontalLayout(pin, move, remove);
                row.setAlignItems(FlexComponent.Alignment.CENTER);
                row.setSpacing(false);
                return row;
            }).setAutoWidth(true);
        } else {
            grid.addComponentColumn(m -> attendance(m)).setHeader(getTranslation("event.attendance"))
                    .setAutoWidth(true);
            grid.addComponentColumn(m -> outcome(m)).setHeader(getTranslation("event.outcome")).setAutoWidth(true);
        }
        var meetings = s.meetings();
        grid.setItems(q -> meetings.stream().skip(q.getOffset()).limit(q.getLimit()), q -> meetings.size());
        grid.setEmptyStateText(getTranslation("event.noMeetings"));
        grid.setMinHeight("20rem");
        Phones.cards(grid, m -> List.of(EventLabels.time(m.start()) + " · " + getTranslation("event.agenda.tableNo",
                m.table()), m.enterpriseName() + " × " + m.providerName()));
        box.add(grid);
        return box;
    }

    /** The bureau's must-meet pairs: listed with a remove button, and a form to add one. */
    private Component mustMeet() {
        var box = new Div();
        box.setId("event-must-meet");
        box.addClassName("jigai-card");
        box.add(new com.vaadin.flow.component.html.Span(getTranslation("event.mustMeet")));
        for (var pair : events.mustMeets(id)) {
            var remove = new Button(getTranslation("event.removeMeeting"), x -> {
                events.mustMeet(id, pair.enterpriseRegistration(), pair.providerRegistration(), false);
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            var row = new HorizontalLayout(new com.vaadin.flow.component.html.Span(pair.enterpriseName() + " × "
                    + pair.providerName()), remove);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            box.add(row);
        }
        var confirmed = events.registrations(id).stream()
                .filter(r -> r.state() == org.jigai.event.RegistrationState.CONFIRMED).toList();
        var enterprise = new com.vaadin.flow.component.combobox.ComboBox<Views.RegistrationView>(
                getTranslation("event.side.ENTERPRISE"));
        enterprise.setItems(confirmed.stream().filter(r -> r.side() == Side.ENTERPRISE).toList());
        enterprise.setItemLabelGenerator(Views.RegistrationView::organizationName);
        enterprise.setId("event-must-enterprise");
        var provider = new com.vaadin.flow.component.combobox.ComboBox<Views.RegistrationView>(
                getTranslation("event.side.PROVIDER"));
        provider.setItems(confirmed.stream().filter(r -> r.side() == Side.PROVIDER).toList());
        provider.setItemLabelGenerator(Views.RegistrationView::organizationName);
        provider.setId("event-must-provider");
        var add = new Button(getTranslation("event.mustMeetAdd"), x -> {
            if (enterprise.getValue() == null || provider.getValue() == null) {
                (enterprise.getValue() == null ? enterprise : provider).setErrorMessage(
                        getTranslation("validation.required"));
                (enterprise.getValue() == null ? enterprise : provider).setInvalid(true);
                return;
            }
            try {
                events.mustMeet(id, enterprise.getValue().id(), provider.getValue().id(), true);
                render();
            } catch (InvalidInputException refused) {
                EventLabels.refused(this, refused);
            }
        });
        add.setId("event-must-add");
        var form = new HorizontalLayout(enterprise, provider, add);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        box.add(form);
        return box;
    }

    private void generated(int made) {
        com.vaadin.flow.component.notification.Notification.show(getTranslation("event.generated", made), 4000,
                com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER)
                .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
    }

    private Component attendance(Views.MeetingView m) {
        if (!m.mayRecordAttendance()) {
            return new com.vaadin.flow.component.html.Span(m.attendance() == null ? ""
                    : getTranslation(m.attendance().labelKey()));
        }
        var select = new Select<Attendance>();
        select.setItems(Attendance.values());
        select.setItemLabelGenerator(a -> a == null ? "" : getTranslation(a.labelKey()));
        select.setEmptySelectionAllowed(true);
        select.setValue(m.attendance());
        select.setAriaLabel(getTranslation("event.attendance"));
        select.addValueChangeListener(v -> {
            if (v.isFromClient()) {
                try {
                    events.recordAttendance(m.id(), v.getValue());
                } catch (InvalidInputException refused) {
                    EventLabels.refused(this, refused);
                }
                render();
            }
        });
        return select;
    }

    private Component outcome(Views.MeetingView m) {
        if (!m.mayRecordOutcome()) {
            return new com.vaadin.flow.component.html.Span(m.outcome() == null ? ""
                    : getTranslation(m.outcome().labelKey()));
        }
        var select = new Select<Outcome>();
        select.setItems(Outcome.values());
        select.setItemLabelGenerator(o -> o == null ? "" : getTranslation(o.labelKey()));
        select.setEmptySelectionAllowed(true);
        select.setValue(m.outcome());
        select.setAriaLabel(getTranslation("event.outcome"));
        select.addValueChangeListener(v -> {
            if (v.isFromClient()) {
                try {
                    events.recordOutcome(m.id(), v.getValue());
                } catch (InvalidInputException refused) {
                    EventLabels.refused(this, refused);
                }
                render();
            }
        });
        return select;
    }

    private void move(Views.EventDetails e, Views.MeetingView m) {
        var dialog = new Dialog(getTranslation("event.moveTitle", m.enterpriseName(), m.providerName()));
        dialog.setWidth("min(420px, 95vw)");
        var slot = new Select<Integer>();
        slot.setLabel(getTranslation("event.agenda.time"));
        slot.setItems(IntStream.range(0, e.slots().size()).boxed().toList());
        slot.setItemLabelGenerator(i -> i == null ? "" : EventLabels.slot(e, i));
        slot.setValue(m.slot());
        var table = new IntegerField(getTranslation("event.agenda.table"));
        table.setMin(1);
        table.setMax(e.tables());
        table.setStepButtonsVisible(true);
        table.setValue(m.table());
        var errors = new FormErrors(this).field("slot", slot).field("table", table);
        var save = new Button(getTranslation("action.save"), x -> {
            try {
                events.move(m.id(), slot.getValue() == null ? -1 : slot.getValue(),
                        table.getValue() == null ? 0 : table.getValue());
                dialog.close();
                render();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Div(slot, table));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), x -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.manageTitle", title) + " | " + getTranslation("app.name");
    }
}
