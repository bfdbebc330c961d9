package org.jigai.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Optional;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.jigai.base.ui.HomeCard;
import org.jigai.project.ProjectService;
import org.jigai.project.ProjectSummary;

/**
 * The home page's to-do for the project library: an enterprise's reports due within three days or missing, and for
 * bureau staff the projects whose reports are overdue.
 */
@org.springframework.stereotype.Component
class ReportsDueCard implements HomeCard {

    static final int SHOWN = 5;
    private final ProjectService projects;

    ReportsDueCard(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public Optional<Component> create() {
        var me = AccountPrincipal.current().orElse(null);
        if (me == null || !(me.has(Role.ENTERPRISE) || me.has(Role.BUREAU))) {
            return Optional.empty();
        }
        boolean bureau = me.has(Role.BUREAU);
        var wanted = projects.reportsWanted(SHOWN + 1);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        var card = new Div();
        card.addClassNames("jigai-card", "jigai-reminder");
        card.setId("home-reports-due");
        card.add(new H2(card.getTranslation(bureau ? "project.home.overdueTitle" : "project.home.dueTitle")));
        for (ProjectSummary p : wanted.subList(0, Math.min(SHOWN, wanted.size()))) {
            var link = new Anchor("projects/" + p.id(), p.name());
            var when = new Span((bureau ? p.enterpriseName() + " · " : "") + card.getTranslation(
                    p.overdue() ? (p.veryLate() ? "project.veryLate" : "project.overdue") : "project.nextDue") + " "
                    + ProjectLabels.date(p.oldestMissingDue()));
            when.addClassName("jigai-muted");
            var row = new HorizontalLayout(link, when);
            row.setWrap(true);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            card.add(row);
        }
        if (wanted.size() > SHOWN || bureau) {
            card.add(new Anchor(bureau ? "projects?overdue" : "projects", card.getTranslation("project.home.all")));
        }
        return Optional.of(card);
    }
}
