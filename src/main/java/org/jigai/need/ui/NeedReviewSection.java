package org.jigai.need.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.jigai.base.Formats;
import org.jigai.base.ui.Phones;
import org.jigai.base.ui.ReviewSection;
import org.jigai.need.NeedService;
import org.jigai.need.NeedSummary;
import org.springframework.core.annotation.Order;

/** Hidden needs on the bureau's review page. */
@org.springframework.stereotype.Component
@Order(1)
class NeedReviewSection implements ReviewSection {

    private final NeedService needs;

    NeedReviewSection(NeedService needs) {
        this.needs = needs;
    }

    @Override
    public String titleKey() {
        return "review.needs";
    }

    @Override
    public long resubmitted() {
        return needs.countHiddenForReview(true);
    }

    @Override
    public long hidden() {
        return needs.countHiddenForReview(false);
    }

    @Override
    public Component create() {
        var grid = new Grid<NeedSummary>();
        grid.setId("review-needs");
        grid.addColumn(NeedSummary::title).setHeader(grid.getTranslation("need.title")).setWidth("18em").setFlexGrow(3)
                .setTooltipGenerator(NeedSummary::title);
        grid.addColumn(NeedSummary::organizationName).setHeader(grid.getTranslation("need.organization")).setWidth("12em");
        grid.addColumn(n -> n.hiddenReason() == null ? "" : n.hiddenReason())
                .setHeader(grid.getTranslation("review.reason")).setWidth("14em").setFlexGrow(2);
        grid.addColumn(n -> state(grid, n)).setHeader(grid.getTranslation("review.state")).setAutoWidth(true);
        grid.setItems(q -> needs.hiddenForReview(toSpringPageRequest(q)).stream(),
                q -> (int) needs.countHiddenForReview(false));
        grid.setEmptyStateText(grid.getTranslation("review.empty"));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate("needs/" + e.getItem().id())));
        Phones.cards(grid, n -> List.of(n.title(), n.organizationName(), n.hiddenReason() == null ? "" : n.hiddenReason(),
                state(grid, n)));
        return grid;
    }

    private static String state(Grid<?> grid, NeedSummary n) {
        return n.resubmittedAt() == null ? grid.getTranslation("review.waiting")
                : grid.getTranslation("review.resubmitted", Formats.dateTime(n.resubmittedAt(), com.vaadin.flow.component.UI.getCurrent().getLocale()));
    }
}
