package org.jigai.pool.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.jigai.base.ui.HomeCard;
import org.jigai.pool.ApplicationState;
import org.jigai.pool.ApplicationSummary;
import org.jigai.pool.PoolService;
import org.jigai.pool.PoolYearView;
import org.jigai.pool.ReviewFilter;
import org.springframework.data.domain.PageRequest;

/**
 * The home page's to-do for the pool: for bureau staff the applications waiting for review; for a provider the
 * applications sent back for changes and the pool years taking applications it has not applied to.
 */
@org.springframework.stereotype.Component
class PoolHomeCard implements HomeCard {

    private final PoolService pool;

    PoolHomeCard(PoolService pool) {
        this.pool = pool;
    }

    @Override
    public Optional<Component> create() {
        var me = AccountPrincipal.current().orElse(null);
        if (me == null) {
            return Optional.empty();
        }
        var card = new Div();
        card.addClassNames("jigai-card", "jigai-reminder");
        card.setId("home-pool");
        if (me.has(Role.BUREAU)) {
            long waiting = pool.waitingForReview();
            if (waiting == 0) {
                return Optional.empty();
            }
            card.add(new H2(card.getTranslation("pool.home.reviewTitle")),
                    new Paragraph(card.getTranslation("pool.home.waiting", waiting)),
                    new Anchor("pool/applications", card.getTranslation("pool.home.review")));
            return Optional.of(card);
        }
        if (!me.has(Role.PROVIDER)) {
            return Optional.empty();
        }
        var mine = pool.list(ReviewFilter.ANY, PageRequest.of(0, 50)).getContent();
        boolean any = false;
        card.add(new H2(card.getTranslation("pool.home.title")));
        for (ApplicationSummary a : mine) {
            if (a.state() == ApplicationState.RETURNED) {
                card.add(new Div(new Anchor("pool/applications/" + a.id(), card.getTranslation("pool.home.returned",
                        a.year(), card.getTranslation(a.category().labelKey())))));
                any = true;
            }
        }
        for (PoolYearView open : pool.openYears()) {
            boolean applied = mine.stream().anyMatch(a -> a.year() == open.year()
                    && a.state() != ApplicationState.WITHDRAWN);
            if (!applied) {
                card.add(new Div(new Anchor("pool/applications", card.getTranslation("pool.home.open", open.year(),
                        PoolLabels.date(open.closesOn())))));
                any = true;
            }
        }
        return any ? Optional.of(card) : Optional.empty();
    }
}
