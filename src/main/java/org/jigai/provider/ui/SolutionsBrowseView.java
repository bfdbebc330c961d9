package org.jigai.provider.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import org.jigai.base.Direction;
import org.jigai.base.Formats;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jigai.base.ui.Labels;
import org.jigai.base.ui.QueryFilters;
import org.jigai.provider.SolutionFilter;
import org.jigai.provider.SolutionService;
import org.jigai.provider.SolutionSummary;
import org.jigai.base.ui.Phones;

/** Published solutions for every signed-in user, filtered by industry, direction, category and budget. */
@Route("solutions")
@PermitAll
@Menu(title = "nav.solutions", order = 40, icon = "vaadin:lightbulb")
class SolutionsBrowseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final ComboBox<Industry> industry = new ComboBox<>();
    final ComboBox<Direction> direction = new ComboBox<>();
    final ComboBox<ServiceCategory> category = new ComboBox<>();
    final BigDecimalField budget = new BigDecimalField();
    final Grid<SolutionSummary> grid = new Grid<>();
    private boolean reading;

    SolutionsBrowseView(SolutionService solutions, org.jigai.base.PoolMembership pool) {
        addClassNames("jigai-page", "jigai-page-grid");
        industry.setPlaceholder(getTranslation("solution.industries"));
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(i -> getTranslation(i.labelKey()));
        direction.setPlaceholder(getTranslation("need.directions"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        category.setPlaceholder(getTranslation("provider.categories"));
        category.setItems(ServiceCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        budget.setPlaceholder(getTranslation("solution.budget"));
        budget.setAriaLabel(budget.getPlaceholder());
        budget.setClearButtonVisible(true);
        budget.addValueChangeListener(e -> filtersChanged());
        for (var combo : List.of(industry, direction, category)) {
            combo.setClearButtonVisible(true);
            combo.setAriaLabel(combo.getPlaceholder());
            combo.addValueChangeListener(e -> filtersChanged());
        }
        grid.addColumn(SolutionSummary::title).setHeader(getTranslation("solution.title")).setWidth("20em").setFlexGrow(3)
                .setTooltipGenerator(SolutionSummary::title);
        grid.addColumn(SolutionSummary::providerName).setHeader(getTranslation("solution.provider")).setWidth("14em")
                .setFlexGrow(1).setTooltipGenerator(SolutionSummary::providerName);
        grid.addColumn(s -> poolBadges(pool, s.organizationId())).setHeader(getTranslation("compare.pool"))
                .setAutoWidth(true);
        grid.addColumn(s -> Labels.join(this, s.categories())).setHeader(getTranslation("provider.categories"))
                .setAutoWidth(true);
        grid.addColumn(s -> Formats.wan(s.priceMinWan(), s.priceMaxWan(), getLocale()))
                .setHeader(getTranslation("solution.price")).setAutoWidth(true);
        grid.setItems(q -> solutions.browse(filter(), null, toSpringPageRequest(q)).stream(),
                q -> (int) solutions.countBrowse(filter(), null));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("solutions/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("solution.browse.empty"));
        setHeightFull();
        var filters = new HorizontalLayout(industry, direction, category, budget);
        filters.setWrap(true);
        Phones.cards(grid, s -> List.of(s.title(), s.providerName() + (pool.member(s.organizationId(), pool.today())
                ? " · " + poolBadges(pool, s.organizationId()) : ""), Labels.join(this, s.categories()) + " · "
                + Formats.wan(s.priceMinWan(), s.priceMaxWan(), getLocale())));
        add(new H2(getTranslation("nav.solutions")), Phones.filters(filters), grid);
    }

    /** 「2026年度资源池成员 · 技术应用」 for each category the provider is a member of today. */
    private String poolBadges(org.jigai.base.PoolMembership pool, long organizationId) {
        return String.join(getTranslation("list.separator"), pool.badges(organizationId, pool.today()).stream()
                .map(b -> org.jigai.base.ui.PoolBadges.text(this, b)).toList());
    }

    SolutionFilter filter() {
        return new SolutionFilter(industry.getValue(), direction.getValue(), category.getValue(), budget.getValue());
    }

    private void filtersChanged() {
        if (reading) {
            return;
        }
        grid.getDataProvider().refreshAll();
        var filters = new LinkedHashMap<String, Object>();
        filters.put("industry", industry.getValue());
        filters.put("direction", direction.getValue());
        filters.put("category", category.getValue());
        filters.put("budget", budget.getValue());
        getUI().ifPresent(ui -> QueryFilters.write(ui, "solutions", filters));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = QueryFilters.of(event.getLocation().getQueryParameters());
        reading = true;
        industry.setValue(query.constant("industry", Industry.values()));
        direction.setValue(query.constant("direction", Direction.values()));
        category.setValue(query.constant("category", ServiceCategory.values()));
        budget.setValue(query.amount("budget"));
        reading = false;
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.solutions") + " | " + getTranslation("app.name");
    }
}
