package org.jigai.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Translations;
import org.jigai.project.Period;
import org.jigai.project.PeriodState;
import org.jigai.project.ProjectStage;
import org.jigai.project.ProjectSummary;
import org.jspecify.annotations.Nullable;

/** How the project library's codes, amounts and periods read for people; shared by its views. */
final class ProjectLabels {

    private ProjectLabels() {}

    static Badge stage(Component c, ProjectStage stage) {
        var badge = new Badge(c.getTranslation(stage.labelKey()));
        switch (stage) {
            case UNDER_CONSTRUCTION -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            case COMPLETED, IN_PRODUCTION -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case SUSPENDED -> badge.addThemeVariants(BadgeVariant.WARNING);
            default -> { }
        }
        return badge;
    }

    static @Nullable Badge overdue(Component c, ProjectSummary s) {
        if (!s.overdue()) {
            return null;
        }
        var badge = new Badge(c.getTranslation(s.veryLate() ? "project.veryLate" : "project.overdue"));
        badge.addThemeVariants(BadgeVariant.ERROR);
        return badge;
    }

    static Badge period(Component c, PeriodState state) {
        var badge = new Badge(c.getTranslation(state.labelKey()));
        switch (state) {
            case FILED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case OVERDUE, VERY_LATE -> badge.addThemeVariants(BadgeVariant.ERROR);
            case DUE -> badge.addThemeVariants(BadgeVariant.WARNING);
            default -> { }
        }
        return badge;
    }

    static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Translations.CHINESE : ui.getLocale();
    }

    static String wan(@Nullable BigDecimal amount) {
        return amount == null ? "" : Formats.wan(amount, amount, locale());
    }

    /** A large amount with its thousands grouped, as totals are read: 「10,215,350 万元」. */
    static String grouped(BigDecimal amount) {
        var format = java.text.NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return UI.getCurrent() == null ? wan(amount)
                : UI.getCurrent().getTranslation("project.amount", format.format(amount));
    }

    static String date(@Nullable LocalDate day) {
        return day == null ? "" : Formats.date(day, locale());
    }

    /** 「2026年10月 月报」, 「2026年第4季度 季报」, or the dates of a shortened period. */
    static String period(Component c, Period p) {
        boolean wholeMonth = p.start().getDayOfMonth() == 1 && p.end().equals(p.start().plusMonths(1).minusDays(1));
        boolean wholeQuarter = p.start().getDayOfMonth() == 1 && (p.start().getMonthValue() - 1) % 3 == 0
                && p.end().equals(p.start().plusMonths(3).minusDays(1));
        if (wholeMonth) {
            return c.getTranslation("project.period.month", p.start().getYear(), p.start().getMonthValue());
        }
        if (wholeQuarter) {
            return c.getTranslation("project.period.quarter", p.start().getYear(), (p.start().getMonthValue() + 2) / 3);
        }
        return c.getTranslation("project.period.range", date(p.start()), date(p.end()));
    }

    static void done(Component c, String key) {
        org.jigai.base.ui.Notices.done(c, key);
    }

    static void refused(Component c, InvalidInputException invalid) {
        org.jigai.base.ui.Notices.refused(c, invalid);
    }
}
