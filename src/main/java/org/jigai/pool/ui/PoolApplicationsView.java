package org.jigai.pool.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.jigai.base.InvalidInputException;
import org.jigai.base.PoolMembership;
import org.jigai.base.ServiceCategory;
import org.jigai.base.ui.Phones;
import org.jigai.base.ui.PoolBadges;
import org.jigai.pool.ApplicationState;
import org.jigai.pool.ApplicationSummary;
import org.jigai.pool.PoolService;
import org.jigai.pool.PoolYearView;
import org.jigai.pool.ReviewFilter;

/**
 * 入库申请: a provider's memberships, the pool years it may apply to and its applications; for bureau staff the
 * review list with filters, qualifications about to expire counted per row.
 */
@Route("pool/applications")
@RolesAllowed({"PROVIDER", "BUREAU", "ADMIN"})
@Menu(title = "nav.poolApplications", order = 54, icon = "vaadin:clipboard-check")
class PoolApplicationsView extends Main implements HasDynamicTitle {

    private final transient PoolService pool;
    private final boolean staff;
    private final Grid<ApplicationSummary> grid = new Grid<>();
    private final Select<Integer> year = new Select<>();
    private final Select<ServiceCategory> category = new Select<>();
    private final Select<ApplicationState> state = new Select<>();
    private final TextField text = new TextField();

    PoolApplicationsView(PoolService pool, PoolMembership membership) {
        this.pool = pool;
        var me = AccountPrincipal.current().orElseThrow();
        staff = me.has(Role.BUREAU) || me.has(Role.ADMIN);
        addClassNames("jigai-page", "jigai-page-grid");
        setHeightFull();
        add(new H2(getTranslation(staff ? "pool.review.title" : "pool.mine.title")));
        if (staff) {
            var intro = new Paragraph(getTranslation("pool.review.intro", PoolService.EXPIRY_WARNING_DAYS));
            intro.addClassName("jigai-muted");
            add(intro);
            if (me.has(Role.BUREAU)) {
                var manage = new Button(getTranslation("pool.years.manage"), VaadinIcon.CALENDAR.create(),
                        e -> getUI().ifPresent(ui -> ui.navigate("pool/years")));
                manage.setId("pool-manage-years");
                add(new HorizontalLayout(manage));
            }
            filters();
        } else {
            var badges = PoolBadges.of(this, membership, me.organizationId());
            var held = new Div();
            held.setId("pool-my-badges");
            if (badges.isEmpty()) {
                held.add(new Span(getTranslation("pool.mine.notMember")));
            } else {
                held.add(new Span(getTranslation("pool.mine.member")));
                badges.forEach(held::add);
            }
            held.addClassName("jigai-pool-held");
            add(held);
            for (PoolYearView open : pool.openYears()) {
                add(openYear(open));
            }
            add(new H3(getTranslation("pool.mine.applications")));
        }
        grid.setId("pool-applications-grid");
        if (staff) {
            grid.addColumn(ApplicationSummary::organizationName).setHeader(getTranslation("pool.provider"))
                    .setFlexGrow(3).setTooltipGenerator(ApplicationSummary::organizationName);
        }
        grid.addColumn(a -> PoolLabels.year(this, a.year())).setHeader(getTranslation("pool.year")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.category().labelKey())).setHeader(getTranslation("pool.category"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> PoolLabels.state(this, a.state())).setHeader(getTranslation("pool.stateHeader"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.renewal() ? getTranslation("pool.renewal") : "").setHeader(getTranslation("pool.kind"))
                .setAutoWidth(true);
        grid.addColumn(a -> PoolLabels.date(a.submittedAt())).setHeader(getTranslation("pool.submittedAt"))
                .setAutoWidth(true);
        if (staff) {
            grid.addColumn(a -> a.expiring() == 0 ? "" : getTranslation("pool.expiringCount", a.expiring()))
                    .setHeader(getTranslation("pool.expiringHeader")).setAutoWidth(true);
        }
        grid.setItems(q -> pool.list(filter(), toSpringPageRequest(q)).stream(), q -> (int) pool.count(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("pool/applications/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation(staff ? "pool.review.empty" : "pool.mine.empty"));
        grid.setMinHeight("16rem");
        Phones.cards(grid, a -> List.of((staff ? a.organizationName() + " · " : "") + PoolLabels.year(this, a.year())
                + " · " + getTranslation(a.category().labelKey()), getTranslation(a.state().labelKey())
                + (a.submittedAt() == null ? "" : " · " + PoolLabels.date(a.submittedAt()))
                + (staff && a.expiring() > 0 ? " · " + getTranslation("pool.expiringCount", a.expiring()) : "")));
        add(grid);
    }

    private Div openYear(PoolYearView open) {
        var card = new Div();
        card.addClassNames("jigai-card", "jigai-reminder");
        card.setId("pool-open-" + open.year());
        card.add(new H3(getTranslation("pool.public.call", open.year())));
        var when = new Paragraph(PoolLabels.window(this, open));
        when.addClassName("jigai-muted");
        card.add(when);
        if (open.requirements() != null) {
            var requirements = new Paragraph(open.requirements());
            requirements.addClassName("jigai-multiline");
            card.add(requirements);
        }
        var buttons = new HorizontalLayout();
        buttons.setWrap(true);
        for (ServiceCategory c : open.categories()) {
            var apply = new Button(getTranslation("pool.applyIn", getTranslation(c.labelKey())), e -> {
                try {
                    long id = pool.apply(open.id(), c);
                    getUI().ifPresent(ui -> ui.navigate("pool/applications/" + id));
                } catch (InvalidInputException refused) {
                    PoolLabels.refused(this, refused);
                }
            });
            apply.setId("pool-apply-" + open.year() + "-" + c.name());
            buttons.add(apply);
        }
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        card.add(buttons);
        return card;
    }

    private void filters() {
        year.setItems(pool.years().stream().map(PoolYearView::year).toList());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("pool.allYears"));
        year.setItemLabelGenerator(y -> y == null ? getTranslation("pool.allYears") : PoolLabels.year(this, y));
        year.setAriaLabel(getTranslation("pool.year"));
        category.setItems(ServiceCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("pool.allCategories"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("pool.allCategories")
                : getTranslation(c.labelKey()));
        category.setAriaLabel(getTranslation("pool.category"));
        state.setItems(ApplicationState.SUBMITTED, ApplicationState.RETURNED, ApplicationState.APPROVED,
                ApplicationState.REJECTED, ApplicationState.REMOVED, ApplicationState.WITHDRAWN);
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("pool.allStates"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("pool.allStates") : getTranslation(s.labelKey()));
        state.setAriaLabel(getTranslation("pool.stateHeader"));
        state.setValue(pool.waitingForReview() > 0 ? ApplicationState.SUBMITTED : null);
        text.setPlaceholder(getTranslation("pool.search"));
        text.setAriaLabel(getTranslation("pool.search"));
        text.setClearButtonVisible(true);
        text.setMaxLength(50);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        year.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        category.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var toolbar = new HorizontalLayout(text, year, category, state);
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(Phones.filters(toolbar));
    }

    private ReviewFilter filter() {
        if (!staff) {
            return ReviewFilter.ANY;
        }
        return new ReviewFilter(year.getValue(), category.getValue(), state.getValue(),
                text.getValue() == null || text.getValue().isBlank() ? null : text.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation(staff ? "pool.review.title" : "pool.mine.title") + " | " + getTranslation("app.name");
    }
}
