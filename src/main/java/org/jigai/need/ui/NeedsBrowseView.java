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
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jigai.base.Direction;
import org.jigai.base.Formats;
import org.jigai.base.Industry;
import org.jigai.base.Region;
import org.jigai.need.NeedFilter;
import org.jigai.need.NeedService;
import org.jigai.need.NeedSummary;

/**
 * Published needs for providers and bureau staff, filtered by industry, direction, region and budget. The filters
 * live in the address (e.g. {@code needs?industry=MACHINERY&region=370281}), so a filtered list can be shared.
 */
@Route("needs")
@RolesAllowed({"PROVIDER", "BUREAU"})
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

        grid.addColumn(NeedSummary::title).setHeader(getTranslation("need.title")).setWidth("20em").setFlexGrow(3)
                .setTooltipGenerator(NeedSummary::title);
        grid.addColumn(NeedSummary::organizationName).setHeader(getTranslation("need.organization"))
                .setWidth("14em").setFlexGrow(1).setTooltipGenerator(NeedSummary::organizationName);
        grid.addColumn(n -> getTranslation(n.industry().labelKey())).setHeader(getTranslation("need.industry"))
                .setAutoWidth(true);
        grid.addColumn(n -> NeedLabels.region(this, n.region())).setHeader(getTranslation("need.region"))
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
        add(new H2(getTranslation("nav.needs")), filters, grid);
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
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (industry.getValue() != null) query.put("industry", List.of(industry.getValue().name()));
        if (direction.getValue() != null) query.put("direction", List.of(direction.getValue().name()));
        if (region.getValue() != null) query.put("region", List.of(region.getValue().code()));
        if (minBudget.getValue() != null) query.put("minBudget", List.of(minBudget.getValue().toPlainString()));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("needs", new QueryParameters(query))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        reading = true;
        industry.setValue(first(query, "industry").flatMap(v -> constant(Industry.values(), v)).orElse(null));
        direction.setValue(first(query, "direction").flatMap(v -> constant(Direction.values(), v)).orElse(null));
        region.setValue(first(query, "region").flatMap(Region::ofCode).orElse(null));
        minBudget.setValue(first(query, "minBudget").flatMap(NeedsBrowseView::decimal).orElse(null));
        reading = false;
        grid.getDataProvider().refreshAll();
    }

    private static Optional<String> first(Map<String, List<String>> query, String key) {
        return Optional.ofNullable(query.get(key)).filter(v -> !v.isEmpty()).map(List::getFirst);
    }

    private static <E extends Enum<E>> Optional<E> constant(E[] values, String name) {
        return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst();
    }

    private static Optional<BigDecimal> decimal(String text) {
        try {
            var value = new BigDecimal(text);
            return value.signum() >= 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.needs") + " | " + getTranslation("app.name");
    }
}
