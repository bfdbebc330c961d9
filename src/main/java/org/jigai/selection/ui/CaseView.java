package org.jigai.selection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import org.jigai.account.AccountPrincipal;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.Chart;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.Labels;
import org.jigai.base.ui.Notices;
import org.jigai.matching.MatchingService;
import org.jigai.selection.CaseFigure;
import org.jigai.selection.SelectionService;
import org.jigai.selection.SelectionViews.CaseStory;

/**
 * One case's story (public, no sign-in): what the enterprise faced, what was done, the figures before and after
 * (each drawn as a chart and written out), photos and documents, the enterprise and the provider that delivered it,
 * and 「找类似服务商」, which asks the matching engine for solutions like this case. While the case is in public notice,
 * a signed-in reader may lodge an objection.
 */
@Route("cases/:id([0-9]{1,18})")
@AnonymousAllowed
class CaseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SelectionService selection;
    private final transient MatchingService matching;
    private String title = "";

    CaseView(SelectionService selection, MatchingService matching) {
        this.selection = selection;
        this.matching = matching;
        addClassName("jigai-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CaseStory s;
        try {
            s = selection.story(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | NoSuchElementException e) {
            throw new NotFoundException();
        }
        render(s);
    }

    private void render(CaseStory s) {
        removeAll();
        var c = s.card();
        title = c.title();
        add(new Anchor("cases", getTranslation("cases.back")), new H2(c.title()));
        if (s.inNotice()) {
            var notice = new Paragraph(getTranslation("cases.inNotice", SelectionLabels.date(this, s.noticeUntil())));
            notice.addClassName("jigai-warning");
            notice.setId("case-in-notice");
            add(notice);
        } else {
            var badge = new com.vaadin.flow.component.badge.Badge(getTranslation("cases.badge", c.year()));
            badge.addThemeVariants(com.vaadin.flow.component.badge.BadgeVariant.SUCCESS);
            add(new Div(badge));
        }
        var facts = new org.jigai.base.ui.Facts()
                .fact("selection.enterprise", c.enterpriseName())
                .fact("need.industry", c.industry() == null ? "" : getTranslation(c.industry().labelKey()))
                .fact("selection.region", Labels.region(this, c.region()))
                .fact("need.directions", Labels.join(this, c.directions()))
                .fact("selection.investment", c.investmentWan() == null ? ""
                        : getTranslation("selection.wan", SelectionLabels.number(c.investmentWan())));
        add(facts);
        if (c.providerId() != null && c.providerName() != null) {
            var provider = new Anchor("providers/" + c.providerId(), c.providerName());
            provider.setId("case-provider");
            add(new Paragraph(new Span(getTranslation("cases.providerIs")), new Span(" "), provider));
        }
        text("selection.background", s.background());
        text("selection.work", s.work());
        if (!c.results().isEmpty()) {
            add(new H3(getTranslation("selection.results")));
            var charts = new Div();
            charts.addClassName("jigai-case-charts");
            charts.setId("case-charts");
            for (CaseFigure f : c.results()) {
                var cell = new Div();
                cell.addClassName("jigai-card");
                var chart = new Chart(SelectionLabels.figure(this, f));
                chart.setHeight("200px");
                var option = Chart.bars(List.of(getTranslation("selection.figure.before"),
                        getTranslation("selection.figure.after")), List.of(new Chart.Series(f.unit(),
                                List.of(f.before(), f.after()))), false);
                option.put("title", java.util.Map.of("text", getTranslation("cases.chartTitle", f.label(), f.unit()),
                        "textStyle",
                        java.util.Map.of("fontSize", 14)));
                option.put("legend", java.util.Map.of("show", false));
                option.put("grid", java.util.Map.of("left", 8, "right", 16, "bottom", 8, "top", 56,
                        "containLabel", true));
                chart.setOption(option);
                var line = new Paragraph(SelectionLabels.figure(this, f));
                line.addClassName("jigai-case-figure");
                cell.add(chart, line);
                charts.add(cell);
            }
            add(charts);
        }
        if (!s.photos().isEmpty()) {
            add(new H3(getTranslation("selection.photos")));
            var photos = new Div();
            photos.addClassName("jigai-photos");
            photos.setId("case-photos");
            s.photos().forEach(p -> {
                var img = new Image("case-files/" + c.id() + "/" + p.id(), p.caption() == null ? c.title()
                        : p.caption());
                img.addClassName("jigai-photo");
                photos.add(img);
            });
            add(photos);
        }
        var similar = new Div();
        similar.setId("case-similar");
        var find = new Button(getTranslation("cases.similar"), e -> {
            similar.removeAll();
            similar(s, similar);
            e.getSource().setEnabled(false);
        });
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.setId("case-find-similar");
        add(new H3(getTranslation("cases.similarTitle")), new Paragraph(getTranslation("cases.similarIntro")), find,
                similar);
        if (s.inNotice()) {
            objection(c.id());
        }
    }

    private void similar(CaseStory s, Div box) {
        var c = s.card();
        String story = String.join("\n", java.util.stream.Stream.of(s.background(), s.work())
                .filter(java.util.Objects::nonNull).toList());
        var probe = new MatchingService.Probe(c.title(), story + "\n" + String.join(" ",
                c.results().stream().map(CaseFigure::label).toList()),
                c.industry() == null ? EnumSet.noneOf(org.jigai.base.Industry.class) : EnumSet.of(c.industry()),
                c.directions().isEmpty() ? EnumSet.noneOf(org.jigai.base.Direction.class)
                        : EnumSet.copyOf(c.directions()), c.region() == null ? "" : c.region());
        var results = matching.solutionsLike(probe, 6, getLocale());
        if (results.isEmpty()) {
            box.add(new Paragraph(getTranslation("cases.similarNone")));
            return;
        }
        for (var r : results) {
            var item = new Div();
            item.addClassNames("jigai-card", "jigai-match");
            var link = new Anchor("solutions/" + r.id(), r.title());
            var level = new Span(getTranslation("match.score", getTranslation(r.level().labelKey())));
            level.addClassName("jigai-match-score");
            var who = new Anchor("providers/" + r.organizationId(), r.organizationName());
            item.add(new Div(link, new Span(" "), level), who);
            if (!r.reasons().isEmpty()) {
                var reasons = new Paragraph(String.join(" · ", r.reasons()));
                reasons.addClassName("jigai-muted");
                item.add(reasons);
            }
            box.add(item);
        }
    }

    private void objection(long id) {
        add(new H3(getTranslation("cases.objection.title")));
        if (AccountPrincipal.current().isEmpty()) {
            add(new Paragraph(new Span(getTranslation("cases.objection.signIn")), new Span(" "),
                    new Anchor("login", getTranslation("login.title"))));
            return;
        }
        mine(id);
        var grounds = new TextArea(getTranslation("cases.objection.grounds"));
        grounds.setId("objection-grounds");
        grounds.setMaxLength(SelectionService.GROUNDS_MAX);
        grounds.setWidthFull();
        grounds.setHelperText(getTranslation("cases.objection.help", SelectionService.GROUNDS_MIN));
        var errors = new FormErrors(this).field("grounds", grounds);
        var lodge = new Button(getTranslation("cases.objection.lodge"), e -> {
            try {
                errors.clear();
                selection.lodge(id, grounds.getValue());
                Notices.done(this, "cases.objection.lodged");
                render(selection.story(id));
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        lodge.setId("objection-lodge");
        add(grounds, lodge);
    }

    /** The reader's own objections to this case and how the bureau answered them. */
    private void mine(long id) {
        var mine = selection.objections(null).stream().filter(o -> o.nominationId() == id).toList();
        if (mine.isEmpty()) {
            return;
        }
        var box = new Div();
        box.setId("case-my-objections");
        for (var o : mine) {
            var item = new Div();
            item.addClassName("jigai-card");
            var grounds = new Paragraph(o.grounds());
            grounds.addClassName("jigai-multiline");
            item.add(new Paragraph(getTranslation("cases.objection.mine", org.jigai.base.Formats.dateTime(
                    o.lodgedAt(), getLocale()))), grounds, new Paragraph(o.outcome() == null
                            ? getTranslation("selection.objection.open")
                            : getTranslation("selection.objection.handled", getTranslation(o.outcome().labelKey()),
                                    o.response())));
            box.add(item);
        }
        add(box);
    }

    private void text(String key, @org.jspecify.annotations.Nullable String value) {
        if (value != null) {
            add(new H3(getTranslation(key)));
            var p = new Paragraph(value);
            p.addClassName("jigai-multiline");
            add(p);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("cases.title") + " | " + getTranslation("app.name");
    }
}
