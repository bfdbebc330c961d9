package org.jigai.matching.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.QueryFilters;
import org.jigai.matching.SearchService;
import org.jigai.base.ui.Phones;
import org.jspecify.annotations.Nullable;

/** 搜索: needs, solutions and providers in one list, with facets, filters and paging kept in the address. */
@Route("search")
@PermitAll
class SearchView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 20;
    private static final Map<String, String> LABEL_PREFIX = Map.of("industry", "industry.", "direction", "direction.",
            "region", "region.", "category", "category.");

    private final SearchService search;
    private final org.jigai.matching.OutcomeLog outcomes;
    final TextField query = new TextField();
    final Div facets = new Div();
    final Div hits = new Div();
    final Paragraph summary = new Paragraph();
    private String text = "";
    private SearchService.@Nullable Type type;
    private final Map<String, String> filters = new LinkedHashMap<>();
    private int page;

    SearchView(SearchService search, org.jigai.matching.OutcomeLog outcomes) {
        this.search = search;
        this.outcomes = outcomes;
        addClassName("jigai-page");
        query.setPlaceholder(getTranslation("layout.search"));
        query.setAriaLabel(getTranslation("layout.search"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setMaxLength(SearchService.MAX_QUERY);
        query.setWidth("min(36em, 100%)");
        query.addKeyPressListener(Key.ENTER, e -> go(query.getValue(), type, Map.of(), 0));
        var button = new Button(getTranslation("search.go"), e -> go(query.getValue(), type, Map.of(), 0));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var bar = new HorizontalLayout(query, button);
        bar.setWrap(true);
        facets.addClassName("jigai-facets");
        hits.addClassName("jigai-hits");
        hits.setId("search-hits");
        summary.setId("search-summary");
        var layout = new Div(Phones.filters(facets), hits);
        layout.addClassName("jigai-search-layout");
        add(new H2(getTranslation("search.title")), bar, summary, layout);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = QueryFilters.of(event.getLocation().getQueryParameters());
        text = params.text("q").orElse("").strip();
        type = params.constant("type", SearchService.Type.values());
        filters.clear();
        for (String dimension : SearchService.DIMENSIONS) {
            params.text(dimension).filter(v -> SearchService.known(dimension, v)).ifPresent(v -> filters.put(dimension, v));
        }
        page = params.text("page").filter(v -> v.matches("\\d{1,3}")).map(Integer::parseInt).orElse(0);
        query.setValue(text);
        render();
    }

    private void render() {
        facets.removeAll();
        hits.removeAll();
        if (text.isEmpty()) {
            summary.setText(getTranslation("search.hint"));
            return;
        }
        SearchService.Result result;
        try {
            result = search.search(new SearchService.Request(text, type, filters, page, PAGE_SIZE));
        } catch (InvalidInputException invalid) {
            var problem = invalid.problems().values().iterator().next();
            summary.setText(getTranslation(problem.key(), problem.args()));
            return;
        }
        summary.setText(getTranslation(result.approximate() ? "search.approximate"
                : result.partial() ? "search.partial" : "search.count", result.total(), text));
        typeButtons(result);
        result.facets().forEach((dimension, counts) -> {
            if (counts.isEmpty() && !filters.containsKey(dimension)) {
                return;
            }
            facets.add(new H4(getTranslation("search.facet." + dimension)));
            String active = filters.get(dimension);
            if (active != null) {
                var clear = new Span("✕ " + label(dimension, active));
                clear.addClassNames("jigai-facet", "active");
                clear.addClickListener(e -> go(text, type, without(dimension), 0));
                facets.add(clear);
            }
            counts.forEach((code, count) -> {
                if (code.equals(active)) {
                    return;
                }
                var item = new Span(label(dimension, code) + " (" + count + ")");
                item.addClassName("jigai-facet");
                item.addClickListener(e -> go(text, type, with(dimension, code), 0));
                facets.add(item);
            });
        });
        long impression = outcomes.shown(org.jigai.matching.OutcomeLog.ListKind.SEARCH, null, text,
                result.hits().stream().map(h -> new org.jigai.matching.OutcomeLog.Shown(recordType(h.type()), h.id(),
                        h.organizationId(), h.score())).toList());
        for (var hit : result.hits()) {
            var shown = hit(hit);
            if (impression > 0) {
                shown.getElement().addEventListener("click", e -> outcomes.opened(impression, recordType(hit.type()), hit.id()));
            }
            hits.add(shown);
        }
        if (result.hits().isEmpty()) {
            hits.add(new Paragraph(getTranslation("search.none")));
        }
        var paging = new HorizontalLayout();
        if (page > 0) {
            paging.add(new Button(getTranslation("search.previous"), e -> go(text, type, filters, page - 1)));
        }
        long shown = (long) (page + 1) * PAGE_SIZE;
        if (shown < result.total() && shown < SearchService.MAX_WINDOW) {
            paging.add(new Button(getTranslation("search.next"), e -> go(text, type, filters, page + 1)));
        }
        hits.add(paging);
    }

    private void typeButtons(SearchService.Result result) {
        var row = new HorizontalLayout();
        row.setWrap(true);
        row.add(typeButton(null));
        for (SearchService.Type t : SearchService.Type.values()) {
            if (result.types().contains(t)) {
                row.add(typeButton(t));
            }
        }
        facets.add(row);
    }

    private Button typeButton(SearchService.@Nullable Type t) {
        var button = new Button(getTranslation("search.type." + (t == null ? "ALL" : t.name())),
                e -> go(text, t, filters, 0));
        button.addThemeVariants(t == type ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY,
                ButtonVariant.LUMO_SMALL);
        return button;
    }

    private static String recordType(SearchService.Type type) {
        return switch (type) {
            case NEED -> "need";
            case SOLUTION -> "solution";
            case ORGANIZATION -> "provider";
            case CASE -> "case";
        };
    }

    private Div hit(SearchService.Hit hit) {
        var item = new Div();
        item.addClassName("jigai-hit");
        var badge = new Badge(getTranslation("search.type." + hit.type().name()));
        var link = new Anchor(switch (hit.type()) {
            case NEED -> "needs/" + hit.id();
            case SOLUTION -> "solutions/" + hit.id();
            case ORGANIZATION -> "providers/" + hit.id();
            case CASE -> "cases/" + hit.id();
        }, "");
        link.add(new Html("<span>" + hit.titleHtml() + "</span>"));
        link.addClassName("jigai-match-title");
        var head = new Div(badge, new Span(" "), link);
        item.add(head);
        if (hit.type() != SearchService.Type.ORGANIZATION && (hit.anonymous() || !hit.organizationName().isEmpty())) {
            var org = new Span(hit.anonymous() ? getTranslation("need.anonymousHit") : hit.organizationName());
            org.addClassName("jigai-muted");
            item.add(new Div(org));
        }
        if (!hit.snippetHtml().isEmpty()) {
            var snippet = new Html("<div class=\"jigai-hit-snippet\">" + hit.snippetHtml() + "</div>");
            item.add(snippet);
        }
        return item;
    }

    private String label(String dimension, String code) {
        return getTranslation(LABEL_PREFIX.get(dimension) + code);
    }

    private Map<String, String> with(String dimension, String code) {
        var next = new LinkedHashMap<>(filters);
        next.put(dimension, code);
        return next;
    }

    private Map<String, String> without(String dimension) {
        var next = new LinkedHashMap<>(filters);
        next.remove(dimension);
        return next;
    }

    private void go(String q, SearchService.@Nullable Type t, Map<String, String> f, int p) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("q", List.of(q.strip()));
        if (t != null) {
            params.put("type", List.of(t.name()));
        }
        f.forEach((k, v) -> params.put(k, List.of(v)));
        if (p > 0) {
            params.put("page", List.of(Integer.toString(p)));
        }
        getUI().ifPresent(ui -> ui.navigate("search", new QueryParameters(params)));
    }

    @Override
    public String getPageTitle() {
        return (text.isEmpty() ? "" : text + " · ") + getTranslation("search.title") + " | " + getTranslation("app.name");
    }
}
