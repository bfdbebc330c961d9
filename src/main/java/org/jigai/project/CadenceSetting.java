package org.jigai.project;

import java.time.LocalDate;

/**
 * A report cadence in force from a day on: reports every month or quarter, due on {@code dueDay} (1–28) of the month
 * after the period ends.
 */
public record CadenceSetting(LocalDate effectiveFrom, Cadence cadence, int dueDay) {

    public static final int DEFAULT_DUE_DAY = 10;
    /** What applies where the bureau set nothing: monthly, due on the 10th. */
    public static final CadenceSetting DEFAULT = new CadenceSetting(LocalDate.of(2000, 1, 1), Cadence.MONTHLY,
            DEFAULT_DUE_DAY);
}
