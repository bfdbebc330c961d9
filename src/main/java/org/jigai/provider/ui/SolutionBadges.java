package org.jigai.provider.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import org.jigai.provider.SolutionStatus;

/** A solution's status as a badge. */
final class SolutionBadges {

    private SolutionBadges() {}

    static Badge of(Component c, SolutionStatus s) {
        var badge = new Badge(c.getTranslation(s.labelKey()));
        badge.addThemeVariants(switch (s) {
            case PUBLISHED -> BadgeVariant.SUCCESS;
            case DRAFT -> BadgeVariant.CONTRAST;
            case ARCHIVED -> BadgeVariant.WARNING;
        });
        return badge;
    }
}
