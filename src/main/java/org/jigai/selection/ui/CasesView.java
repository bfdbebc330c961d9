package org.jigai.selection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.Region;
import org.jigai.base.ui.Labels;
import org.jigai.selection.SelectionService;
import org.jigai.selection.SelectionViews.CaseCard;
import org.jigai.selection.SelectionViews.CaseFilter;

/**
 * 看样学样 (public, no sign-in): the published excellent cases by year, industry, direction and district, with their
 * story's first lines and headline figure; and, while a selection is in public notice (公示), its cases.
 */
@Route("cases")
@AnonymousAllowed
@Menu(title = "nav.cases", order = 59, icon = "vaadin:star")
class CasesView extends Main implements HasDynamicTitle {

    private final transient SelectionService selection;
    private final Div list = new Div();
    private final Select<Integer> year = new Select<>();
    private final Select<Industry> industry = new Select<>();
    private final Select<Direction> direction = new Select<>();
    private final Select<String> region = new Select<>();
    private final TextField text = new TextField();

    private final transient org.jigai.matching.SearchService search;

    CasesView(SelectionService selection, org.jigai.matching.SearchService search) {
        this.selection = selection;
        this.search = search;
        addClassName("jigai-page");
        add(new H2(getTranslation("cases.title")));
        var intro = new Paragraph(getTranslation("cases.intro"));
        intro.addClassName("jigai-muted");
        add(intro);
        notice();
        year.setLabel(getTranslation("cases.year"));
        year.setItems(selection.publishedYears());
        year.setItemLabelGenerator(y -> y == null ? getTranslation("cases.any") : getTranslation("selection.year", y));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("cases.any"));
        year.setId("cases-year");
        industry.setLabel(getTranslation("need.industry"));
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(i -> i == null ? getTranslation("cases.any") : getTranslation(i.labelKey()));
        industry.setEmptySelectionAllowed(true);
        industry.setEmptySelectionCaption(getTranslation("cases.any"));
        industry.setId("cases-industry");
        direction.setLabel(getTranslation("need.directions"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> d == null ? getTranslation("cases.any") : getTranslation(d.labelKey()));
        direction.setEmptySelectionAllowed(true);
        direction.setEmptySelectionCaption(getTranslation("cases.any"));
        direction.setId("cases-direction");
        region.setLabel(getTranslation("selection.region"));
        region.setItems(Arrays.stream(Region.values()).filter(r -> r.code().startsWith("3702")).map(Region::code)
                .toList());
        region.setItemLabelGenerator(c -> c == null ? getTranslation("cases.any") : Labels.region(this, c));
        region.setEmptySelectionAllowed(true);
        region.setEmptySelectionCaption(getTranslation("cases.any"));
        region.setId("cases-region");
        text.setLabel(getTranslation("cases.search"));
        text.setPlaceholder(getTranslation("cases.searchHint"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("cases-search");
        year.addValueChangeListener(e -> refresh());
        industry.addValueChangeListener(e -> refresh());
        direction.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        var filters = new HorizontalLayout(year, industry, direction, region, text);
        filters.setWrap(true);
        add(new H3(getTranslation("cases.published")), org.jigai.base.ui.Phones.filters(filters));
        list.setId("cases-list");
        list.addClassName("jigai-case-grid");
        add(list);
        refresh();
    }

    private void notice() {
        var call = selection.noticeCall();
        if (call.isEmpty()) {
            return;
        }
        var box = new Div();
        box.addClassNames("jigai-card", "jigai-reminder");
        box.setId("cases-notice");
        box.add(new H3(getTranslation("cases.notice.title", call.get().title())),
                new Paragraph(getTranslation("cases.notice.text", SelectionLabels.date(this, call.get().noticeFrom()),
                        SelectionLabels.date(this, call.get().noticeUntil()))));
        for (CaseCard c : selection.inNotice()) {
            box.add(new Paragraph(new Anchor("cases/" + c.id(), c.title()), new Span(" · " + c.enterpriseName())));
        }
        add(box);
    }

    private void refresh() {
        list.removeAll();
        // words go to the search index (the same analysis as the global search); the filters to the database
        var words = text.getValue().strip();
        var cases = selection.published(new CaseFilter(year.getValue(), industry.getValue(), direction.getValue(),
                region.getValue(), words.isEmpty() ? null : search.publicCases(words, 200)));
        if (cases.isEmpty()) {
            list.add(new Paragraph(getTranslation("cases.none")));
        } else {
            var count = new Paragraph(getTranslation("cases.count", cases.size()));
            count.addClassName("jigai-muted");
            count.setId("cases-count");
            list.add(count);
        }
        cases.forEach(c -> list.add(card(c)));
    }

    private Component card(CaseCard c) {
        var card = new Div();
        card.addClassNames("jigai-card", "jigai-case-card");
        card.setId("case-" + c.id());
        if (c.photoId() != null) {
            var img = new Image("case-files/" + c.id() + "/" + c.photoId(), c.title());
            img.addClassName("jigai-case-thumb");
            card.add(img);
        }
        var link = new Anchor("cases/" + c.id(), c.title());
        link.addClassName("jigai-case-title");
        card.add(new H3(link));
        card.add(new Paragraph(getTranslation("selection.year", c.year()) + " · " + c.enterpriseName()
                + (c.industry() == null ? "" : " · " + getTranslation(c.industry().labelKey()))
                + (c.region() == null ? "" : " · " + Labels.region(this, c.region()))));
        if (!c.results().isEmpty()) {
            var headline = new Paragraph(SelectionLabels.figure(this, c.results().getFirst()));
            headline.addClassName("jigai-case-figure");
            card.add(headline);
        }
        var teaser = new Paragraph(c.teaser());
        teaser.addClassName("jigai-muted");
        card.add(teaser);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title") + " | " + getTranslation("app.name");
    }
}
