package org.jigai.engagement.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import org.jigai.base.Formats;
import org.jigai.base.Translations;
import org.jigai.base.ui.Phones;
import org.jigai.engagement.EngagementService;
import org.jigai.engagement.EngagementState;
import org.jigai.engagement.EngagementSummary;

/**
 * The bureau's list of every engagement — facts only (who, which need, state, dates, amounts) — with filters and an
 * xlsx export; reported engagements can be opened whole and their handling recorded.
 */
@Route("engagements")
@RolesAllowed({"BUREAU", "ADMIN"})
@Menu(title = "nav.engagements", order = 60, icon = "vaadin:handshake")
class EngagementsView extends Main implements HasDynamicTitle {

    private final EngagementService engagements;
    private final Select<EngagementState> state = new Select<>();
    private final Checkbox reported = new Checkbox();
    private final Grid<EngagementSummary> grid = new Grid<>();

    EngagementsView(EngagementService engagements, Translations translations) {
        this.engagements = engagements;
        addClassNames("jigai-page", "jigai-page-grid");
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("engagement.allStates"));
        state.setItems(EngagementState.values());
        state.setItemLabelGenerator(s -> s == null ? getTranslation("engagement.allStates") : getTranslation(s.labelKey()));
        state.setAriaLabel(getTranslation("engagement.state"));
        state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        reported.setLabel(getTranslation("engagement.reportedOnly"));
        reported.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(EngagementSummary::needTitle).setHeader(getTranslation("engagement.need")).setFlexGrow(3)
                .setTooltipGenerator(EngagementSummary::needTitle);
        grid.addColumn(EngagementSummary::enterpriseName).setHeader(getTranslation("engagement.enterprise")).setFlexGrow(2);
        grid.addColumn(EngagementSummary::providerName).setHeader(getTranslation("engagement.provider")).setFlexGrow(2);
        grid.addComponentColumn(s -> EngagementLabels.state(this, s.state())).setHeader(getTranslation("engagement.state"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.signedPriceWan() == null ? "" : EngagementLabels.wan(this, s.signedPriceWan()))
                .setHeader(getTranslation("engagement.signedPrice")).setAutoWidth(true);
        grid.addColumn(s -> Formats.dateTime(s.createdAt(), getLocale())).setHeader(getTranslation("engagement.created"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.reported() ? getTranslation("engagement.reportedMark") : "").setAutoWidth(true);
        grid.setItems(q -> engagements.facts(states(), reported.getValue(), toSpringPageRequest(q)).stream(),
                q -> (int) engagements.countFacts(states(), reported.getValue()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("engagements/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("engagement.facts.empty"));
        Phones.cards(grid, s -> List.of(s.needTitle(), s.enterpriseName() + " · " + s.providerName(),
                getTranslation(s.state().labelKey()) + (s.reported() ? " · " + getTranslation("engagement.reportedMark") : "")));
        setHeightFull();

        var export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = engagements.exportFacts(states(), reported.getValue(), getLocale(), translations);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "engagements.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), "");
        export.add(new Button(getTranslation("engagement.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("engagements-export");
        var intro = new Paragraph(getTranslation("engagement.facts.intro"));
        intro.addClassName("jigai-muted");
        var toolbar = new HorizontalLayout(state, reported, export);
        toolbar.setWrap(true);
        toolbar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("nav.engagements")), intro, toolbar, grid);
    }

    private Set<EngagementState> states() {
        return state.getValue() == null ? Set.of() : Set.of(state.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.engagements") + " | " + getTranslation("app.name");
    }
}
