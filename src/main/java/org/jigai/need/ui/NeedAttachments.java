package org.jigai.need.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.jigai.base.ui.BoundedUploadHandler;
import org.jigai.base.FileStore;
import org.jigai.base.InvalidInputException;
import org.jigai.need.AttachmentInfo;
import org.jigai.need.NeedAttachmentService;

/** The attachments of one need: download links for its readers; upload and remove for its enterprise. */
class NeedAttachments extends Div {

    private final NeedAttachmentService attachments;
    private final long needId;
    private final boolean editable;
    private final Div list = new Div();

    NeedAttachments(NeedAttachmentService attachments, long needId, boolean editable) {
        this.attachments = attachments;
        this.needId = needId;
        this.editable = editable;
        addClassName("jigai-attachments");
        add(new H3(getTranslation("need.attachments")), list);
        if (editable) {
            add(upload());
        }
        refresh();
    }

    private Upload upload() {
        var upload = new Upload(new BoundedUploadHandler(FileStore.MAX_BYTES, (metadata, data) -> {
            UI ui = UI.getCurrent();
            try {
                var added = attachments.attach(needId, metadata.fileName(), data);
                Notification.show(getTranslation("need.attachments.added", added.fileName()), 3000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                var problem = invalid.problems().values().iterator().next();
                Notification.show(getTranslation(problem.key(), problem.args()), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            if (ui != null) {
                refresh();
            }
        }, () -> Notification.show(getTranslation("file.error.tooLarge", FileStore.MAX_BYTES / 1024 / 1024), 6000,
                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR)));
        upload.setMaxFileSize((int) FileStore.MAX_BYTES);
        upload.setAcceptedFileTypes(FileStore.ACCEPTED_EXTENSIONS.toArray(String[]::new));
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add")).setMany(getTranslation("upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop")).setMany(getTranslation("upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("file.error.tooLarge", FileStore.MAX_BYTES / 1024 / 1024))
                .setIncorrectFileType(getTranslation("file.error.type"))
                .setTooManyFiles(getTranslation("file.error.tooMany", NeedAttachmentService.MAX_PER_NEED)));
        upload.setI18n(i18n);
        var help = new Paragraph(getTranslation("need.attachments.help"));
        help.addClassName("jigai-muted");
        add(help);
        return upload;
    }

    private void refresh() {
        list.removeAll();
        var files = attachments.list(needId);
        if (files.isEmpty()) {
            list.add(new Paragraph(getTranslation("need.attachments.none")));
            return;
        }
        for (AttachmentInfo file : files) {
            var link = new Anchor("files/needs/" + needId + "/" + file.id(), file.fileName());
            link.setRouterIgnore(true);
            link.getElement().setAttribute("download", true);
            var row = new HorizontalLayout(link, new Span(size(file.size())));
            row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
            if (editable) {
                var remove = new Button(getTranslation("action.remove"), e -> {
                    attachments.remove(needId, file.id());
                    Notification.show(getTranslation("need.attachments.removed"), 3000, Notification.Position.TOP_CENTER);
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                row.add(remove);
            }
            list.add(row);
        }
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB" : String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
