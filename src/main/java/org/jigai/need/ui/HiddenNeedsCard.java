package org.jigai.need.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.jigai.base.ui.HomeCard;
import org.jigai.need.NeedService;
import org.jigai.need.NeedSummary;

/**
 * The notice about hidden needs: an enterprise learns on its home page which of its needs the bureau hid and why;
 * bureau staff see how many hidden needs wait for review after their enterprise resubmitted them.
 */
@org.springframework.stereotype.Component
class HiddenNeedsCard implements HomeCard {

    private final NeedService needs;

    HiddenNeedsCard(NeedService needs) {
        this.needs = needs;
    }

    @Override
    public Optional<Component> create() {
        var me = AccountPrincipal.current().orElse(null);
        if (me == null) {
            return Optional.empty();
        }
        if (me.has(Role.ENTERPRISE)) {
            var hidden = needs.mineHidden();
            if (hidden.isEmpty()) {
                return Optional.empty();
            }
            var card = card("home-hidden-needs");
            card.add(new H2(card.getTranslation("need.hiddenCard.title", hidden.size())));
            for (NeedSummary need : hidden) {
                var reason = new Paragraph(card.getTranslation("need.hiddenCard.row",
                        need.hiddenReason() == null ? "" : need.hiddenReason()));
                reason.addClassName("jigai-muted");
                card.add(new Div(new Anchor("needs/" + need.id(), need.title()), reason));
            }
            return Optional.of(card);
        }
        if (me.has(Role.BUREAU)) {
            long waiting = needs.countHiddenForReview(true);
            if (waiting == 0) {
                return Optional.empty();
            }
            var card = card("home-review");
            card.add(new H2(card.getTranslation("review.card.title", waiting)),
                    new Anchor("review", card.getTranslation("review.card.link")));
            return Optional.of(card);
        }
        return Optional.empty();
    }

    private static Div card(String id) {
        var card = new Div();
        card.addClassNames("jigai-card", "jigai-reminder");
        card.setId(id);
        return card;
    }
}
