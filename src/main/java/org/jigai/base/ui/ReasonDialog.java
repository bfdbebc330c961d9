package org.jigai.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import org.jigai.base.InvalidInputException;

/** Asks for the reason of a decision (closing, hiding…), runs it, and shows the service's refusal next to the field. */
public final class ReasonDialog {

    private ReasonDialog() {}

    public static void ask(Component owner, String titleKey, String labelKey, int maxLength,
            SerializableConsumer<String> action, String doneKey, Runnable afterwards) {
        askTitled(owner, owner.getTranslation(titleKey), labelKey, maxLength, action, doneKey, afterwards);
    }

    /** The same with a title already written (one that names what the reason is for). */
    public static void askTitled(Component owner, String title, String labelKey, int maxLength,
            SerializableConsumer<String> action, String doneKey, Runnable afterwards) {
        var dialog = new Dialog(title);
        var reason = new TextArea(owner.getTranslation(labelKey));
        reason.setMaxLength(maxLength);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        var errors = new FormErrors(owner).field("reason", reason);
        var confirm = new Button(owner.getTranslation("action.confirm"), e -> {
            try {
                action.accept(reason.getValue());
                dialog.close();
                Notification.show(owner.getTranslation(doneKey), 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                afterwards.run();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.setWidth("min(480px, 95vw)");
        dialog.add(reason);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
