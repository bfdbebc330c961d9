package org.jigai.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.jigai.account.AccountPrincipal;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.Facts;
import org.jigai.event.EventService;
import org.jigai.event.EventState;
import org.jigai.event.RegistrationState;
import org.jigai.event.RegistrationTransition;
import org.jigai.event.Views;

/**
 * One event (public once published): when, where, the meeting slots, how many have registered; for a signed-in
 * enterprise or provider its registration and the way to its partners and agenda; for the bureau the way to manage it.
 */
@Route("events/:id([0-9]{1,18})")
@AnonymousAllowed
class EventView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient EventService events;
    private long id;
    private String title = "";

    EventView(EventService events) {
        this.events = events;
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
        var heading = new H2(e.title());
        heading.setId("event-title");
        var state = EventLabels.state(this, e.state());
        state.setId("event-state");
        var line = new HorizontalLayout(state);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        add(heading, line);
        if (e.state() == EventState.CANCELLED && e.cancelReason() != null) {
            var why = new Paragraph(getTranslation("event.cancelledBecause", e.cancelReason()));
            why.addClassName("jigai-reminder");
            add(why);
        }
        var facts = new Facts();
        facts.fact("event.date", EventLabels.date(e.date()));
        facts.fact("event.format", getTranslation(e.format().labelKey()));
        if (e.place() != null) {
            facts.fact("event.place", e.place());
        }
        if (e.theme() != null) {
            facts.fact("event.theme", e.theme());
        }
        if (e.industry() != null) {
            facts.fact("event.industry", getTranslation(e.industry().labelKey()));
        }
        facts.fact("event.sessions", e.sessions().stream().map(s -> EventLabels.time(s.start()) + "–"
                + EventLabels.time(s.end())).collect(Collectors.joining(getTranslation("list.separator"))));
        facts.fact("event.slots", getTranslation("event.slotsLine", e.slots().size(), e.slotMinutes(), e.tables()));
        facts.fact("event.deadline", EventLabels.date(e.registrationDeadline()));
        facts.fact("event.registered", getTranslation("event.registeredLine", e.registered(), e.capacity()));
        add(facts);
        if (e.link() != null && e.mine() != null && e.mine().state() == RegistrationState.CONFIRMED) {
            add(new Anchor(e.link(), getTranslation("event.joinOnline")));
        }
        if (e.description() != null) {
            var description = new Paragraph(e.description());
            description.addClassName("jigai-multiline");
            add(description);
        }
        add(actions(e));
    }

    private Div actions(Views.EventDetails e) {
        var box = new Div();
        box.setId("event-actions");
        var me = AccountPrincipal.current().orElse(null);
        var buttons = new HorizontalLayout();
        buttons.setWrap(true);
        if (me == null) {
            if (e.state() == EventState.OPEN) {
                box.add(new Anchor("login", getTranslation("event.signInToRegister")));
            }
            return box;
        }
        var mine = e.mine();
        if (mine != null) {
            var status = new HorizontalLayout(new com.vaadin.flow.component.html.Span(getTranslation("event.mine")),
                    EventLabels.state(this, mine.state()));
            status.setAlignItems(FlexComponent.Alignment.CENTER);
            status.setId("event-my-registration");
            box.add(status);
            if (mine.decisionReason() != null) {
                box.add(new Paragraph(getTranslation("event.declinedBecause", mine.decisionReason())));
            }
        }
        if (e.mayRegister()) {
            var register = new Button(getTranslation(mine == null || mine.state() == RegistrationState.WITHDRAWN
                    ? "event.register" : "event.changeRegistration"),
                    x -> getUI().ifPresent(ui -> ui.navigate("events/" + id + "/register")));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            register.setId("event-register");
            buttons.add(register);
        }
        if (mine != null && (mine.state() == RegistrationState.PENDING || mine.state() == RegistrationState.CONFIRMED)
                && e.state() == EventState.OPEN) {
            var partners = new Button(getTranslation("event.partners"),
                    x -> getUI().ifPresent(ui -> ui.navigate("events/" + id + "/partners")));
            partners.setId("event-partners");
            buttons.add(partners);
        }
        if (e.agenda()) {
            var agenda = new Button(getTranslation("event.agenda"),
                    x -> getUI().ifPresent(ui -> ui.navigate("events/" + id + "/agenda")));
            agenda.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            agenda.setId("event-agenda");
            buttons.add(agenda);
        }
        if (mine != null && mine.transitions().contains(RegistrationTransition.WITHDRAW)
                && e.state() == EventState.OPEN) {
            var withdraw = new Button(getTranslation("event.registration.transition.WITHDRAW"), x -> {
                var confirm = new ConfirmDialog(getTranslation("event.withdrawTitle"),
                        getTranslation("event.withdrawText"), getTranslation("event.registration.transition.WITHDRAW"),
                        y -> {
                            try {
                                events.take(mine.id(), RegistrationTransition.WITHDRAW, null);
                                EventLabels.done(this, "event.withdrawn");
                            } catch (InvalidInputException refused) {
                                EventLabels.refused(this, refused);
                            }
                            render();
                        });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.open();
            });
            withdraw.setId("event-withdraw");
            buttons.add(withdraw);
        }
        if (e.mayManage() || me.has(org.jigai.account.Role.ADMIN)) {
            var manage = new Button(getTranslation("event.manage"),
                    x -> getUI().ifPresent(ui -> ui.navigate("events/" + id + "/manage")));
            manage.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            manage.setId("event-manage");
            buttons.add(manage);
        }
        if (e.mayManage() && (e.state() == EventState.DRAFT || e.state() == EventState.OPEN)) {
            var edit = new Button(getTranslation("action.edit"),
                    x -> getUI().ifPresent(ui -> ui.navigate("events/edit/" + id)));
            edit.setId("event-edit");
            buttons.add(edit);
        }
        box.add(buttons);
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
