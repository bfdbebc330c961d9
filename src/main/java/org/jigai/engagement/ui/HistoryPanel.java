package org.jigai.engagement.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.jigai.base.Formats;
import org.jigai.base.ui.Phones;
import org.jigai.engagement.EngagementService;
import org.jigai.engagement.HistoryEntry;

/** Every transition so far: when, what, by whom, and the state after it. */
class HistoryPanel extends Div {

    private final transient EngagementService engagements;
    private final long id;
    private final Grid<HistoryEntry> grid = new Grid<>();

    HistoryPanel(EngagementService engagements, long id) {
        this.engagements = engagements;
        this.id = id;
        grid.addColumn(h -> Formats.dateTime(h.at(), getLocale())).setHeader(getTranslation("history.at")).setAutoWidth(true);
        grid.addColumn(h -> getTranslation(h.transition().labelKey())).setHeader(getTranslation("history.what")).setAutoWidth(true);
        grid.addColumn(this::who).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(h -> getTranslation(h.stateAfter().labelKey())).setHeader(getTranslation("history.state")).setAutoWidth(true);
        grid.addColumn(h -> h.detail() == null || "revealed".equals(h.detail()) ? "" : h.detail())
                .setHeader(getTranslation("history.detail")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        Phones.cards(grid, h -> List.of(getTranslation(h.transition().labelKey()) + " · " + who(h),
                Formats.dateTime(h.at(), getLocale()) + " · " + getTranslation(h.stateAfter().labelKey())));
        add(grid);
        refresh();
    }

    private String who(HistoryEntry h) {
        String side = getTranslation(h.side().labelKey());
        if (h.actor() == null) {
            return side;
        }
        String actor = EngagementService.ANONYMOUS.equals(h.actor()) ? getTranslation("need.anonymousEnterprise") : h.actor();
        return getTranslation("history.actor", actor, side);
    }

    void refresh() {
        grid.setItems(engagements.history(id));
    }
}
