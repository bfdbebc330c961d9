package org.jigai.provider.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import org.jigai.base.Industry;
import org.jigai.base.Region;
import org.jigai.base.ServiceCategory;
import org.jigai.base.ui.Labels;
import org.jigai.base.ui.QueryFilters;
import org.jigai.provider.ProviderFilter;
import org.jigai.provider.ProviderService;
import org.jigai.provider.ProviderSummary;
import org.jigai.base.ui.Phones;

/** Service providers for every signed-in user, filtered by category, industry and region served. */
@Route("providers")
@PermitAll
@Menu(title = "nav.providers", order = 50, icon = "vaadin:factory")
class ProvidersBrowseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final ComboBox<ServiceCategory> category = new ComboBox<>();
    final ComboBox<Industry> industry = new ComboBox<>();
    final ComboBox<Region> region = new ComboBox<>();
    final Grid<ProviderSummary> grid = new Grid<>();
    private boolean reading;

    ProvidersBrowseView(ProviderService providers) {
        addClassNames("jigai-page", "jigai-page-grid");
        category.setPlaceholder(getTranslation("provider.categories"));
        category.setItems(ServiceCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        industry.setPlaceholder(getTranslation("provider.industries"));
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(i -> getTranslation(i.labelKey()));
        region.setPlaceholder(getTranslation("provider.regions"));
        region.setItems(Region.all());
        region.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        for (var combo : List.of(category, industry, region)) {
            combo.setClearButtonVisible(true);
            combo.setAriaLabel(combo.getPlaceholder());
            combo.addValueChangeListener(e -> filtersChanged());
        }
        grid.addColumn(ProviderSummary::name).setHeader(getTranslation("provider.name")).setWidth("16em").setFlexGrow(2)
                .setTooltipGenerator(ProviderSummary::name);
        grid.addColumn(p -> Labels.region(this, p.region())).setHeader(getTranslation("provider.location")).setAutoWidth(true);
        grid.addColumn(p -> Labels.join(this, p.categories())).setHeader(getTranslation("provider.categories")).setFlexGrow(2)
                .setTooltipGenerator(p -> Labels.join(this, p.categories()));
        grid.addColumn(p -> Labels.join(this, p.industries())).setHeader(getTranslation("provider.industries")).setFlexGrow(2)
                .setTooltipGenerator(p -> Labels.join(this, p.industries()));
        grid.addColumn(ProviderSummary::publishedSolutions).setHeader(getTranslation("provider.solutionCount")).setAutoWidth(true);
        grid.setItems(q -> providers.browse(filter(), toSpringPageRequest(q)).stream(), q -> (int) providers.countBrowse(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("providers/" + e.getItem().organizationId())));
        grid.setEmptyStateText(getTranslation("provider.browse.empty"));
        setHeightFull();
        var filters = new HorizontalLayout(category, industry, region);
        filters.setWrap(true);
        Phones.cards(grid, p -> List.of(p.name(), Labels.region(this, p.region()) + " · "
                + Labels.join(this, p.categories()), Labels.join(this, p.industries())));
        add(new H2(getTranslation("nav.providers")), Phones.filters(filters), grid);
    }

    ProviderFilter filter() {
        return new ProviderFilter(category.getValue(), industry.getValue(),
                region.getValue() == null ? null : region.getValue().code());
    }

    private void filtersChanged() {
        if (reading) {
            return;
        }
        grid.getDataProvider().refreshAll();
        var filters = new LinkedHashMap<String, Object>();
        filters.put("category", category.getValue());
        filters.put("industry", industry.getValue());
        filters.put("region", region.getValue() == null ? null : region.getValue().code());
        getUI().ifPresent(ui -> QueryFilters.write(ui, "providers", filters));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = QueryFilters.of(event.getLocation().getQueryParameters());
        reading = true;
        category.setValue(query.constant("category", ServiceCategory.values()));
        industry.setValue(query.constant("industry", Industry.values()));
        region.setValue(query.text("region").flatMap(Region::ofCode).orElse(null));
        reading = false;
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.providers") + " | " + getTranslation("app.name");
    }
}
