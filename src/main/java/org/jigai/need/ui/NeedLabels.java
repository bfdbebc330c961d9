package org.jigai.need.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import org.jigai.need.NeedStatus;
import org.jigai.need.NeedSummary;

/** How needs' codes read for people, shared by the need views. */
final class NeedLabels {

    private NeedLabels() {}

    static Badge status(Component c, NeedStatus status, boolean hidden) {
        var badge = new Badge(c.getTranslation(status.labelKey())
                + (hidden ? " · " + c.getTranslation("need.hidden") : ""));
        switch (status) {
            case PUBLISHED, IN_NEGOTIATION -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case DRAFT -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            case EXPIRED, CLOSED -> badge.addThemeVariants(BadgeVariant.WARNING);
            default -> { }
        }
        if (hidden) {
            badge.addThemeVariants(BadgeVariant.ERROR);
        }
        return badge;
    }

    static Badge status(Component c, NeedSummary n) {
        return status(c, n.status(), n.hidden());
    }
}
