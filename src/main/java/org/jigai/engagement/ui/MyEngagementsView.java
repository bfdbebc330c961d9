package org.jigai.engagement.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jigai.account.AccountPrincipal;
import org.jigai.base.Formats;
import org.jigai.base.LiveUpdates;
import org.jigai.base.ui.Phones;
import org.jigai.engagement.EngagementService;
import org.jigai.engagement.EngagementState;
import org.jigai.engagement.EngagementSummary;
import org.jigai.engagement.Side;

/** 我的对接: the reader's engagements across all needs, with a state filter and unread messages; live. */
@Route("my/engagements")
@RolesAllowed({"ENTERPRISE", "PROVIDER"})
@Menu(title = "nav.myEngagements", order = 15, icon = "vaadin:handshake")
class MyEngagementsView extends Main implements HasDynamicTitle {

    /** The filter's choices: groups of states as people think of them. */
    enum Stage {
        WAITING(EnumSet.of(EngagementState.INVITED, EngagementState.INTERESTED)),
        TALKS(EnumSet.of(EngagementState.ACTIVE)),
        SIGNED(EnumSet.of(EngagementState.SIGNED)),
        COMPLETED(EnumSet.of(EngagementState.COMPLETED)),
        ENDED(EngagementState.ENDED);

        final Set<EngagementState> states;

        Stage(Set<EngagementState> states) {
            this.states = states;
        }
    }

    private final EngagementService engagements;
    private final Select<Stage> stage = new Select<>();
    private final Grid<EngagementSummary> grid = new Grid<>();

    MyEngagementsView(EngagementService engagements, LiveUpdates live) {
        this.engagements = engagements;
        addClassNames("jigai-page", "jigai-page-grid");
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("engagement.allStages"));
        stage.setItems(Stage.values());
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("engagement.allStages")
                : getTranslation("engagement.stage." + s.name()));
        stage.setAriaLabel(getTranslation("engagement.stage"));
        stage.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(EngagementSummary::needTitle).setHeader(getTranslation("engagement.need")).setFlexGrow(3)
                .setTooltipGenerator(EngagementSummary::needTitle);
        grid.addColumn(this::otherParty).setHeader(getTranslation("engagement.otherParty")).setFlexGrow(2);
        grid.addComponentColumn(s -> EngagementLabels.state(this, s.state())).setHeader(getTranslation("engagement.state"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.priceWan() == null ? "" : EngagementLabels.wan(this, s.priceWan()))
                .setHeader(getTranslation("proposal.price")).setAutoWidth(true);
        grid.addColumn(s -> s.unread() == 0 ? "" : getTranslation("engagement.unread", s.unread()))
                .setHeader(getTranslation("engagement.messages")).setAutoWidth(true);
        grid.addColumn(s -> Formats.dateTime(s.updatedAt(), getLocale())).setHeader(getTranslation("engagement.updated"))
                .setAutoWidth(true);
        grid.setItems(q -> engagements.mine(states(), toSpringPageRequest(q)).stream(),
                q -> (int) engagements.countMine(states()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("engagements/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("engagement.mine.empty"));
        grid.setPartNameGenerator(s -> s.unread() > 0 ? "jigai-unread-row" : null);
        Phones.cards(grid, s -> List.of(s.needTitle(), otherParty(s) + " · " + getTranslation(s.state().labelKey()),
                (s.unread() == 0 ? "" : getTranslation("engagement.unread", s.unread()) + " · ")
                        + Formats.dateTime(s.updatedAt(), getLocale())));
        setHeightFull();
        var intro = new Paragraph(getTranslation("engagement.mine.intro"));
        intro.addClassName("jigai-muted");
        add(new H2(getTranslation("nav.myEngagements")), intro, stage, grid);
        AccountPrincipal.current().ifPresent(me -> org.jigai.base.ui.Live.follow(this, live, () -> LiveUpdates.user(me.id()),
                () -> grid.getDataProvider().refreshAll()));
    }

    private Set<EngagementState> states() {
        return stage.getValue() == null ? Set.of() : stage.getValue().states;
    }

    private String otherParty(EngagementSummary s) {
        if (s.side() == Side.ENTERPRISE) {
            return s.providerName();
        }
        return s.enterpriseShown() ? s.enterpriseName() : getTranslation("need.anonymousEnterprise");
    }



    @Override
    public String getPageTitle() {
        return getTranslation("nav.myEngagements") + " | " + getTranslation("app.name");
    }
}
