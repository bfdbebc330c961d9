package org.jigai.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.Optional;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.jigai.base.ui.HomeCard;
import org.jigai.matching.MatchingService;

/** 「为您推荐的需求」 on a provider's home page. */
@org.springframework.stereotype.Component
class ProviderLeadsCard implements HomeCard {

    static final int SHOWN = 8;

    private final MatchingService matching;
    private final org.jigai.matching.OutcomeLog outcomes;

    ProviderLeadsCard(MatchingService matching, org.jigai.matching.OutcomeLog outcomes) {
        this.matching = matching;
        this.outcomes = outcomes;
    }

    @Override
    public Optional<Component> create() {
        if (!AccountPrincipal.current().map(p -> p.has(Role.PROVIDER)).orElse(false)) {
            return Optional.empty();
        }
        var ui = UI.getCurrent();
        var list = new MatchList("home-leads", ui.getTranslation("match.leads.title"), "",
                ui.getTranslation("match.leads.empty"), matching.leads(SHOWN, ui.getLocale()), "needs/", ui.getLocale());
        list.logged(outcomes, org.jigai.matching.OutcomeLog.ListKind.PROVIDER_LEADS, null, "need");
        list.add(new Anchor("needs", ui.getTranslation("match.leads.more")));
        return Optional.of(list);
    }
}
