package org.jigai.engagement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.jigai.base.Formats;
import org.jigai.base.ui.Phones;
import org.jigai.engagement.ComparisonRow;
import org.jigai.engagement.EngagementService;
import org.jigai.need.NeedService;

/** All current proposals of one of the enterprise's needs side by side on common columns, cheapest first. */
@Route("my/needs/:id([0-9]{1,18})/proposals")
@RolesAllowed("ENTERPRISE")
class ComparisonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final EngagementService engagements;
    private final NeedService needs;
    private final org.jigai.base.PoolMembership pool;
    private String title = "";

    ComparisonView(EngagementService engagements, NeedService needs, org.jigai.base.PoolMembership pool) {
        this.pool = pool;
        this.engagements = engagements;
        this.needs = needs;
        addClassName("jigai-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long needId = event.getRouteParameters().getLong("id").orElse(-1L);
        List<ComparisonRow> rows;
        try {
            var need = needs.details(needId);
            if (!need.mine()) {
                throw new NoSuchElementException();
            }
            title = need.title();
            rows = engagements.compare(needId);
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new H2(getTranslation("compare.title", title)));
        var intro = new Paragraph(getTranslation("compare.intro"));
        intro.addClassName("jigai-muted");
        add(intro, new Anchor("needs/" + needId, getTranslation("engagement.needPage")));
        var grid = new Grid<ComparisonRow>();
        grid.setId("comparison");
        grid.addColumn(ComparisonRow::providerName).setHeader(getTranslation("engagement.provider")).setAutoWidth(true)
                .setFrozen(true).setTooltipGenerator(ComparisonRow::providerName);
        grid.addColumn(r -> EngagementLabels.wan(this, r.priceWan())).setHeader(getTranslation("compare.price"))
                .setAutoWidth(true).setComparator(ComparisonRow::priceWan);
        grid.addColumn(r -> getTranslation("proposal.days", r.durationDays())).setHeader(getTranslation("proposal.duration"))
                .setAutoWidth(true).setComparator(ComparisonRow::durationDays);
        grid.addColumn(r -> milestone(r.firstMilestone(), r.firstDue())).setHeader(getTranslation("compare.first")).setAutoWidth(true);
        grid.addColumn(r -> milestone(r.lastMilestone(), r.lastDue())).setHeader(getTranslation("compare.last")).setAutoWidth(true);
        var badges = pool.current(rows.stream().map(ComparisonRow::providerId).toList());
        grid.addColumn(r -> badges.getOrDefault(r.providerId(), List.of()).stream()
                .map(b -> org.jigai.base.ui.PoolBadges.text(this, b)).collect(java.util.stream.Collectors.joining(" / ")))
                .setHeader(getTranslation("compare.pool")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("compare.standing", r.publishedSolutions())).setHeader(getTranslation("compare.standingHeader"))
                .setAutoWidth(true);
        grid.addColumn(this::rating).setHeader(getTranslation("compare.ratings")).setAutoWidth(true);
        grid.addColumn(ComparisonRow::completedEngagements).setHeader(getTranslation("compare.completed")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("proposal.version", r.proposalNumber()) + " · " + getTranslation(r.proposalStatus().labelKey())
                + (r.shortlisted() ? " · " + getTranslation("engagement.shortlisted") : ""))
                .setHeader(getTranslation("compare.status")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            var open = new Button(getTranslation("compare.open"), e -> getUI().ifPresent(ui -> ui.navigate("engagements/" + r.engagementId())));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return open;
        }).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("compare.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("engagements/" + e.getItem().engagementId())));
        Phones.cards(grid, r -> List.of(r.providerName(), EngagementLabels.wan(this, r.priceWan()) + " · "
                + getTranslation("proposal.days", r.durationDays()), milestone(r.firstMilestone(), r.firstDue()) + " → "
                + milestone(r.lastMilestone(), r.lastDue()), rating(r) + " · " + getTranslation("compare.completedCount", r.completedEngagements())));
        add(grid);
    }

    private String milestone(String name, java.time.LocalDate due) {
        return name == null ? "" : name + " · " + Formats.date(due, getLocale());
    }

    private String rating(ComparisonRow r) {
        return r.rating().count() == 0 ? getTranslation("compare.noRatings")
                : getTranslation("compare.rating", String.format(Locale.ROOT, "%.1f", r.rating().overall()), r.rating().count());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compare.title", title) + " | " + getTranslation("app.name");
    }
}
