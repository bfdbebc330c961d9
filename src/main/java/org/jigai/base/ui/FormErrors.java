package org.jigai.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jigai.base.InvalidInputException;

/**
 * Shows a service's {@link InvalidInputException} next to the fields it names, in the UI's language; a problem
 * without a field on the form becomes a notification. What the person typed stays in the fields.
 */
public final class FormErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors(Component owner) {
        this.owner = owner;
    }

    public FormErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public void show(InvalidInputException e) {
        clear();
        boolean focused = false;
        for (var problem : e.problems().entrySet()) {
            String message = owner.getTranslation(problem.getValue().key(), problem.getValue().args());
            HasValidation field = fields.get(problem.getKey());
            if (field == null) {
                var n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                continue;
            }
            field.setErrorMessage(message);
            field.setInvalid(true);
            if (!focused && field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
                focused = true;
            }
        }
    }
}
