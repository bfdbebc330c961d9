package org.jigai.need.ui;

import java.util.List;
import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jigai.base.Formats;
import org.jigai.need.NeedService;
import org.jigai.need.NeedSummary;
import org.jigai.base.ui.Phones;

/**
 * 内容复核: the bureau's list of hidden needs, those their enterprise changed and resubmitted first. Opening one leads
 * to the need's page, where the bureau shows it again or keeps it hidden with a new reason.
 */
@Route("review")
@RolesAllowed("BUREAU")
@Menu(title = "nav.review", order = 25, icon = "vaadin:eye-slash")
class ReviewView extends Main implements HasDynamicTitle {

    final Grid<NeedSummary> grid = new Grid<>();

    ReviewView(NeedService needs) {
        addClassName("jigai-page-grid");
        setHeightFull();
        add(new H2(getTranslation("review.title")));
        var intro = new Paragraph(getTranslation("review.intro", needs.countHiddenForReview(true),
                needs.countHiddenForReview(false)));
        intro.addClassName("jigai-muted");
        intro.setId("review-intro");
        add(intro);
        grid.addColumn(NeedSummary::title).setHeader(getTranslation("need.title")).setWidth("18em").setFlexGrow(3)
                .setTooltipGenerator(NeedSummary::title);
        grid.addColumn(NeedSummary::organizationName).setHeader(getTranslation("need.organization")).setWidth("12em");
        grid.addColumn(n -> n.hiddenReason() == null ? "" : n.hiddenReason()).setHeader(getTranslation("review.reason"))
                .setWidth("14em").setFlexGrow(2).setTooltipGenerator(n -> n.hiddenReason() == null ? "" : n.hiddenReason());
        grid.addColumn(n -> n.resubmittedAt() == null ? getTranslation("review.waiting")
                : getTranslation("review.resubmitted", Formats.dateTime(n.resubmittedAt(), getLocale())))
                .setHeader(getTranslation("review.state")).setAutoWidth(true);
        grid.setItems(q -> needs.hiddenForReview(toSpringPageRequest(q)).stream(),
                q -> (int) needs.countHiddenForReview(false));
        grid.setEmptyStateText(getTranslation("review.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("needs/" + e.getItem().id())));
        Phones.cards(grid, n -> List.of(n.title(), n.organizationName(), n.hiddenReason() == null ? "" : n.hiddenReason(),
                n.resubmittedAt() == null ? getTranslation("review.waiting")
                        : getTranslation("review.resubmitted", Formats.dateTime(n.resubmittedAt(), getLocale()))));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " | " + getTranslation("app.name");
    }
}
