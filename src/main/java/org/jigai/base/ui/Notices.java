package org.jigai.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.jigai.base.InvalidInputException;

/** The short success notice after an action, and a refusal without a field on the page, in the UI's language. */
public final class Notices {

    private Notices() {}

    public static void done(Component c, String key) {
        Notification.show(c.getTranslation(key), 3000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void refused(Component c, InvalidInputException invalid) {
        for (var problem : invalid.problems().values()) {
            Notification.show(c.getTranslation(problem.key(), problem.args()), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
