package org.jigai.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;
import org.jigai.event.EventService;
import org.jigai.event.RegistrationForm;
import org.jigai.event.Views;
import org.jigai.need.NeedService;
import org.jigai.need.NeedStatus;
import org.jigai.provider.SolutionService;
import org.jigai.provider.SolutionStatus;
import org.springframework.data.domain.PageRequest;

/**
 * An enterprise or provider registers for an event: the needs or published solutions it brings, the slots it is
 * free in, and how many meetings it wants at most. Opening it again changes the registration.
 */
@Route("events/:id([0-9]{1,18})/register")
@RolesAllowed({"ENTERPRISE", "PROVIDER"})
class EventRegisterView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient EventService events;
    private final transient NeedService needs;
    private final transient SolutionService solutions;
    final CheckboxGroup<Long> items = new CheckboxGroup<>();
    final CheckboxGroup<Integer> slots = new CheckboxGroup<>();
    final IntegerField max = new IntegerField();
    private long id;
    private String title = "";

    EventRegisterView(EventService events, NeedService needs, SolutionService solutions) {
        this.events = events;
        this.needs = needs;
        this.solutions = solutions;
        addClassName("jigai-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            render(events.details(id));
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(Views.EventDetails e) {
        title = e.title();
        removeAll();
        boolean enterprise = AccountPrincipal.current().orElseThrow().has(Role.ENTERPRISE);
        add(new H2(getTranslation("event.registerTitle", e.title())));
        if (!e.mayRegister()) {
            add(new Paragraph(getTranslation("event.error.registrationClosed")),
                    new Anchor("events/" + id, getTranslation("event.back")));
            return;
        }
        Map<Long, String> offered = new LinkedHashMap<>();
        if (enterprise) {
            needs.mine(null, PageRequest.of(0, 100)).getContent().stream()
                    .filter(n -> NeedStatus.OPEN.contains(n.status()) && !n.hidden())
                    .forEach(n -> offered.put(n.id(), n.title()));
        } else {
            solutions.mine(SolutionStatus.PUBLISHED, PageRequest.of(0, 100)).getContent()
                    .forEach(s -> offered.put(s.id(), s.title()));
        }
        items.setLabel(getTranslation(enterprise ? "event.bringNeeds" : "event.bringSolutions"));
        items.setHelperText(getTranslation("event.bringHelp", RegistrationForm.ITEMS_MAX));
        items.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        items.setItems(offered.keySet());
        items.setItemLabelGenerator(offered::get);
        items.setId("event-items");
        items.setRequiredIndicatorVisible(true);
        slots.setLabel(getTranslation("event.freeSlots"));
        slots.setItems(IntStream.range(0, e.slots().size()).boxed().toList());
        slots.setItemLabelGenerator(i -> EventLabels.slot(e, i));
        slots.setId("event-slots");
        slots.setRequiredIndicatorVisible(true);
        max.setLabel(getTranslation("event.maxMeetings"));
        max.setMin(1);
        max.setMax(e.slots().size());
        max.setStepButtonsVisible(true);
        max.setId("event-max");
        var mine = e.mine();
        if (mine != null) {
            items.setValue(new HashSet<>(mine.items().stream().map(Views.Item::id)
                    .filter(offered::containsKey).toList()));
            slots.setValue(new HashSet<>(mine.slots()));
            max.setValue(mine.maxMeetings());
        } else {
            slots.setValue(new HashSet<>(IntStream.range(0, e.slots().size()).boxed().toList()));
            max.setValue(Math.min(6, e.slots().size()));
        }
        var errors = new FormErrors(this).field("items", items).field("slots", slots).field("maxMeetings", max);
        max.setRequiredIndicatorVisible(true);
        var save = new Button(getTranslation(mine == null ? "event.register" : "action.save"), x -> {
            try {
                errors.clear();
                if (max.getValue() == null) {
                    max.setErrorMessage(getTranslation("validation.required"));
                    max.setInvalid(true);
                    return;
                }
                events.register(id, new RegistrationForm(new HashSet<>(items.getValue()),
                        new HashSet<>(slots.getValue()), max.getValue() == null ? 0 : max.getValue()));
                EventLabels.done(this, "event.registeredDone");
                getUI().ifPresent(ui -> ui.navigate("events/" + id));
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("event-register-save");
        var hint = new Paragraph(getTranslation("event.registerHint"));
        hint.addClassName("jigai-muted");
        add(hint, items);
        if (offered.isEmpty()) {
            add(new Paragraph(getTranslation(enterprise ? "event.noNeeds" : "event.noSolutions")));
        }
        add(slots, max, new HorizontalLayout(save, new Button(getTranslation("action.cancel"),
                x -> getUI().ifPresent(ui -> ui.navigate("events/" + id)))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.registerTitle", title) + " | " + getTranslation("app.name");
    }
}
