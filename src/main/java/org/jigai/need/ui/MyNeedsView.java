package org.jigai.need.ui;

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
import java.time.Clock;
import java.time.Duration;
import org.jigai.base.Formats;
import org.jigai.need.NeedService;
import org.jigai.need.NeedStatus;
import org.jigai.need.NeedSummary;
import org.jigai.base.ui.Labels;
import org.jigai.base.ui.Phones;

/** 我的需求: the enterprise's own needs by status, with what is about to expire. */
@Route("my/needs")
@RolesAllowed("ENTERPRISE")
@Menu(title = "nav.myNeeds", order = 10, icon = "vaadin:clipboard-text")
class MyNeedsView extends Main implements HasDynamicTitle {

    final Select<NeedStatus> status = new Select<>();
    final Grid<NeedSummary> grid = new Grid<>();

    MyNeedsView(NeedService needs, Clock clock) {
        addClassNames("jigai-page", "jigai-page-grid");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("need.allStatuses"));
        status.setItems(NeedStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("need.allStatuses") : getTranslation(s.labelKey()));
        status.setAriaLabel(getTranslation("need.status"));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var create = new Button(getTranslation("need.create"), e -> getUI().ifPresent(ui -> ui.navigate(NeedFormView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(NeedSummary::title).setHeader(getTranslation("need.title")).setWidth("20em").setFlexGrow(3)
                .setTooltipGenerator(NeedSummary::title);
        grid.addComponentColumn(n -> NeedLabels.status(this, n)).setHeader(getTranslation("need.status"))
                .setWidth("9em").setFlexGrow(0);
        grid.addColumn(n -> n.industry() == null ? "" : getTranslation(n.industry().labelKey()))
                .setHeader(getTranslation("need.industry"))
                .setAutoWidth(true);
        grid.addColumn(n -> Formats.dateTime(n.updatedAt(), getLocale())).setHeader(getTranslation("need.updated"))
                .setAutoWidth(true);
        grid.addColumn(n -> expiry(n, clock)).setHeader(getTranslation("need.expires")).setAutoWidth(true);
        grid.setItems(q -> needs.mine(status.getValue(), toSpringPageRequest(q)).stream(),
                q -> (int) needs.countMine(status.getValue()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("needs/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("need.mine.empty"));
        setHeightFull();
        var toolbar = new HorizontalLayout(status, create);
        toolbar.setWrap(true);
        Phones.cards(grid, n -> List.of(n.title(), getTranslation(n.status().labelKey())
                + (n.hidden() ? " · " + getTranslation("need.hidden") : "") + " · " + expiry(n, clock),
                Formats.dateTime(n.updatedAt(), getLocale())));
        add(new H2(getTranslation("nav.myNeeds")), toolbar, grid);
    }

    private String expiry(NeedSummary n, Clock clock) {
        if (n.status() != NeedStatus.PUBLISHED || n.expiresAt() == null) {
            return "";
        }
        Duration left = Duration.between(clock.instant(), n.expiresAt());
        String date = Formats.dateTime(n.expiresAt(), getLocale());
        return left.compareTo(NeedService.REMINDER_WINDOW) < 0 ? getTranslation("need.expiresSoon", date, Math.max(0, left.toDays())) : date;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myNeeds") + " | " + getTranslation("app.name");
    }
}
