package org.jigai.base.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;

/**
 * Marks form fields as required. A checkbox group says so in its helper text instead of the required indicator:
 * the indicator puts {@code aria-required} on an element with the role "group", which ARIA does not allow (axe-core
 * reports it as a critical violation).
 */
public final class Required {

    private Required() {}

    public static void mark(HasValue<?, ?>... fields) {
        for (var field : fields) {
            if (field instanceof CheckboxGroup<?> group) {
                group.setRequiredIndicatorVisible(false);
                group.setHelperText(group.getTranslation("validation.atLeastOne"));
            } else {
                field.setRequiredIndicatorVisible(true);
            }
        }
    }
}
