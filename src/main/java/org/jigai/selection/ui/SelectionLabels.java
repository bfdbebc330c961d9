package org.jigai.selection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jigai.base.Formats;
import org.jigai.selection.CaseFigure;
import org.jigai.selection.NominationState;
import org.jigai.selection.SelectionViews.CallView;
import org.jspecify.annotations.Nullable;

/** How the selection's pages write dates, scores, states and figures. */
final class SelectionLabels {

    private SelectionLabels() {}

    static String date(Component c, @Nullable LocalDate d) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return Formats.date(d, ui == null ? org.jigai.base.Translations.CHINESE : ui.getLocale());
    }

    static String score(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String number(@Nullable BigDecimal value) {
        return value == null ? "" : Formats.plain(value);
    }

    static String windows(Component c, CallView call) {
        return c.getTranslation("selection.call.windows", date(c, call.nominationOpens()),
                date(c, call.nominationCloses()), date(c, call.reviewCloses()));
    }

    static Badge state(Component c, NominationState s) {
        var badge = new Badge(c.getTranslation(s.labelKey()));
        switch (s) {
            case PASSED, SELECTED, PUBLISHED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case RETURNED, NOT_SELECTED -> badge.addThemeVariants(BadgeVariant.WARNING);
            case WITHDRAWN -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            default -> { }
        }
        return badge;
    }

    /** 「综合能耗：2.4 → 1.9 万吨标准煤（−20.8%）」 */
    static String figure(Component c, CaseFigure f) {
        var change = f.changePercent();
        String text = c.getTranslation("selection.figure.line", f.label(), number(f.before()), number(f.after()),
                f.unit());
        return change == null ? text : text + " " + c.getTranslation("selection.figure.change",
                (change.signum() > 0 ? "+" : "") + Formats.plain(change));
    }
}
