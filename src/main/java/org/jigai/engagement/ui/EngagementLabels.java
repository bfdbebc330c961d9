package org.jigai.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.math.BigDecimal;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.engagement.EngagementState;

/** How the collaboration's codes read for people, and how its actions report back; shared by its views. */
final class EngagementLabels {

    private EngagementLabels() {}

    static Badge state(Component c, EngagementState state) {
        var badge = new Badge(c.getTranslation(state.labelKey()));
        switch (state) {
            case INVITED, INTERESTED -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            case ACTIVE, SIGNED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case COMPLETED -> { }
            default -> badge.addThemeVariants(BadgeVariant.WARNING);
        }
        return badge;
    }

    static Badge milestone(Component c, org.jigai.engagement.MilestoneState state) {
        var badge = new Badge(c.getTranslation(state.labelKey()));
        switch (state) {
            case SUBMITTED -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            case APPROVED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case CHANGES_REQUESTED -> badge.addThemeVariants(BadgeVariant.WARNING);
            default -> { }
        }
        return badge;
    }

    static String wan(Component c, BigDecimal amount) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return Formats.wan(amount, amount, ui == null ? org.jigai.base.Translations.CHINESE : ui.getLocale());
    }

    /** Runs an action; says it was done, or shows the service's refusal; then runs {@code after} either way. */
    static boolean act(Component c, Runnable action, String doneKey, Runnable after) {
        try {
            action.run();
            Notification.show(c.getTranslation(doneKey), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (InvalidInputException invalid) {
            refused(c, invalid);
            return false;
        } finally {
            after.run();
        }
    }

    /** Upload texts in the UI's language (Vaadin's own are English). */
    static void translate(com.vaadin.flow.component.upload.Upload upload) {
        var i18n = new com.vaadin.flow.component.upload.UploadI18N();
        i18n.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                .setOne(upload.getTranslation("upload.add")).setMany(upload.getTranslation("upload.add")));
        i18n.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                .setOne(upload.getTranslation("upload.drop")).setMany(upload.getTranslation("upload.drop")));
        i18n.setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                .setFileIsTooBig(upload.getTranslation("file.error.tooLarge", org.jigai.base.FileStore.MAX_BYTES / 1024 / 1024))
                .setIncorrectFileType(upload.getTranslation("file.error.type"))
                .setTooManyFiles(upload.getTranslation("file.error.tooMany", 1)));
        upload.setI18n(i18n);
    }

    static void refused(Component c, InvalidInputException invalid) {
        var problem = invalid.problems().values().iterator().next();
        Notification.show(c.getTranslation(problem.key(), problem.args()), 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
