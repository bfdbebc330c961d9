package org.jigai.provider.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.jigai.base.Formats;
import org.jigai.base.ui.Phones;
import org.jigai.base.ui.ReviewSection;
import org.jigai.provider.SolutionService;
import org.jigai.provider.SolutionSummary;
import org.springframework.core.annotation.Order;

/** Hidden solutions on the bureau's review page. */
@org.springframework.stereotype.Component
@Order(2)
class SolutionReviewSection implements ReviewSection {

    private final SolutionService solutions;

    SolutionReviewSection(SolutionService solutions) {
        this.solutions = solutions;
    }

    @Override
    public String titleKey() {
        return "review.solutions";
    }

    @Override
    public long resubmitted() {
        return solutions.countHiddenForReview(true);
    }

    @Override
    public long hidden() {
        return solutions.countHiddenForReview(false);
    }

    @Override
    public Component create() {
        var grid = new Grid<SolutionSummary>();
        grid.setId("review-solutions");
        grid.addColumn(SolutionSummary::title).setHeader(grid.getTranslation("solution.title")).setWidth("18em")
                .setFlexGrow(3).setTooltipGenerator(SolutionSummary::title);
        grid.addColumn(SolutionSummary::providerName).setHeader(grid.getTranslation("solution.provider")).setWidth("12em");
        grid.addColumn(s -> s.hiddenReason() == null ? "" : s.hiddenReason())
                .setHeader(grid.getTranslation("review.reason")).setWidth("14em").setFlexGrow(2);
        grid.addColumn(s -> state(grid, s)).setHeader(grid.getTranslation("review.state")).setAutoWidth(true);
        grid.setItems(q -> solutions.hiddenForReview(toSpringPageRequest(q)).stream(),
                q -> (int) solutions.countHiddenForReview(false));
        grid.setEmptyStateText(grid.getTranslation("review.emptySolutions"));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate("solutions/" + e.getItem().id())));
        Phones.cards(grid, s -> List.of(s.title(), s.providerName(), s.hiddenReason() == null ? "" : s.hiddenReason(),
                state(grid, s)));
        return grid;
    }

    private static String state(Grid<?> grid, SolutionSummary s) {
        return s.resubmittedAt() == null ? grid.getTranslation("review.waiting")
                : grid.getTranslation("review.resubmitted", Formats.dateTime(s.resubmittedAt(), com.vaadin.flow.component.UI.getCurrent().getLocale()));
    }
}
