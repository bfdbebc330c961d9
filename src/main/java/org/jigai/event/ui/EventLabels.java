package org.jigai.event.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Translations;
import org.jigai.event.EventState;
import org.jigai.event.RegistrationState;
import org.jigai.event.Views;
import org.jspecify.annotations.Nullable;

/** How the events' states, dates and times read for people; shared by its views. */
final class EventLabels {

    private EventLabels() {}

    static Badge state(Component c, EventState state) {
        var badge = new Badge(c.getTranslation(state.labelKey()));
        switch (state) {
            case OPEN -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case SCHEDULED -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            case CANCELLED -> badge.addThemeVariants(BadgeVariant.ERROR);
            default -> { }
        }
        return badge;
    }

    static Badge state(Component c, RegistrationState state) {
        var badge = new Badge(c.getTranslation(state.labelKey()));
        switch (state) {
            case CONFIRMED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case DECLINED -> badge.addThemeVariants(BadgeVariant.ERROR);
            case PENDING -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            default -> { }
        }
        return badge;
    }

    /** 「2026年12月18日 · 线下 · 青岛国际会议中心」 */
    static String when(Component c, LocalDate date, org.jigai.event.EventFormat format, @Nullable String place) {
        return date(date) + " · " + c.getTranslation(format.labelKey()) + (place == null ? "" : " · " + place);
    }

    static String time(LocalTime t) {
        return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    /** 「09:00–09:20」 */
    static String slot(Views.EventDetails e, int slot) {
        var start = e.slots().get(slot);
        return time(start) + "–" + time(start.plusMinutes(e.slotMinutes()));
    }

    static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Translations.CHINESE : ui.getLocale();
    }

    static String date(@Nullable LocalDate day) {
        return day == null ? "" : Formats.date(day, locale());
    }

    static void done(Component c, String key) {
        org.jigai.base.ui.Notices.done(c, key);
    }

    static void refused(Component c, InvalidInputException invalid) {
        org.jigai.base.ui.Notices.refused(c, invalid);
    }
}
