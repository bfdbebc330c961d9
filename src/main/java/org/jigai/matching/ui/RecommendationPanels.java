package org.jigai.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jigai.base.ui.PagePanel;
import org.jigai.matching.MatchingService;

/**
 * 「推荐方案」 under a need, for its enterprise and bureau staff; 「匹配的需求」 under a solution, for its provider and
 * bureau staff. Others see neither (the service says "not found" to them).
 */
@org.springframework.stereotype.Component
class RecommendationPanels implements PagePanel {

    static final int SHOWN = 10;

    private final MatchingService matching;
    private final org.jigai.engagement.EngagementService engagements;
    private final org.jigai.need.NeedService needs;
    private final org.jigai.matching.OutcomeLog outcomes;

    RecommendationPanels(MatchingService matching, org.jigai.engagement.EngagementService engagements,
            org.jigai.need.NeedService needs, org.jigai.matching.OutcomeLog outcomes) {
        this.outcomes = outcomes;
        this.matching = matching;
        this.engagements = engagements;
        this.needs = needs;
    }

    @Override
    public Optional<Component> create(String page, long id) {
        var locale = UI.getCurrent().getLocale();
        var ui = UI.getCurrent();
        try {
            return switch (page) {
                case NEED -> {
                    var list = new MatchList("need-matches", ui.getTranslation("match.solutions.title"),
                            ui.getTranslation("match.solutions.intro"), ui.getTranslation("match.solutions.empty"),
                            matching.solutionsForNeed(id, SHOWN, locale), "solutions/", locale);
                    inviter(id).ifPresent(list::enableInvitations);
                    list.logged(outcomes, org.jigai.matching.OutcomeLog.ListKind.NEED_RECOMMENDATIONS, id, "solution");
                    yield Optional.of(list);
                }
                case SOLUTION -> {
                    var list = new MatchList("solution-matches", ui.getTranslation("match.needs.title"),
                            ui.getTranslation("match.needs.intro"), ui.getTranslation("match.needs.empty"),
                            matching.needsForSolution(id, SHOWN, locale), "needs/", locale);
                    list.logged(outcomes, org.jigai.matching.OutcomeLog.ListKind.SOLUTION_LEADS, id, "need");
                    yield Optional.of(list);
                }
                default -> Optional.empty();
            };
        } catch (NoSuchElementException notTheirs) {
            return Optional.empty();
        }
    }

    /** For the need's own enterprise while the need takes proposals: who is engaged already, and how to invite. */
    private Optional<MatchList.Inviter> inviter(long needId) {
        var me = org.jigai.account.AccountPrincipal.current().orElse(null);
        if (me == null || !me.has(org.jigai.account.Role.ENTERPRISE)) {
            return Optional.empty();
        }
        var need = needs.details(needId);
        if (!need.mine() || !org.jigai.need.NeedStatus.OPEN.contains(need.status()) || need.hidden()) {
            return Optional.empty();
        }
        return Optional.of(new MatchList.Inviter(engagements.engagedProviders(needId),
                providerIds -> engagements.invite(needId, providerIds, null)));
    }
}
