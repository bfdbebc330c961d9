package org.jigai.project;

import java.time.LocalDate;
import org.jigai.base.Labeled;

/** How often a project reports: monthly (月报, the default) or quarterly (季报). */
public enum Cadence implements Labeled {
    MONTHLY, QUARTERLY;

    /** The first day of this cadence's period that contains {@code day}. */
    LocalDate periodStart(LocalDate day) {
        return this == MONTHLY ? day.withDayOfMonth(1)
                : LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    /** The last day of this cadence's period that contains {@code day}. */
    LocalDate periodEnd(LocalDate day) {
        return periodStart(day).plusMonths(this == MONTHLY ? 1 : 3).minusDays(1);
    }

    /** The first day after {@code day} on which a period of this cadence begins. */
    LocalDate nextPeriodStart(LocalDate day) {
        return periodEnd(day).plusDays(1);
    }

    @Override
    public String labelKey() {
        return "project.cadence." + name();
    }
}
