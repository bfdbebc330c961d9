package org.jigai.provider.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.jigai.base.Formats;
import org.jigai.base.ui.Phones;
import org.jigai.base.ui.ReviewSection;
import org.jigai.provider.ProviderDetails;
import org.jigai.provider.ProviderService;
import org.springframework.core.annotation.Order;

/** Hidden provider profiles on the bureau's review page. */
@org.springframework.stereotype.Component
@Order(3)
class ProviderReviewSection implements ReviewSection {

    private final ProviderService providers;

    ProviderReviewSection(ProviderService providers) {
        this.providers = providers;
    }

    @Override
    public String titleKey() {
        return "review.providers";
    }

    @Override
    public long resubmitted() {
        return providers.countHiddenForReview(true);
    }

    @Override
    public long hidden() {
        return providers.countHiddenForReview(false);
    }

    @Override
    public Component create() {
        var grid = new Grid<ProviderDetails>();
        grid.setId("review-providers");
        grid.addColumn(ProviderDetails::name).setHeader(grid.getTranslation("provider.name")).setWidth("18em").setFlexGrow(2);
        grid.addColumn(p -> p.hiddenReason() == null ? "" : p.hiddenReason())
                .setHeader(grid.getTranslation("review.reason")).setWidth("14em").setFlexGrow(2);
        grid.addColumn(p -> state(grid, p)).setHeader(grid.getTranslation("review.state")).setAutoWidth(true);
        grid.setItems(q -> providers.hiddenForReview(toSpringPageRequest(q)).stream(),
                q -> (int) providers.countHiddenForReview(false));
        grid.setEmptyStateText(grid.getTranslation("review.emptyProviders"));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate("providers/" + e.getItem().organizationId())));
        Phones.cards(grid, p -> List.of(p.name(), p.hiddenReason() == null ? "" : p.hiddenReason(), state(grid, p)));
        return grid;
    }

    private static String state(Grid<?> grid, ProviderDetails p) {
        return p.resubmittedAt() == null ? grid.getTranslation("review.waiting")
                : grid.getTranslation("review.resubmitted",
                        Formats.dateTime(p.resubmittedAt(), com.vaadin.flow.component.UI.getCurrent().getLocale()));
    }
}
