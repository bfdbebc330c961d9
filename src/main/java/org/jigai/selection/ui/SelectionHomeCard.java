package org.jigai.selection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.jigai.base.ui.HomeCard;
import org.jigai.selection.CallState;
import org.jigai.selection.NominationState;
import org.jigai.selection.ReviewService;
import org.jigai.selection.ReviewState;
import org.jigai.selection.SelectionService;

/**
 * The home page's to-do for the case selection: an expert's reviews waiting for its scores; the bureau's nominations
 * waiting for the formal check and objections to handle; an enterprise's returned nominations and open calls.
 */
@org.springframework.stereotype.Component
class SelectionHomeCard implements HomeCard {

    private final SelectionService selection;
    private final ReviewService reviews;

    SelectionHomeCard(SelectionService selection, ReviewService reviews) {
        this.selection = selection;
        this.reviews = reviews;
    }

    @Override
    public Optional<Component> create() {
        var me = AccountPrincipal.current().orElse(null);
        if (me == null) {
            return Optional.empty();
        }
        var card = new Div();
        card.addClassNames("jigai-card", "jigai-reminder");
        card.setId("home-selection");
        card.add(new H2(card.getTranslation("selection.home.title")));
        boolean any = false;
        if (me.has(Role.EXPERT)) {
            long pending = reviews.myReviews().stream().filter(r -> r.state() == ReviewState.PENDING).count();
            if (pending > 0) {
                card.add(new Paragraph(new Anchor("selection", card.getTranslation("selection.home.reviews",
                        pending))));
                any = true;
            }
        }
        if (me.has(Role.BUREAU)) {
            for (var c : selection.calls()) {
                long waiting = c.counts().getOrDefault(NominationState.SUBMITTED, 0L);
                if (waiting > 0 && c.state() == CallState.NOMINATING) {
                    card.add(new Paragraph(new Anchor("selection/call/" + c.id(), card.getTranslation(
                            "selection.home.check", c.title(), waiting))));
                    any = true;
                }
                if (c.state() == CallState.NOTICE) {
                    long open = selection.objections(c.id()).stream().filter(o -> o.outcome() == null).count();
                    card.add(new Paragraph(new Anchor("selection/call/" + c.id(), card.getTranslation(
                            "selection.home.notice", c.title(), open))));
                    any = true;
                }
            }
        }
        if (me.has(Role.ENTERPRISE)) {
            var mine = selection.mine();
            for (var n : mine) {
                if (n.state() == NominationState.RETURNED) {
                    card.add(new Paragraph(new Anchor("selection/nomination/" + n.id(), card.getTranslation(
                            "selection.home.returned", n.title()))));
                    any = true;
                }
            }
            for (var c : selection.calls()) {
                if (c.nominatingToday() && mine.stream().noneMatch(n -> n.callId() == c.id())) {
                    card.add(new Paragraph(new Anchor("selection", card.getTranslation("selection.home.open",
                            c.title(), SelectionLabels.date(card, c.nominationCloses())))));
                    any = true;
                }
            }
        }
        return any ? Optional.of(card) : Optional.empty();
    }
}
