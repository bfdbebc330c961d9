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

    /** 「匿名企业 · 食品 · 平度市」: what providers see of the enterprise behind an anonymous need. */
    static String anonymousOwner(Component c, org.jigai.base.@org.jspecify.annotations.Nullable Industry industry,
            @org.jspecify.annotations.Nullable String region) {
        return c.getTranslation("need.anonymousOwner", industry == null ? "" : c.getTranslation(industry.labelKey()),
                org.jigai.base.ui.Labels.region(c, region));
    }

    static String owner(Component c, NeedSummary n) {
        return n.ownerShown() ? n.organizationName() : anonymousOwner(c, n.industry(), n.region());
    }

    static Badge status(Component c, NeedSummary n) {
        return status(c, n.status(), n.hidden());
    }
}
