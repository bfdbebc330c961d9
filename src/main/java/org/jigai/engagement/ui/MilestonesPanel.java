package org.jigai.engagement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import org.jigai.base.FileStore;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ui.BoundedUploadHandler;
import org.jigai.base.ui.Facts;
import org.jigai.base.ui.FormErrors;
import org.jigai.base.ui.ReasonDialog;
import org.jigai.engagement.EngagementDetails;
import org.jigai.engagement.EngagementService;
import org.jigai.engagement.MilestoneState;
import org.jigai.engagement.MilestoneView;
import org.jigai.engagement.Transition;

/**
 * The signed engagement's milestones: the provider submits each with its deliverable; the enterprise accepts it or asks
 * for changes. A submission left unanswered is accepted automatically on the date shown.
 */
class MilestonesPanel extends Section {

    MilestonesPanel(EngagementService engagements, EngagementDetails details, Runnable changed) {
        super(engagements, details, changed, "jigai-milestones");
        render();
    }

    @Override
    void render() {
        removeAll();
        if (details.summary().signedAt() == null) {
            return;
        }
        for (MilestoneView m : engagements.milestones(id)) {
            var card = new Div();
            card.addClassNames("jigai-card", "jigai-milestone");
            card.setId("milestone-" + m.position());
            card.add(new H3(m.position() + ". " + m.name()), EngagementLabels.milestone(this, m.state()));
            var facts = new Facts();
            facts.fact("proposal.milestone.deliverable", m.deliverable());
            facts.fact("proposal.milestone.due", Formats.date(m.dueDate(), getLocale()));
            facts.fact("proposal.milestone.share", m.sharePercent() + "%");
            facts.fact("milestone.submittedAt", Formats.dateTime(m.submittedAt(), getLocale()));
            facts.fact("milestone.deliveryNote", m.deliveryNote());
            facts.fact("milestone.changeRequest", m.state() == MilestoneState.CHANGES_REQUESTED ? m.changeRequest() : null);
            facts.fact("milestone.approvedAt", m.approvedAt() == null ? null : Formats.dateTime(m.approvedAt(), getLocale())
                    + (m.autoApproved() ? " · " + getTranslation("milestone.auto") : ""));
            card.add(facts);
            if (m.autoApproveAt() != null) {
                var timer = new Paragraph(getTranslation("milestone.autoApproveAt", Formats.dateTime(m.autoApproveAt(), getLocale())));
                timer.addClassName("jigai-muted");
                card.add(timer);
            }
            if (m.file() != null) {
                var link = new Anchor("files/engagements/" + id + "/" + m.file().id(), m.file().name());
                link.setRouterIgnore(true);
                link.getElement().setAttribute("download", true);
                card.add(link);
            }
            var bar = new HorizontalLayout();
            bar.setWrap(true);
            if (details.may(Transition.SUBMIT_MILESTONE) && MilestoneState.SUBMITTABLE.contains(m.state())) {
                var submit = new Button(getTranslation("milestone.submit"), e -> submitDialog(m));
                submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                submit.setId("milestone-submit-" + m.position());
                bar.add(submit);
            }
            if (details.may(Transition.APPROVE_MILESTONE) && m.state() == MilestoneState.SUBMITTED) {
                var approve = new Button(getTranslation("milestone.approve"), e -> EngagementLabels.act(this,
                        () -> engagements.approveMilestone(id, m.id()), "milestone.approved", changed));
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
                approve.setId("milestone-approve-" + m.position());
                bar.add(approve, new Button(getTranslation("milestone.requestChanges"), e -> ReasonDialog.ask(this,
                        "milestone.requestChanges", "milestone.changeRequest", EngagementService.NOTE_MAX,
                        text -> engagements.requestChanges(id, m.id(), text), "milestone.changesRequested", changed)));
            }
            card.add(bar);
            add(card);
        }
    }

    private void submitDialog(MilestoneView m) {
        var dialog = new Dialog(getTranslation("milestone.submitTitle", m.name()));
        dialog.setWidth("min(560px, 96vw)");
        var note = new TextArea(getTranslation("milestone.deliveryNote"));
        note.setWidthFull();
        note.setMaxLength(1000);
        note.setRequiredIndicatorVisible(true);
        note.setId("milestone-note");
        var errors = new FormErrors(this).field("note", note).field("file", note);
        String[] name = new String[1];
        byte[][] data = new byte[1][];
        var upload = new Upload(new BoundedUploadHandler(FileStore.MAX_BYTES, (metadata, bytes) -> {
            name[0] = metadata.fileName();
            data[0] = bytes;
        }, () -> Notification.show(getTranslation("file.error.tooLarge", FileStore.MAX_BYTES / 1024 / 1024), 6000,
                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) FileStore.MAX_BYTES);
        upload.setAcceptedFileTypes(FileStore.ACCEPTED_EXTENSIONS.toArray(String[]::new));
        EngagementLabels.translate(upload);
        upload.setUploadButton(new Button(getTranslation("milestone.attach")));
        var send = new Button(getTranslation("milestone.submit"), e -> {
            try {
                engagements.submitMilestone(id, m.id(), note.getValue(), name[0], data[0]);
                dialog.close();
                Notification.show(getTranslation("milestone.submitted"), 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                changed.run();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("milestone-send");
        dialog.add(note, upload);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }
}
