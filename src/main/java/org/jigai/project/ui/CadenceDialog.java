package org.jigai.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.FormErrors;
import org.jigai.project.Cadence;
import org.jigai.project.CadenceSetting;
import org.jigai.project.ProjectService;
import org.jspecify.annotations.Nullable;

/** The bureau sets the report cadence and due day for the library or one project, for this year or the next. */
final class CadenceDialog {

    private CadenceDialog() {}

    static void open(Component owner, ProjectService projects, @Nullable Long projectId, int thisYear,
            Runnable after) {
        var dialog = ProjectsView.dialog(owner, projectId == null ? "project.cadence.library" : "project.cadence.own");
        CadenceSetting now = projects.cadenceFor(projectId, thisYear);
        var year = new Select<Integer>();
        year.setLabel(owner.getTranslation("project.cadence.year"));
        year.setItems(thisYear, thisYear + 1);
        year.setItemLabelGenerator(y -> owner.getTranslation("project.yearLabel", y));
        year.setValue(thisYear);
        var cadence = new RadioButtonGroup<Cadence>();
        cadence.setLabel(owner.getTranslation("project.cadence"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(c -> owner.getTranslation(c.labelKey()));
        cadence.setValue(now.cadence());
        var dueDay = new IntegerField(owner.getTranslation("project.cadence.dueDay"));
        dueDay.setMin(1);
        dueDay.setMax(28);
        dueDay.setStepButtonsVisible(true);
        dueDay.setValue(now.dueDay());
        dueDay.setHelperText(owner.getTranslation("project.cadence.dueDayHelp"));
        // each year's choice starts from what is already set for it
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                var set = projects.cadenceFor(projectId, e.getValue());
                cadence.setValue(set.cadence());
                dueDay.setValue(set.dueDay());
            }
        });
        var note = new Paragraph(owner.getTranslation("project.cadence.help"));
        note.addClassName("jigai-muted");
        var errors = new FormErrors(owner).field("cadence", cadence).field("dueDay", dueDay).field("year", year);
        var save = new Button(owner.getTranslation("action.save"), e -> {
            try {
                var set = projects.setCadence(projectId, year.getValue(), cadence.getValue(),
                        dueDay.getValue() == null ? 0 : dueDay.getValue());
                dialog.close();
                com.vaadin.flow.component.notification.Notification.show(owner.getTranslation("project.cadence.saved",
                        owner.getTranslation(set.cadence().labelKey()), set.dueDay(),
                        ProjectLabels.date(set.effectiveFrom())), 5000,
                        com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
                after.run();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("cadence-save");
        dialog.add(note, year, cadence, dueDay);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
