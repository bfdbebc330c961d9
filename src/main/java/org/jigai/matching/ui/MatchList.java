package org.jigai.matching.ui;

import org.jigai.base.ui.PoolBadges;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.jigai.matching.MatchingService;

/** A titled list of recommendations: each links to its record, names its organisation and shows its reasons. */
class MatchList extends Div {

    /** How the need's enterprise invites the providers of recommended solutions, and whom it engaged already. */
    record Inviter(java.util.Set<Long> engaged,
            com.vaadin.flow.function.SerializableFunction<java.util.Collection<Long>, List<Long>> invite)
            implements java.io.Serializable {}

    private final java.util.Map<Long, com.vaadin.flow.component.checkbox.Checkbox> choices = new java.util.LinkedHashMap<>();
    private final java.util.List<java.util.Map.Entry<Div, MatchingService.Result>> items = new java.util.ArrayList<>();
    private final java.util.Map<Long, Anchor> links = new java.util.HashMap<>();

    MatchList(String id, String title, String intro, String empty, List<MatchingService.Result> results,
            String linkPrefix, Locale locale) {
        setId(id);
        addClassNames("jigai-card", "jigai-matches");
        add(new H2(title));
        if (!intro.isEmpty()) {
            var p = new Paragraph(intro);
            p.addClassName("jigai-muted");
            add(p);
        }
        if (results.isEmpty()) {
            add(new Paragraph(empty));
            return;
        }
        int rank = 1;
        for (var r : results) {
            var item = new Div();
            item.addClassName("jigai-match");
            var link = new Anchor(linkPrefix + r.id(), rank++ + ". " + r.title());
            link.addClassName("jigai-match-title");
            var score = new Span(getTranslation("match.score", getTranslation(r.level().labelKey())));
            score.addClassNames("jigai-match-score", "level-" + r.level().name().toLowerCase(Locale.ROOT));
            score.getElement().setAttribute("title", String.format(Locale.ROOT, "%.2f", r.score()));
            var org = new Span(r.organizationName() + (r.standing() == null ? "" : " · " + r.standing()));
            org.addClassName("jigai-muted");
            var reasons = new Div();
            reasons.addClassName("jigai-reasons");
            r.reasons().forEach(reason -> {
                var chip = new Badge(reason);
                chip.addThemeVariants(BadgeVariant.CONTRAST);
                reasons.add(chip);
            });
            var head = new Div(link, score);
            head.addClassName("jigai-match-head");
            item.add(head, org);
            if (!r.pool().isEmpty()) {
                var badges = new Div();
                badges.addClassName("jigai-reasons");
                PoolBadges.of(this, r.pool()).forEach(badges::add);
                item.add(badges);
            }
            item.add(reasons);
            items.add(java.util.Map.entry(item, r));
            links.put(r.id(), link);
            if (r.similar() > 0) {
                var similar = new Span(getTranslation("match.similar", r.similar()));
                similar.addClassName("jigai-muted");
                item.add(similar);
            }
            add(item);
        }
    }

    /** Adds a check box per provider and one button that invites all checked providers to quote. */
    void enableInvitations(Inviter inviter) {
        for (var entry : items) {
            var r = entry.getValue();
            if (inviter.engaged().contains(r.organizationId())) {
                var engaged = new Span(getTranslation("match.invite.engaged"));
                engaged.addClassName("jigai-muted");
                entry.getKey().add(engaged);
            } else if (!choices.containsKey(r.organizationId())) {
                var box = new com.vaadin.flow.component.checkbox.Checkbox(getTranslation("match.invite.choose", r.organizationName()));
                box.addClassName("jigai-invite-choice");
                choices.put(r.organizationId(), box);
                entry.getKey().add(box);
            }
        }
        if (choices.isEmpty()) {
            return;
        }
        var invite = new com.vaadin.flow.component.button.Button(getTranslation("match.invite.button"), e -> {
            var chosen = choices.entrySet().stream().filter(c -> c.getValue().getValue()).map(java.util.Map.Entry::getKey).toList();
            if (chosen.isEmpty()) {
                com.vaadin.flow.component.notification.Notification.show(getTranslation("engagement.error.noProvider"), 4000,
                        com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
                return;
            }
            try {
                var created = inviter.invite().apply(chosen);
                com.vaadin.flow.component.notification.Notification.show(getTranslation("match.invite.done", created.size()),
                        4000, com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER)
                        .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
                chosen.forEach(id -> {
                    var box = choices.remove(id);
                    box.setValue(false);
                    box.setEnabled(false);
                    box.setLabel(getTranslation("match.invite.engaged"));
                });
            } catch (org.jigai.base.InvalidInputException invalid) {
                var problem = invalid.problems().values().iterator().next();
                com.vaadin.flow.component.notification.Notification.show(getTranslation(problem.key(), problem.args()), 6000,
                        com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER)
                        .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
            }
        });
        invite.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        invite.setId("invite-selected");
        var hint = new Paragraph(getTranslation("match.invite.hint"));
        hint.addClassName("jigai-muted");
        add(hint, invite);
    }

    /** Logs the list as shown (OutcomeLog) and each click on one of its records as "opened". */
    void logged(org.jigai.matching.OutcomeLog log, org.jigai.matching.OutcomeLog.ListKind kind, Long subjectId,
            String recordType) {
        long impression = log.shown(kind, subjectId, null, items.stream().map(e -> new org.jigai.matching.OutcomeLog.Shown(
                recordType, e.getValue().id(), e.getValue().organizationId(), e.getValue().score())).toList());
        if (impression > 0) {
            links.forEach((id, link) -> link.getElement().addEventListener("click", e -> log.opened(impression, recordType, id)));
        }
    }
}
