package org.jigai.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jigai.base.Formats;
import org.junit.jupiter.api.Test;

/** The report calendar on fixed days: month and year ends, leap years, cadence changes, the Shanghai day boundary. */
class ReportCalendarTest {

    static final ReportCalendar DEFAULT = new ReportCalendar(List.of(), List.of());

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void monthly_by_default_due_on_the_tenth_of_the_next_month() {
        var periods = DEFAULT.periods(d("2026-01-15"), null, d("2026-04-11"));
        assertThat(periods).extracting(Period::start)
                .containsExactly(d("2026-01-01"), d("2026-02-01"), d("2026-03-01"), d("2026-04-01"));
        assertThat(periods).extracting(Period::end)
                .containsExactly(d("2026-01-31"), d("2026-02-28"), d("2026-03-31"), d("2026-04-30"));
        assertThat(periods).extracting(Period::due)
                .containsExactly(d("2026-02-10"), d("2026-03-10"), d("2026-04-10"), d("2026-05-10"));
    }

    @Test
    void across_the_year_end() {
        var periods = DEFAULT.periods(d("2026-11-20"), null, d("2027-01-11"));
        assertThat(periods).extracting(Period::start)
                .containsExactly(d("2026-11-01"), d("2026-12-01"), d("2027-01-01"));
        Period december = periods.get(1);
        assertThat(december.end()).isEqualTo(d("2026-12-31"));
        assertThat(december.due()).isEqualTo(d("2027-01-10"));
        assertThat(ReportCalendar.overdue(december.due(), d("2027-01-10"))).as("due today is not overdue").isFalse();
        assertThat(ReportCalendar.overdue(december.due(), d("2027-01-11"))).isTrue();
        assertThat(ReportCalendar.veryLate(december.due(), d("2027-01-23"))).isFalse();
        assertThat(ReportCalendar.veryLate(december.due(), d("2027-01-24"))).as("14 days after due").isTrue();
    }

    @Test
    void leap_years_end_february_on_the_29th_and_due_days_stay_in_their_month() {
        var leap = DEFAULT.periodOf(d("2028-02-29"));
        assertThat(leap.start()).isEqualTo(d("2028-02-01"));
        assertThat(leap.end()).isEqualTo(d("2028-02-29"));
        assertThat(leap.due()).isEqualTo(d("2028-03-10"));
        assertThat(DEFAULT.periodOf(d("2027-02-14")).end()).isEqualTo(d("2027-02-28"));
        // a January period due on the 28th falls due on 28 February in any year
        var late = new ReportCalendar(List.of(new CadenceSetting(d("2020-01-01"), Cadence.MONTHLY, 28)), List.of());
        assertThat(late.periodOf(d("2028-01-31")).due()).isEqualTo(d("2028-02-28"));
        assertThat(late.periodOf(d("2027-01-31")).due()).isEqualTo(d("2027-02-28"));
        assertThat(ReportCalendar.dueOf(d("2028-01-31"), 28)).isEqualTo(d("2028-02-28"));
    }

    @Test
    void quarterly_periods_and_their_due_days() {
        var quarterly = new ReportCalendar(List.of(new CadenceSetting(d("2027-01-01"), Cadence.QUARTERLY, 15)),
                List.of());
        var periods = quarterly.periods(d("2026-11-03"), null, d("2027-07-01"));
        assertThat(periods).extracting(Period::start)
                .containsExactly(d("2026-11-01"), d("2026-12-01"), d("2027-01-01"), d("2027-04-01"), d("2027-07-01"));
        assertThat(periods.get(2)).isEqualTo(new Period(d("2027-01-01"), d("2027-03-31"), d("2027-04-15"),
                Cadence.QUARTERLY));
        assertThat(periods.get(4).end()).isEqualTo(d("2027-09-30"));
        assertThat(periods.get(4).due()).isEqualTo(d("2027-10-15"));
    }

    @Test
    void a_change_inside_a_period_ends_it_the_day_before_so_no_day_is_reported_twice() {
        var library = List.of(new CadenceSetting(d("2026-01-01"), Cadence.QUARTERLY, 10),
                new CadenceSetting(d("2026-11-01"), Cadence.MONTHLY, 5));
        var calendar = new ReportCalendar(library, List.of());
        var periods = calendar.periods(d("2026-07-10"), null, d("2026-12-02"));
        assertThat(periods).extracting(Period::start, Period::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(d("2026-07-01"), d("2026-09-30")),
                org.assertj.core.groups.Tuple.tuple(d("2026-10-01"), d("2026-10-31")),
                org.assertj.core.groups.Tuple.tuple(d("2026-11-01"), d("2026-11-30")),
                org.assertj.core.groups.Tuple.tuple(d("2026-12-01"), d("2026-12-31")));
        assertThat(periods.get(1).due()).as("the shortened quarter keeps its due day").isEqualTo(d("2026-11-10"));
        assertThat(periods.get(2).due()).isEqualTo(d("2026-12-05"));
        assertThat(calendar.periodOf(d("2026-10-20")).start()).isEqualTo(d("2026-10-01"));
    }

    @Test
    void a_projects_own_setting_wins_over_the_librarys() {
        var calendar = new ReportCalendar(List.of(new CadenceSetting(d("2026-01-01"), Cadence.MONTHLY, 10)),
                List.of(new CadenceSetting(d("2026-04-01"), Cadence.QUARTERLY, 20)));
        assertThat(calendar.inForce(d("2026-03-31")).cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(calendar.inForce(d("2026-05-01"))).isEqualTo(new CadenceSetting(d("2026-04-01"),
                Cadence.QUARTERLY, 20));
        assertThat(calendar.periodOf(d("2026-05-01"))).isEqualTo(new Period(d("2026-04-01"), d("2026-06-30"),
                d("2026-07-20"), Cadence.QUARTERLY));
    }

    @Test
    void production_ends_the_periods_owed() {
        var periods = DEFAULT.periods(d("2026-01-15"), d("2026-03-05"), d("2026-08-01"));
        assertThat(periods).extracting(Period::start)
                .containsExactly(d("2026-01-01"), d("2026-02-01"), d("2026-03-01"));
        assertThat(DEFAULT.periods(d("2026-05-02"), null, d("2026-05-01"))).as("registered tomorrow").isEmpty();
    }

    @Test
    void the_day_turns_at_midnight_in_shanghai_not_in_utc() {
        Period february = DEFAULT.periodOf(d("2026-02-10"));
        assertThat(february.due()).isEqualTo(d("2026-03-10"));
        LocalDate lastSecond = LocalDate.ofInstant(Instant.parse("2026-03-10T15:59:59Z"), Formats.ZONE);
        LocalDate firstSecond = LocalDate.ofInstant(Instant.parse("2026-03-10T16:00:00Z"), Formats.ZONE);
        assertThat(lastSecond).isEqualTo(d("2026-03-10"));
        assertThat(ReportCalendar.overdue(february.due(), lastSecond)).isFalse();
        assertThat(ReportCalendar.overdue(february.due(), firstSecond)).as("00:00 on 11 March in Qingdao").isTrue();
    }

    @Test
    void reminders_three_days_before_on_the_day_then_weekly() {
        LocalDate due = d("2026-03-10");
        assertThat(ReportCalendar.reminderOffset(due, d("2026-03-06"))).isNull();
        assertThat(ReportCalendar.reminderOffset(due, d("2026-03-07"))).isEqualTo(-3);
        assertThat(ReportCalendar.reminderOffset(due, d("2026-03-09"))).isEqualTo(-3);
        assertThat(ReportCalendar.reminderOffset(due, d("2026-03-10"))).isZero();
        assertThat(ReportCalendar.reminderOffset(due, d("2026-03-16"))).isZero();
        assertThat(ReportCalendar.reminderOffset(due, d("2026-03-17"))).isEqualTo(7);
        assertThat(ReportCalendar.reminderOffset(due, d("2026-03-24"))).isEqualTo(14);
        assertThat(ReportCalendar.reminderOffset(due, d("2026-04-30"))).isEqualTo(49);
    }

    @Test
    void cadences_start_their_next_period_on_month_and_quarter_boundaries() {
        assertThat(Cadence.MONTHLY.nextPeriodStart(d("2026-11-30"))).isEqualTo(d("2026-12-01"));
        assertThat(Cadence.QUARTERLY.nextPeriodStart(d("2026-11-30"))).isEqualTo(d("2027-01-01"));
        assertThat(Cadence.QUARTERLY.periodStart(d("2026-08-31"))).isEqualTo(d("2026-07-01"));
    }
}
