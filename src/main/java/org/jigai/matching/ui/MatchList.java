package org.jigai.matching.ui;

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
            item.add(head, org, reasons);
            if (r.similar() > 0) {
                var similar = new Span(getTranslation("match.similar", r.similar()));
                similar.addClassName("jigai-muted");
                item.add(similar);
            }
            add(item);
        }
    }
}
