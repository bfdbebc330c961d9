package org.jigai.provider.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.jigai.provider.ReferenceProject;

/** A provider's reference projects as a table: on its public page and under the solutions that cite them. */
class ReferenceProjectsGrid extends Grid<ReferenceProject> {

    ReferenceProjectsGrid(List<ReferenceProject> references) {
        addColumn(ReferenceProject::title).setHeader(getTranslation("provider.reference.title")).setFlexGrow(2);
        addColumn(r -> r.clientIndustry() == null ? "" : getTranslation(r.clientIndustry().labelKey()))
                .setHeader(getTranslation("provider.reference.industry"));
        addColumn(r -> r.year() == null ? "" : r.year().toString()).setHeader(getTranslation("provider.reference.year"));
        addColumn(r -> r.result() == null ? "" : r.result()).setHeader(getTranslation("provider.reference.result"))
                .setFlexGrow(2).setTooltipGenerator(r -> r.result() == null ? "" : r.result());
        setItems(references);
        setAllRowsVisible(true);
    }
}
