package org.jigai.engagement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import org.jigai.base.FileStore;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.BoundedUploadHandler;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.Pickers;
import org.jigai.engagement.EngagementService;
import org.jigai.engagement.PlannedMilestone;
import org.jigai.engagement.ProposalForm;
import org.jigai.engagement.ProposalView;

/**
 * The provider's proposal form in a dialog: approach, scope, price in 万元, duration, milestones (name, deliverable,
 * due date, share of the price) and one attachment. A revision starts from the latest version and becomes the next
 * one; refused input is marked at its field and nothing typed is lost.
 */
class ProposalEditor extends Dialog {

    private final transient EngagementService engagements;
    private final long id;
    private final Runnable done;
    private final TextArea approach = new TextArea();
    private final TextArea scope = new TextArea();
    private final BigDecimalField price = new BigDecimalField();
    private final IntegerField duration = new IntegerField();
    private final Div rows = new Div();
    private final List<Row> milestones = new ArrayList<>();
    private final FormErrors errors = new FormErrors(this);
    private String fileName;
    private byte[] file;

    private final class Row extends Div {
        final TextField name = new TextField(getTranslation("proposal.milestone.name"));
        final TextField deliverable = new TextField(getTranslation("proposal.milestone.deliverable"));
        final DatePicker due = Pickers.date(getTranslation("proposal.milestone.due"), getLocale());
        final IntegerField share = new IntegerField(getTranslation("proposal.milestone.share"));

        Row(PlannedMilestone m) {
            addClassName("jigai-milestone-row");
            name.setMaxLength(60);
            deliverable.setMaxLength(200);
            share.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
            share.setMin(0);
            share.setMax(100);
            if (m != null) {
                name.setValue(m.name());
                deliverable.setValue(m.deliverable());
                due.setValue(m.dueDate());
                share.setValue(m.sharePercent());
            }
            var remove = new Button(getTranslation("action.remove"), e -> {
                milestones.remove(this);
                rows.remove(this);
                register();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(name, deliverable, due, share, remove);
        }

        PlannedMilestone value() {
            return new PlannedMilestone(name.getValue(), deliverable.getValue(), due.getValue(),
                    share.getValue() == null ? -1 : share.getValue());
        }
    }

    ProposalEditor(EngagementService engagements, long id, ProposalView latest, Runnable done) {
        this.engagements = engagements;
        this.id = id;
        this.done = done;
        setHeaderTitle(getTranslation(latest == null ? "proposal.new" : "proposal.revise", latest == null ? 1 : latest.number() + 1));
        setWidth("min(860px, 98vw)");
        approach.setLabel(getTranslation("proposal.approach"));
        scope.setLabel(getTranslation("proposal.scope"));
        price.setLabel(getTranslation("proposal.price"));
        duration.setLabel(getTranslation("proposal.duration"));
        approach.setMaxLength(EngagementService.TEXT_MAX);
        scope.setMaxLength(EngagementService.TEXT_MAX);
        approach.setWidthFull();
        scope.setWidthFull();
        approach.setRequiredIndicatorVisible(true);
        scope.setRequiredIndicatorVisible(true);
        price.setRequiredIndicatorVisible(true);
        duration.setRequiredIndicatorVisible(true);
        price.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("unit.wan")));
        duration.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("unit.days")));
        approach.setId("proposal-approach");
        scope.setId("proposal-scope");
        price.setId("proposal-price");
        duration.setId("proposal-duration");
        if (latest != null) {
            approach.setValue(latest.approach());
            scope.setValue(latest.scope());
            price.setValue(latest.priceWan());
            duration.setValue(latest.durationDays());
            latest.milestones().forEach(this::addRow);
        } else {
            addRow(null);
        }
        var add = new Button(getTranslation("proposal.milestone.add"), e -> addRow(null));
        add.setId("proposal-add-milestone");
        var numbers = new Div(price, duration);
        numbers.addClassName("jigai-form-row");
        var help = new Paragraph(getTranslation("proposal.milestone.help"));
        help.addClassName("jigai-muted");
        add(approach, scope, numbers, new H3(getTranslation("proposal.milestones")), help, rows, add, upload());
        errors.field("approach", approach).field("scope", scope).field("priceWan", price).field("durationDays", duration);
        register();
        var submit = new Button(getTranslation("proposal.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("proposal-submit");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), submit);
    }

    private void addRow(PlannedMilestone m) {
        var row = new Row(m);
        milestones.add(row);
        rows.add(row);
        register();
    }

    /** Field names as the service reports them: milestones[0].name … */
    private void register() {
        for (int i = 0; i < milestones.size(); i++) {
            Row r = milestones.get(i);
            String at = "milestones[" + i + "]";
            errors.field(at + ".name", r.name).field(at + ".deliverable", r.deliverable).field(at + ".dueDate", r.due)
                    .field(at + ".sharePercent", r.share);
        }
    }

    private Upload upload() {
        var upload = new Upload(new BoundedUploadHandler(FileStore.MAX_BYTES, (metadata, data) -> {
            fileName = metadata.fileName();
            file = data;
        }, () -> Notification.show(getTranslation("file.error.tooLarge", FileStore.MAX_BYTES / 1024 / 1024), 6000,
                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) FileStore.MAX_BYTES);
        upload.setAcceptedFileTypes(FileStore.ACCEPTED_EXTENSIONS.toArray(String[]::new));
        EngagementLabels.translate(upload);
        upload.setUploadButton(new Button(getTranslation("proposal.attach")));
        return upload;
    }

    private void submit() {
        var form = new ProposalForm(approach.getValue(), scope.getValue(), price.getValue(),
                duration.getValue() == null ? 0 : duration.getValue(), milestones.stream().map(Row::value).toList());
        try {
            engagements.submitProposal(id, form, fileName, file);
            close();
            Notification.show(getTranslation("proposal.submitted"), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.run();
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
        }
    }
}
