package org.jigai.event.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jigai.base.InvalidInputException;
import org.jigai.event.EventService;
import org.jigai.event.PreferenceLevel;
import org.jigai.event.Views;
import org.jigai.matching.MatchLevel;

/**
 * Before the event a registrant marks the partners it wants to meet: the engine's suggestions first (from the
 * matching scores of what both bring), then every other registrant of the other side, whom it may ask for by name.
 * Each choice is saved at once.
 */
@Route("events/:id([0-9]{1,18})/partners")
@RolesAllowed({"ENTERPRISE", "PROVIDER"})
class EventPartnersView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** 「不选」 in the radio group: no preference. */
    private static final String NONE = "NONE";
    private final transient EventService events;
    private long id;
    private String title = "";

    EventPartnersView(EventService events) {
        this.events = events;
        addClassName("jigai-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            var e = events.details(id);
            title = e.title();
            render(e, events.suggestions(id));
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(Views.EventDetails e, java.util.List<Views.Suggestion> all) {
        removeAll();
        add(new H2(getTranslation("event.partnersTitle", e.title())));
        var hint = new Paragraph(getTranslation("event.partnersHint"));
        hint.addClassName("jigai-muted");
        add(hint, new Anchor("events/" + id, getTranslation("event.back")));
        var suggested = all.stream().filter(s -> s.fit() > 0).toList();
        var others = all.stream().filter(s -> s.fit() <= 0).toList();
        add(new H3(getTranslation("event.suggested")));
        if (suggested.isEmpty()) {
            add(new Paragraph(getTranslation("event.noSuggestions")));
        }
        suggested.forEach(s -> add(row(s)));
        if (!others.isEmpty()) {
            add(new H3(getTranslation("event.others")));
            var note = new Paragraph(getTranslation("event.othersHint"));
            note.addClassName("jigai-muted");
            add(note);
            others.forEach(s -> add(row(s)));
        }
    }

    private Div row(Views.Suggestion s) {
        var card = new Div();
        card.addClassNames("jigai-card", "jigai-event-partner");
        card.setId("partner-" + s.registrationId());
        var name = new Span(s.organizationName());
        name.addClassName("jigai-event-title");
        card.add(name);
        if (s.fit() > 0) {
            var level = new Span(" · " + getTranslation("match.score", getTranslation(MatchLevel.of(s.fit()).labelKey())));
            level.addClassName("jigai-muted");
            card.add(level);
        }
        if (!s.items().isEmpty()) {
            var brings = new Paragraph(getTranslation("event.brings", String.join(getTranslation("list.separator"),
                    s.items().stream().map(Views.Item::title).toList())));
            brings.addClassName("jigai-muted");
            card.add(brings);
        }
        var choice = new RadioButtonGroup<String>();
        choice.setItems(PreferenceLevel.MUST.name(), PreferenceLevel.CAN.name(), PreferenceLevel.NOT.name(), NONE);
        choice.setItemLabelGenerator(v -> getTranslation(v.equals(NONE) ? "event.preference.NONE"
                : PreferenceLevel.valueOf(v).labelKey()));
        choice.setValue(s.mine() == null ? NONE : s.mine().name());
        choice.setAriaLabel(getTranslation("event.preferenceFor", s.organizationName()));
        choice.addValueChangeListener(v -> {
            if (!v.isFromClient()) {
                return;
            }
            var level = Optional.ofNullable(v.getValue()).filter(x -> !x.equals(NONE)).map(PreferenceLevel::valueOf)
                    .orElse(null);
            try {
                events.prefer(id, s.registrationId(), level, s.fit() <= 0 && level == PreferenceLevel.MUST);
                EventLabels.done(this, "event.preferenceSaved");
            } catch (InvalidInputException refused) {
                EventLabels.refused(this, refused);
                choice.setValue(v.getOldValue());
            }
        });
        card.add(choice);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.partnersTitle", title) + " | " + getTranslation("app.name");
    }
}
