package org.jigai.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.Facts;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.Labels;
import org.jigai.base.ui.Pickers;
import org.jigai.base.ui.ReasonDialog;
import org.jigai.project.PeriodState;
import org.jigai.project.PeriodView;
import org.jigai.project.Problem;
import org.jigai.project.ProjectDetails;
import org.jigai.project.ProjectService;
import org.jigai.project.ProjectStage;
import org.jigai.project.ProjectSummary;
import org.jigai.project.ProjectTransition;
import org.jigai.project.ReportView;
import org.jigai.project.TimelineEntry;

/**
 * One project: its facts and expected results, the stage actions of its enterprise, the reporting periods with their
 * reports (filing, drafts, corrections, problems turned into needs), the bureau's scheduling (cadence, skipping a
 * period, comments) and the timeline everyone who may read it sees.
 */
@Route("projects/:id([0-9]{1,18})")
@RolesAllowed({"ENTERPRISE", "BUREAU", "ADMIN"})
class ProjectView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ProjectService projects;
    private final java.time.Clock clock;
    private final Div content = new Div();
    private long id;
    private String title = "";

    ProjectView(ProjectService projects, java.time.Clock clock) {
        this.projects = projects;
        this.clock = clock;
        addClassName("jigai-page");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            render();
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render() {
        ProjectDetails d = projects.details(id);
        ProjectSummary s = d.summary();
        title = s.name();
        content.removeAll();
        var heading = new H2(s.name());
        heading.setId("project-title");
        var badges = new HorizontalLayout(ProjectLabels.stage(this, s.stage()));
        var overdue = ProjectLabels.overdue(this, s);
        if (overdue != null) {
            overdue.setId("project-overdue");
            badges.add(overdue);
        }
        var ref = new Span(s.ref() + (s.filingNumber() == null ? "" : " · " + getTranslation("project.filingNumber")
                + " " + s.filingNumber()) + " · " + s.enterpriseName());
        ref.addClassName("jigai-muted");
        badges.add(ref);
        badges.setWrap(true);
        badges.setAlignItems(FlexComponent.Alignment.CENTER);
        content.add(heading, badges);
        if (s.stage() == ProjectStage.SUSPENDED && d.suspensionReason() != null) {
            var why = new Paragraph(getTranslation("project.suspendedBecause", d.suspensionReason()));
            why.addClassName("jigai-reminder");
            content.add(why);
        }
        content.add(actions(d), facts(d));
        content.add(new H3(getTranslation("project.reports")), cadenceLine(d), periods(d));
        content.add(new H3(getTranslation("project.timeline")));
        if (d.maySchedule()) {
            content.add(commentBox());
        }
        content.add(timeline());
    }

    private Component actions(ProjectDetails d) {
        var bar = new HorizontalLayout();
        bar.setWrap(true);
        bar.addClassName("jigai-actions");
        if (d.mayEdit()) {
            var edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("projects/edit/" + id)));
            edit.setId("project-edit");
            bar.add(edit);
        }
        for (ProjectTransition t : d.may()) {
            var button = new Button(getTranslation(t.labelKey()), e -> take(t));
            button.setId("project-" + t.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            if (t != ProjectTransition.SUSPEND) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            bar.add(button);
        }
        if (d.maySchedule() && d.summary().overdue()) {
            var urge = new Button(getTranslation("project.urge"), VaadinIcon.BELL.create(), e -> {
                try {
                    projects.urge(id);
                    ProjectLabels.done(this, "project.urged");
                } catch (InvalidInputException invalid) {
                    ProjectLabels.refused(this, invalid);
                }
                render();
            });
            urge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            urge.setId("project-urge");
            bar.add(urge);
        }
        if (d.maySchedule()) {
            int year = LocalDate.ofInstant(clock.instant(), Formats.ZONE).getYear();
            var cadence = new Button(getTranslation("project.cadence.own"), VaadinIcon.CALENDAR_CLOCK.create(),
                    e -> CadenceDialog.open(this, projects, id, year, this::render));
            cadence.setId("project-cadence");
            bar.add(cadence);
        }
        return bar;
    }

    private void take(ProjectTransition t) {
        if (t == ProjectTransition.SUSPEND) {
            ReasonDialog.ask(this, "project.suspend.title", "project.suspend.reason", ProjectService.REASON_MAX,
                    reason -> projects.take(id, t, null, reason), "project.transition.done", this::render);
            return;
        }
        if (!t.dated()) {
            try {
                projects.take(id, t, null, null);
                ProjectLabels.done(this, "project.transition.done");
            } catch (InvalidInputException invalid) {
                ProjectLabels.refused(this, invalid);
            }
            render();
            return;
        }
        var dialog = ProjectsView.dialog(this, t.labelKey());
        var date = Pickers.date(getTranslation("project.actualDate." + t.name()), getLocale());
        date.setMax(LocalDate.ofInstant(clock.instant(), Formats.ZONE));
        date.setValue(LocalDate.ofInstant(clock.instant(), Formats.ZONE));
        date.setRequiredIndicatorVisible(true);
        date.setId("stage-date");
        var errors = new FormErrors(this).field("date", date);
        var confirm = new Button(getTranslation("action.confirm"), e -> {
            try {
                projects.take(id, t, date.getValue(), null);
                dialog.close();
                ProjectLabels.done(this, "project.transition.done");
                render();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("stage-confirm");
        dialog.add(date);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private Component facts(ProjectDetails d) {
        ProjectSummary s = d.summary();
        var facts = new Facts();
        facts.fact("project.region", Labels.region(this, s.region()))
                .fact("project.industry", getTranslation(s.industry().labelKey()))
                .fact("project.directions", Labels.join(this, s.directions()))
                .fact("project.total", ProjectLabels.wan(s.totalInvestmentWan()))
                .fact("project.equipment", ProjectLabels.wan(s.equipmentInvestmentWan()))
                .fact("project.invested", s.investedWan() == null ? "" : s.totalInvestmentWan().signum() == 0
                        ? ProjectLabels.wan(s.investedWan()) : getTranslation("project.investedWithShare",
                                ProjectLabels.wan(s.investedWan()), s.investedWan().multiply(java.math.BigDecimal
                                        .valueOf(100)).divide(s.totalInvestmentWan(), 0, java.math.RoundingMode.HALF_UP)))
                .fact("project.percent", s.percentComplete() == null ? "" : s.percentComplete() + "%")
                .fact("project.plannedStart", ProjectLabels.date(d.plannedStart()))
                .fact("project.plannedCompletion", ProjectLabels.date(s.plannedCompletion()))
                .fact("project.plannedProduction", ProjectLabels.date(d.plannedProduction()))
                .fact("project.actualStart", ProjectLabels.date(s.actualStart()))
                .fact("project.actualCompletion", ProjectLabels.date(s.actualCompletion()))
                .fact("project.actualProduction", ProjectLabels.date(s.actualProduction()))
                .fact("project.libraryYear", getTranslation("project.yearLabel", s.libraryYear()))
                .fact("project.providers", String.join(Labels.separator(this), d.providers().values()))
                .fact("project.results", d.results().stream().map(r -> getTranslation(r.kind().labelKey()) + " "
                        + Formats.plain(r.amount()) + " " + r.unit()).collect(Collectors.joining(Labels.separator(this))))
                .fact("project.description", d.description() == null ? "" : d.description());
        var box = new Div(facts);
        if (d.engagementId() != null && d.mine()) {
            var link = new Anchor("engagements/" + d.engagementId(), getTranslation("project.fromEngagement"));
            box.add(new Paragraph(link));
        }
        return box;
    }

    private Component cadenceLine(ProjectDetails d) {
        var c = d.cadence();
        var next = d.nextCadence();
        var line = new Paragraph(getTranslation("project.cadence.line", getTranslation(c.cadence().labelKey()),
                c.dueDay()) + (d.ownCadence() ? " " + getTranslation("project.cadence.ownMark") : "")
                + (next == null ? "" : " " + getTranslation("project.cadence.next", ProjectLabels.date(next.effectiveFrom()),
                        getTranslation(next.cadence().labelKey()), next.dueDay())));
        line.addClassName("jigai-muted");
        line.setId("project-cadence-line");
        return line;
    }

    private Component periods(ProjectDetails d) {
        var list = new Div();
        list.setId("project-periods");
        List<PeriodView> periods = projects.periods(id);
        if (periods.isEmpty()) {
            list.add(new Paragraph(getTranslation(d.summary().stage() == ProjectStage.IN_PRODUCTION
                    ? "project.periods.ended" : "project.periods.none")));
        }
        for (int i = 0; i < periods.size(); i++) {
            PeriodView p = periods.get(i);
            ReportView previous = null;
            for (int j = i + 1; j < periods.size() && previous == null; j++) {
                previous = periods.get(j).latest();
            }
            list.add(period(d, p, previous));
        }
        return list;
    }

    private Component period(ProjectDetails d, PeriodView p, ReportView previous) {
        var card = new Div();
        card.addClassNames("jigai-card", "jigai-period");
        var name = new Span(ProjectLabels.period(this, p.period()));
        name.addClassName("jigai-period-name");
        var due = new Span(getTranslation("project.period.due", ProjectLabels.date(p.period().due())));
        due.addClassName("jigai-muted");
        var head = new HorizontalLayout(name, ProjectLabels.period(this, p.state()), due);
        ReportView first = p.versions().isEmpty() ? null : p.versions().getFirst();
        if (first != null && first.filedAt() != null) {
            long late = java.time.temporal.ChronoUnit.DAYS.between(p.period().due(),
                    LocalDate.ofInstant(first.filedAt(), Formats.ZONE));
            if (late > 0) {
                var mark = new Span(getTranslation("project.period.filedLate", late));
                mark.addClassName("jigai-late");
                head.add(mark);
            }
        }
        head.setWrap(true);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        card.add(head);
        ReportView latest = p.latest();
        if (latest != null) {
            card.add(report(d, latest, true));
            if (p.versions().size() > 1) {
                var older = new Div();
                for (int v = p.versions().size() - 2; v >= 0; v--) {
                    older.add(report(d, p.versions().get(v), false));
                }
                card.add(new Details(getTranslation("project.report.earlier", p.versions().size() - 1), older));
            }
        }
        if (p.state() == PeriodState.SKIPPED) {
            card.add(new Paragraph(getTranslation("project.period.skippedBecause", p.skipReason())));
        }
        var buttons = new HorizontalLayout();
        buttons.setWrap(true);
        if (d.mayReport() && p.state() != PeriodState.SKIPPED) {
            String key = p.draft() != null ? "project.report.continue"
                    : latest != null ? "project.report.correctAction" : "project.report.fileAction";
            var file = new Button(getTranslation(key), e -> new ReportDialog(this, projects, id, p, previous,
                    this::render).open());
            if (latest == null) {
                file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            file.addClassName("jigai-report-file");
            buttons.add(file);
        }
        if (d.maySchedule() && p.state() != PeriodState.FILED && p.state() != PeriodState.SKIPPED) {
            var skip = new Button(getTranslation("project.period.skip"), e -> ReasonDialog.askTitled(this,
                    getTranslation("project.period.skipTitle", ProjectLabels.period(this, p.period())),
                    "project.period.skipReason", ProjectService.REASON_MAX,
                    reason -> projects.skip(id, p.period().start(), reason), "project.period.skipped", this::render));
            skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            buttons.add(skip);
        }
        if (buttons.getComponentCount() > 0) {
            card.add(buttons);
        }
        return card;
    }

    private Component report(ProjectDetails d, ReportView r, boolean current) {
        var box = new Div();
        box.addClassName(current ? "jigai-report" : "jigai-report-old");
        String figures = getTranslation("project.report.figures", r.percentComplete(),
                ProjectLabels.wan(r.investedWan()), r.periodInvestedWan() == null ? ""
                        : ProjectLabels.wan(r.periodInvestedWan()));
        var line = new Paragraph(figures);
        var who = new Span(r.imported() ? getTranslation("project.report.imported", Formats.date(
                r.filedAt() == null ? null : LocalDate.ofInstant(r.filedAt(), Formats.ZONE), getLocale()))
                : getTranslation("project.report.by", r.version(), r.author(), Formats.dateTime(r.filedAt(), getLocale())));
        who.addClassName("jigai-muted");
        box.add(line, who);
        if (r.correctionNote() != null) {
            box.add(new Paragraph(getTranslation("project.report.correctionMark", r.correctionNote())));
        }
        if (r.milestones() != null) {
            var m = new Paragraph(getTranslation("project.report.milestonesLine", r.milestones()));
            m.getStyle().set("white-space", "pre-line");
            box.add(m);
        }
        for (int i = 0; i < r.problems().size(); i++) {
            box.add(problem(d, r, i, current));
        }
        return box;
    }

    private Component problem(ProjectDetails d, ReportView r, int index, boolean current) {
        Problem p = r.problems().get(index);
        var text = new Span(getTranslation("project.problem.line", getTranslation(p.kind().labelKey()),
                p.description()));
        var row = new HorizontalLayout(VaadinIcon.WARNING.create(), text);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setWrap(true);
        row.addClassName("jigai-problem");
        if (p.needId() != null && d.mine()) {
            row.add(new Anchor("needs/" + p.needId(), getTranslation("project.problem.needLink")));
        } else if (p.needId() != null) {
            var made = new Span(getTranslation("project.problem.needMade"));
            made.addClassName("jigai-muted");
            row.add(made);
        } else if (d.mayMakeNeeds() && current) {
            var make = new Button(getTranslation("project.problem.toNeed"), e -> {
                try {
                    long needId = projects.problemToNeed(r.id(), index);
                    ProjectLabels.done(this, "project.problem.needCreated");
                    getUI().ifPresent(ui -> ui.navigate("my/needs/edit/" + needId));
                } catch (InvalidInputException invalid) {
                    ProjectLabels.refused(this, invalid);
                }
            });
            make.addThemeVariants(ButtonVariant.LUMO_SMALL);
            make.addClassName("jigai-problem-to-need");
            row.add(make);
        }
        return row;
    }

    private Component commentBox() {
        var text = new TextArea(getTranslation("project.comment"));
        text.setMaxLength(ProjectService.COMMENT_MAX);
        text.setWidthFull();
        text.setId("project-comment");
        var errors = new FormErrors(this).field("comment", text);
        var send = new Button(getTranslation("project.comment.add"), e -> {
            try {
                projects.comment(id, text.getValue());
                ProjectLabels.done(this, "project.comment.added");
                render();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        send.setId("project-comment-add");
        return new Div(text, send);
    }

    private Component timeline() {
        var list = new Div();
        list.setId("project-timeline");
        list.addClassName("jigai-timeline");
        for (TimelineEntry t : projects.timeline(id)) {
            var row = new Div();
            row.addClassName(t.comment() ? "jigai-timeline-comment" : "jigai-timeline-entry");
            var when = new Span(Formats.dateTime(t.at(), getLocale()) + (t.who() == null ? "" : " · " + t.who()));
            when.addClassName("jigai-muted");
            row.add(when, new Paragraph(getTranslation(t.key(), args(t.args()))));
            if (t.text() != null) {
                var text = new Paragraph(t.text());
                text.getStyle().set("white-space", "pre-line");
                row.add(text);
            }
            list.add(row);
        }
        return list;
    }

    /** The labels of the form's fields, for the timeline's edits. */
    static final java.util.Map<String, String> FIELD_LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("name", "project.name"), java.util.Map.entry("industry", "project.industry"),
            java.util.Map.entry("region", "project.region"), java.util.Map.entry("directions", "project.directions"),
            java.util.Map.entry("totalInvestmentWan", "project.total"),
            java.util.Map.entry("equipmentInvestmentWan", "project.equipment"),
            java.util.Map.entry("plannedStart", "project.plannedStart"),
            java.util.Map.entry("plannedCompletion", "project.plannedCompletion"),
            java.util.Map.entry("plannedProduction", "project.plannedProduction"),
            java.util.Map.entry("filingNumber", "project.filingNumber"),
            java.util.Map.entry("description", "project.description"), java.util.Map.entry("results", "project.results"),
            java.util.Map.entry("providerIds", "project.providers"));

    /** Codes and dates of a timeline line as the reader reads them. */
    private Object[] args(Object[] raw) {
        var out = new Object[raw.length];
        for (int i = 0; i < raw.length; i++) {
            Object a = raw[i];
            out[i] = a instanceof org.jigai.base.Labeled l ? getTranslation(l.labelKey())
                    : a instanceof LocalDate day ? ProjectLabels.date(day)
                    : a instanceof ProjectService.FieldList list ? list.fields().stream()
                            .map(f -> getTranslation(FIELD_LABELS.getOrDefault(f, "project.name")))
                            .collect(Collectors.joining(Labels.separator(this)))
                    : a == null ? "" : a;
        }
        return out;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
