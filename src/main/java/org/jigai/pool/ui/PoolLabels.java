package org.jigai.pool.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Translations;
import org.jigai.pool.ApplicationState;
import org.jigai.pool.PoolYearView;
import org.jspecify.annotations.Nullable;

/** How the pool's states, years and dates read for people; shared by its views. */
final class PoolLabels {

    private PoolLabels() {}

    static Badge state(Component c, ApplicationState state) {
        var badge = new Badge(c.getTranslation(state.labelKey()));
        switch (state) {
            case SUBMITTED -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            case APPROVED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case RETURNED -> badge.addThemeVariants(BadgeVariant.WARNING);
            case REJECTED, REMOVED -> badge.addThemeVariants(BadgeVariant.ERROR);
            default -> { }
        }
        return badge;
    }

    /** 「2026年度资源池」 */
    static String year(Component c, int year) {
        return c.getTranslation("pool.yearTitle", year);
    }

    /** 「申请时间 2026年11月20日 至 2026年12月20日」 */
    static String window(Component c, PoolYearView y) {
        return c.getTranslation("pool.window", date(y.opensOn()), date(y.closesOn()));
    }

    /** The categories in the order of DOMAIN.md (the pool's own first), joined the reader's way. */
    static String categories(Component c, java.util.Collection<org.jigai.base.ServiceCategory> categories) {
        return categories.stream().sorted().map(x -> c.getTranslation(x.labelKey()))
                .collect(java.util.stream.Collectors.joining(org.jigai.base.ui.Labels.separator(c)));
    }

    static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Translations.CHINESE : ui.getLocale();
    }

    static String date(@Nullable LocalDate day) {
        return day == null ? "" : Formats.date(day, locale());
    }

    static String date(@Nullable Instant at) {
        return at == null ? "" : Formats.date(LocalDate.ofInstant(at, Formats.ZONE), locale());
    }

    static void done(Component c, String key) {
        org.jigai.base.ui.Notices.done(c, key);
    }

    static void refused(Component c, InvalidInputException invalid) {
        org.jigai.base.ui.Notices.refused(c, invalid);
    }
}
