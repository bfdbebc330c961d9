package org.jigai.provider.ui;

import java.util.List;
import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jigai.base.Formats;
import org.jigai.provider.SolutionService;
import org.jigai.provider.SolutionStatus;
import org.jigai.provider.SolutionSummary;
import org.jigai.base.ui.Phones;

/** 我的方案: the provider's own solutions by status. */
@Route("my/solutions")
@RolesAllowed("PROVIDER")
@Menu(title = "nav.mySolutions", order = 30, icon = "vaadin:briefcase")
class MySolutionsView extends Main implements HasDynamicTitle {

    final Select<SolutionStatus> status = new Select<>();
    final Grid<SolutionSummary> grid = new Grid<>();

    MySolutionsView(SolutionService solutions) {
        addClassNames("jigai-page", "jigai-page-grid");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("need.allStatuses"));
        status.setItems(SolutionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("need.allStatuses") : getTranslation(s.labelKey()));
        status.setAriaLabel(getTranslation("need.status"));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var create = new Button(getTranslation("solution.create"),
                e -> getUI().ifPresent(ui -> ui.navigate(SolutionFormView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(s -> (s.hidden() ? getTranslation("need.hiddenMark") + " " : "") + s.title()).setHeader(getTranslation("solution.title")).setWidth("20em").setFlexGrow(3)
                .setTooltipGenerator(SolutionSummary::title);
        grid.addComponentColumn(s -> SolutionBadges.of(this, s.status())).setHeader(getTranslation("need.status")).setWidth("8em")
                .setFlexGrow(0);
        grid.addColumn(s -> Formats.wan(s.priceMinWan(), s.priceMaxWan(), getLocale()))
                .setHeader(getTranslation("solution.price")).setAutoWidth(true);
        grid.addColumn(s -> Formats.dateTime(s.updatedAt(), getLocale())).setHeader(getTranslation("need.updated"))
                .setAutoWidth(true);
        grid.setItems(q -> solutions.mine(status.getValue(), toSpringPageRequest(q)).stream(),
                q -> (int) solutions.countMine(status.getValue()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("solutions/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("solution.mine.empty"));
        setHeightFull();
        var toolbar = new HorizontalLayout(status, create);
        toolbar.setWrap(true);
        Phones.cards(grid, s -> List.of((s.hidden() ? getTranslation("need.hiddenMark") + " " : "") + s.title(),
                getTranslation(s.status().labelKey()) + " · "
                + Formats.wan(s.priceMinWan(), s.priceMaxWan(), getLocale()), Formats.dateTime(s.updatedAt(), getLocale())));
        add(new H2(getTranslation("nav.mySolutions")), toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mySolutions") + " | " + getTranslation("app.name");
    }
}
