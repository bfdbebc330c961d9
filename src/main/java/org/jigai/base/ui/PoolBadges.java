package org.jigai.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import java.util.List;
import org.jigai.base.PoolMembership;

/** The provider-pool badge 「2026年度资源池成员 · 诊断咨询」, one per category the provider is a member of today. */
public final class PoolBadges {

    private PoolBadges() {}

    /** The badges of one organisation, or an empty list when it is not a member today. */
    public static List<Component> of(Component owner, PoolMembership pool, long organizationId) {
        return of(owner, pool.badges(organizationId, pool.today()));
    }

    public static List<Component> of(Component owner, List<PoolMembership.Badge> badges) {
        return badges.stream().<Component>map(b -> badge(owner, b)).toList();
    }

    public static Badge badge(Component owner, PoolMembership.Badge b) {
        var badge = new Badge(text(owner, b));
        badge.addThemeVariants(BadgeVariant.SUCCESS);
        badge.addClassName("jigai-pool-badge");
        return badge;
    }

    public static String text(Component owner, PoolMembership.Badge b) {
        return owner.getTranslation("pool.badge", b.year(), owner.getTranslation(b.category().labelKey()));
    }
}
