package org.jigai.need.ui;

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
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jigai.base.Direction;
import org.jigai.base.Formats;
import org.jigai.base.ui.Labels;
import org.jigai.base.Industry;
import org.jigai.base.Region;
import org.jigai.base.ui.QueryFilters;
import org.jigai.need.NeedFilter;
import org.jigai.need.NeedService;
import org.jigai.need.NeedSummary;
import org.jigai.base.ui.Phones;

/**
 * Published needs for providers and bureau staff, filtered by industry, direction, region and budget. The filters
 * live in the address (e.g. {@code needs?industry=MACHINERY&region=370281}), so a filtered list can be shared.
 */
@Route("needs")
@RolesAllowed({"PROVIDER", "BUREAU", "ADMIN"})
@Menu(title = "nav.needs", order = 20, icon = "vaadin:search")
class NeedsBrowseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final ComboBox<Industry> industry = new ComboBox<>();
    final ComboBox<Direction> direction = new ComboBox<>();
    final ComboBox<Region> region = new ComboBox<>();
    final BigDecimalField minBudget = new BigDecimalField();
    final Grid<NeedSummary> grid = new Grid<>();
    private boolean reading;

    NeedsBrowseView(NeedService needs) {
        addClassNames("jigai-page", "jigai-page-grid");
        industry.setPlaceholder(getTranslation("need.industry"));
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(i -> getTranslation(i.labelKey()));
        direction.setPlaceholder(getTranslation("need.directions"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        region.setPlaceholder(getTranslation("need.region"));
        region.setItems(Region.all());
        region.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        minBudget.setPlaceholder(getTranslation("need.minBudget"));
        for (var combo : List.of(industry, direction, region)) {
            combo.setClearButtonVisible(true);
            combo.setAriaLabel(combo.getPlaceholder());
        }
        minBudget.setClearButtonVisible(true);
        minBudget.setAriaLabel(minBudget.getPlaceholder());
        industry.addValueChangeListener(e -> filtersChanged());
        direction.addValueChangeListener(e -> filtersChanged());
        region.addValueChangeListener(e -> filtersChanged());
        minBudget.addValueChangeListener(e -> filtersChanged());

        grid.addColumn(n -> n.hidden() ? getTranslation("need.hiddenMark") + " " + n.title() : n.title())
                .setHeader(getTranslation("need.title")).setWidth("20em").setFlexGrow(3)
                .setTooltipGenerator(NeedSummary::title);
        grid.setPartNameGenerator(n -> n.hidden() ? "hidden" : null);
        grid.addColumn(n -> NeedLabels.owner(this, n)).setHeader(getTranslation("need.organization"))
                .setWidth("14em").setFlexGrow(1).setTooltipGenerator(n -> NeedLabels.owner(this, n));
        grid.addColumn(n -> n.industry() == null ? "" : getTranslation(n.industry().labelKey()))
                .setHeader(getTranslation("need.industry"))
                .setAutoWidth(true);
        grid.addColumn(n -> Labels.region(this, n.region())).setHeader(getTranslation("need.region"))
                .setAutoWidth(true);
        grid.addColumn(n -> Formats.wan(n.budgetMinWan(), n.budgetMaxWan(), getLocale()))
                .setHeader(getTranslation("need.budget")).setAutoWidth(true);
        grid.addColumn(n -> Formats.date(n.publishedAt() == null ? null
                        : n.publishedAt().atZone(Formats.ZONE).toLocalDate(), getLocale()))
                .setHeader(getTranslation("need.publishedAt")).setAutoWidth(true);
        grid.setItems(q -> needs.browse(filter(), toSpringPageRequest(q)).stream(), q -> (int) needs.countBrowse(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("needs/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("need.browse.empty"));
        setHeightFull();
        var filters = new HorizontalLayout(industry, direction, region, minBudget);
        filters.setWrap(true);
        Phones.cards(grid, n -> List.of((n.hidden() ? getTranslation("need.hiddenMark") + " " : "") + n.title(),
                NeedLabels.owner(this, n), (n.industry() == null ? "" : getTranslation(n.industry().labelKey())) + " · "
                        + Labels.region(this, n.region())
                        + " · " + Formats.wan(n.budgetMinWan(), n.budgetMaxWan(), getLocale())));
        add(new H2(getTranslation("nav.needs")), Phones.filters(filters), grid);
    }

    NeedFilter filter() {
        return new NeedFilter(industry.getValue(), direction.getValue(),
                region.getValue() == null ? null : region.getValue().code(), minBudget.getValue());
    }

    private void filtersChanged() {
        if (reading) {
            return;
        }
        grid.getDataProvider().refreshAll();
        var filters = new java.util.LinkedHashMap<String, Object>();
        filters.put("industry", industry.getValue());
        filters.put("direction", direction.getValue());
        filters.put("region", region.getValue() == null ? null : region.getValue().code());
        filters.put("minBudget", minBudget.getValue());
        getUI().ifPresent(ui -> QueryFilters.write(ui, "needs", filters));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = QueryFilters.of(event.getLocation().getQueryParameters());
        reading = true;
        industry.setValue(query.constant("industry", Industry.values()));
        direction.setValue(query.constant("direction", Direction.values()));
        region.setValue(query.text("region").flatMap(Region::ofCode).orElse(null));
        minBudget.setValue(query.amount("minBudget"));
        reading = false;
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.needs") + " | " + getTranslation("app.name");
    }
}
