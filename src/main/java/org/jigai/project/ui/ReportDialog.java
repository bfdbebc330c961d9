package org.jigai.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;
import org.jigai.project.PeriodView;
import org.jigai.project.Problem;
import org.jigai.project.ProblemKind;
import org.jigai.project.ProjectService;
import org.jigai.project.ReportForm;
import org.jigai.project.ReportView;
import org.jspecify.annotations.Nullable;

/**
 * The progress report of one period in a dialog: percent complete, investment made to date, milestones reached and
 * problems needing help. Saved as a draft or filed; a period already filed takes a correction (the next version, with
 * a note). Refused input is marked at its field and nothing typed is lost.
 */
class ReportDialog extends Dialog {

    private final transient ProjectService projects;
    private final long projectId;
    private final PeriodView period;
    private final Runnable done;
    private final IntegerField percent = new IntegerField();
    private final BigDecimalField invested = new BigDecimalField();
    private final TextArea milestones = new TextArea();
    private final TextField note = new TextField();
    private final Div problemRows = new Div();
    private final List<ProblemRow> problems = new ArrayList<>();
    private final FormErrors errors = new FormErrors(this);

    private final class ProblemRow extends HorizontalLayout {
        final Select<ProblemKind> kind = new Select<>();
        final TextField text = new TextField();

        ProblemRow(@Nullable Problem p) {
            kind.setItems(ProblemKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
            kind.setAriaLabel(getTranslation("project.problem.kind"));
            kind.setWidth("8em");
            text.setAriaLabel(getTranslation("project.problem.description"));
            text.setPlaceholder(getTranslation("project.problem.description"));
            text.setMaxLength(Problem.DESCRIPTION_MAX);
            text.setWidth("min(22em, 70vw)");
            if (p != null) {
                kind.setValue(p.kind());
                text.setValue(p.description());
            }
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                problems.remove(this);
                problemRows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("action.remove"));
            setWrap(true);
            setAlignItems(Alignment.BASELINE);
            add(kind, text, remove);
        }
    }

    /**
     * {@code previous} is the latest figure of an earlier period: a new report starts from it.
     */
    ReportDialog(Component owner, ProjectService projects, long projectId, PeriodView period,
            @Nullable ReportView previous, Runnable done) {
        this.projects = projects;
        this.projectId = projectId;
        this.period = period;
        this.done = done;
        boolean correction = !period.versions().isEmpty();
        setHeaderTitle(getTranslation(correction ? "project.report.correct" : "project.report.file",
                ProjectLabels.period(owner, period.period())));
        setWidth("min(640px, 96vw)");
        // what was typed is not lost to a stray Esc or click outside: only the buttons close it
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        percent.setLabel(getTranslation("project.percent"));
        percent.setMin(0);
        percent.setMax(100);
        percent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        percent.setId("report-percent");
        invested.setLabel(getTranslation("project.report.invested"));
        invested.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("need.wan")));
        invested.setHelperText(getTranslation("project.report.investedHelp"));
        invested.setId("report-invested");
        milestones.setLabel(getTranslation("project.report.milestones"));
        milestones.setMaxLength(ReportForm.MILESTONES_MAX);
        milestones.setWidthFull();
        milestones.setId("report-milestones");
        note.setLabel(getTranslation("project.report.correctionNote"));
        note.setMaxLength(ReportForm.NOTE_MAX);
        note.setWidthFull();
        note.setVisible(correction);
        note.setRequiredIndicatorVisible(correction);
        percent.setRequiredIndicatorVisible(true);
        invested.setRequiredIndicatorVisible(true);
        errors.field("percentComplete", percent).field("investedWan", invested).field("milestones", milestones)
                .field("correctionNote", note);
        ReportView start = period.draft() != null ? period.draft() : period.latest();
        if (start != null) {
            percent.setValue(start.percentComplete());
            invested.setValue(Formats.asEntered(start.investedWan()));
            milestones.setValue(start.milestones() == null ? "" : start.milestones());
            start.problems().forEach(this::addProblem);
            if (period.draft() != null && period.draft().correctionNote() != null) {
                note.setValue(period.draft().correctionNote());
            }
        } else if (previous != null) {
            percent.setValue(previous.percentComplete());
            invested.setValue(Formats.asEntered(previous.investedWan()));
        }
        var problemsHelp = new Paragraph(getTranslation("project.report.problemsHelp"));
        problemsHelp.addClassName("jigai-muted");
        var addProblem = new Button(getTranslation("project.report.addProblem"), VaadinIcon.PLUS.create(), e -> {
            if (problems.size() < Problem.MAX) {
                addProblem(null);
            }
        });
        addProblem.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addProblem.setId("report-add-problem");
        var figures = new HorizontalLayout(percent, invested);
        figures.setWrap(true);
        add(figures, milestones, new com.vaadin.flow.component.html.H4(getTranslation("project.report.problems")),
                problemsHelp, problemRows, addProblem, note);

        var draft = new Button(getTranslation("project.report.saveDraft"), e -> save(false));
        draft.setId("report-draft");
        var file = new Button(getTranslation("project.report.submit"), e -> save(true));
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.setId("report-submit");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), draft, file);
    }

    private void addProblem(@Nullable Problem p) {
        var row = new ProblemRow(p);
        problems.add(row);
        problemRows.add(row);
    }

    private void save(boolean file) {
        errors.clear();
        var list = problems.stream().filter(r -> r.kind.getValue() != null || !r.text.isEmpty())
                .map(r -> new Problem(r.kind.getValue(), r.text.getValue(), null)).toList();
        var form = new ReportForm(percent.getValue(), invested.getValue(), milestones.getValue(), list,
                note.getValue());
        try {
            projects.saveReport(projectId, period.period().start(), form, file);
            ProjectLabels.done(this, !file ? "project.report.drafted"
                    : period.versions().isEmpty() ? "project.report.filed" : "project.report.corrected");
            close();
            done.run();
        } catch (InvalidInputException invalid) {
            if (invalid.problems().containsKey("problems")) {
                var problem = invalid.problems().get("problems");
                problems.stream().filter(r -> r.kind.isEmpty() || r.text.isEmpty()).forEach(r -> {
                    var field = r.kind.isEmpty() ? (com.vaadin.flow.component.HasValidation) r.kind : r.text;
                    field.setErrorMessage(getTranslation(problem.key(), problem.args()));
                    field.setInvalid(true);
                });
            }
            errors.show(invalid);
        }
    }
}
