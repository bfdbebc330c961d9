package org.jigai.project;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The periods a project owes reports for, and when each falls due. Pure: everything it needs is passed in, so the
 * month and year ends, leap years and the day boundary of Asia/Shanghai are tested without a database.
 * <p>
 * Periods run from the one that contains the project's registration day through the one that contains its start of
 * production (or today, while it is not in production). The cadence in force on a period's first day decides its
 * length and due day; the project's own settings win over the library-wide ones. When the setting changes inside a
 * period, that period ends the day before, so no day is reported twice. A report is due on the due day of the month
 * after its period ends; it is overdue the day after, and very late {@value #VERY_LATE_DAYS} days after.
 */
public final class ReportCalendar {

    public static final int VERY_LATE_DAYS = 14;
    public static final int REMIND_BEFORE_DAYS = 3;
    public static final int REMIND_EVERY_DAYS = 7;

    private final List<CadenceSetting> library;
    private final List<CadenceSetting> own;

    /** The library-wide settings and the project's own, in any order. */
    public ReportCalendar(List<CadenceSetting> library, List<CadenceSetting> own) {
        this.library = library.stream().sorted(Comparator.comparing(CadenceSetting::effectiveFrom)).toList();
        this.own = own.stream().sorted(Comparator.comparing(CadenceSetting::effectiveFrom)).toList();
    }

    /** The setting in force on {@code day}. */
    public CadenceSetting inForce(LocalDate day) {
        CadenceSetting found = latest(own, day);
        if (found == null) {
            found = latest(library, day);
        }
        return found == null ? CadenceSetting.DEFAULT : found;
    }

    private static @Nullable CadenceSetting latest(List<CadenceSetting> settings, LocalDate day) {
        CadenceSetting found = null;
        for (CadenceSetting s : settings) {
            if (!s.effectiveFrom().isAfter(day)) {
                found = s;
            }
        }
        return found;
    }

    /** The period that contains {@code day}. */
    public Period periodOf(LocalDate day) {
        CadenceSetting s = inForce(day);
        LocalDate start = s.cadence().periodStart(day);
        // a change of setting inside the natural period starts a period of its own
        for (var change : changes()) {
            if (change.isAfter(start) && !change.isAfter(day) && !inForce(change).equals(inForce(change.minusDays(1)))) {
                start = change;
            }
        }
        return periodFrom(start);
    }

    private Period periodFrom(LocalDate start) {
        CadenceSetting s = inForce(start);
        LocalDate end = s.cadence().periodEnd(start);
        for (var change : changes()) {
            if (change.isAfter(start) && !change.isAfter(end) && !inForce(change).equals(s)) {
                end = change.minusDays(1);
                break;
            }
        }
        return new Period(start, end, dueOf(end, s.dueDay()), s.cadence());
    }

    private List<LocalDate> changes() {
        var all = new ArrayList<LocalDate>();
        library.forEach(s -> all.add(s.effectiveFrom()));
        own.forEach(s -> all.add(s.effectiveFrom()));
        all.sort(Comparator.naturalOrder());
        return all;
    }

    static LocalDate dueOf(LocalDate periodEnd, int dueDay) {
        LocalDate nextMonth = periodEnd.plusMonths(1);
        return nextMonth.withDayOfMonth(Math.min(dueDay, nextMonth.lengthOfMonth()));
    }

    /**
     * The periods owed from the registration day on, up to the one containing {@code today} (the current one is
     * included: it can be reported on before it ends) or, once in production, the one containing that day.
     */
    public List<Period> periods(LocalDate registered, @Nullable LocalDate production, LocalDate today) {
        LocalDate last = production != null && production.isBefore(today) ? production : today;
        var periods = new ArrayList<Period>();
        if (last.isBefore(registered)) {
            return periods;
        }
        Period p = periodOf(registered);
        while (!p.start().isAfter(last)) {
            periods.add(p);
            p = periodFrom(p.end().plusDays(1));
        }
        return periods;
    }

    /** Whether a report due on {@code due} and still missing is overdue on {@code today}. */
    public static boolean overdue(LocalDate due, LocalDate today) {
        return today.isAfter(due);
    }

    public static boolean veryLate(LocalDate due, LocalDate today) {
        return !today.isBefore(due.plusDays(VERY_LATE_DAYS));
    }

    /**
     * The reminder a missing report calls for on {@code today}, as days from its due date: −3 (before it), 0 (on it),
     * then 7, 14, 21 … (weekly after it); null before the first. Only the latest one reached counts, so a reminder
     * run that was missed for a while sends one notice, not a backlog.
     */
    public static @Nullable Integer reminderOffset(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(due, today);
        if (days < -REMIND_BEFORE_DAYS) {
            return null;
        }
        if (days < 0) {
            return -REMIND_BEFORE_DAYS;
        }
        return (int) (days / REMIND_EVERY_DAYS * REMIND_EVERY_DAYS);
    }
}
