package org.jigai.project;

import java.math.BigDecimal;

/**
 * The figures over the projects a filter selects, and this year's counts against the plan's targets: key projects
 * (≥ 1000万元) tracked this year — registered and not yet in production before 1 January — against 500, and key
 * projects completed (竣工) this year against 100.
 */
public record LibraryTotals(long projects, BigDecimal plannedWan, BigDecimal investedWan, long overdue, long veryLate,
        int year, long trackedKey, long completedKey) {

    public static final int TRACKED_TARGET = 500;
    public static final int COMPLETED_TARGET = 100;
}
