package org.jigai.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The acceptance timer of one milestone, with a controlled clock in Asia/Shanghai. */
class MilestoneTimerTest {

    static final Duration FOURTEEN = Duration.ofDays(14);
    static final Duration THREE = Duration.ofDays(3);

    static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, Formats.ZONE).toInstant();
    }

    static Milestone milestone() {
        return new Milestone(1, 1, new PlannedMilestone("上线", "报告", LocalDate.of(2027, 3, 1), 100));
    }

    @Test
    void submitted_late_on_the_last_day_of_february_it_is_approved_fourteen_days_later_in_shanghai_time() {
        Milestone m = milestone();
        // 23:50 on 28 February 2027 in Qingdao is still 15:50 UTC the same day; fourteen days later is 14 March
        m.submit("完成", null, at(2027, 2, 28, 23, 50), FOURTEEN);
        assertThat(m.getAutoApproveAt()).isEqualTo(at(2027, 3, 14, 23, 50));
        assertThat(m.reminderDue(at(2027, 3, 11, 23, 49), THREE)).isFalse();
        assertThat(m.reminderDue(at(2027, 3, 11, 23, 50), THREE)).isTrue();
        m.reminded(at(2027, 3, 11, 23, 50));
        assertThat(m.reminderDue(at(2027, 3, 12, 0, 0), THREE)).as("once per submission").isFalse();
        assertThat(m.autoApprovalDue(at(2027, 3, 14, 23, 49))).isFalse();
        assertThat(m.autoApprovalDue(at(2027, 3, 14, 23, 50))).isTrue();
    }

    @Test
    void across_a_leap_day_and_a_year_end() {
        Milestone leap = milestone();
        leap.submit("完成", null, at(2028, 2, 20, 8, 0), FOURTEEN);
        assertThat(leap.getAutoApproveAt()).isEqualTo(at(2028, 3, 5, 8, 0));
        Milestone yearEnd = milestone();
        yearEnd.submit("完成", null, at(2026, 12, 25, 0, 10), FOURTEEN);
        assertThat(yearEnd.getAutoApproveAt()).isEqualTo(at(2027, 1, 8, 0, 10));
    }

    @Test
    void an_answer_stops_the_timer_and_a_resubmission_starts_it_again_with_a_new_reminder() {
        Milestone m = milestone();
        m.submit("完成", null, at(2027, 1, 1, 9, 0), FOURTEEN);
        m.reminded(at(2027, 1, 12, 9, 0));
        m.requestChanges("缺少报告");
        assertThat(m.getAutoApproveAt()).isNull();
        assertThat(m.autoApprovalDue(at(2027, 2, 1, 0, 0))).isFalse();
        m.submit("补充", null, at(2027, 1, 20, 9, 0), FOURTEEN);
        assertThat(m.reminderDue(at(2027, 1, 31, 9, 0), THREE)).isTrue();
        m.approve(at(2027, 1, 21, 9, 0), false);
        assertThat(m.getState()).isEqualTo(MilestoneState.APPROVED);
        assertThat(m.autoApprovalDue(at(2027, 2, 10, 0, 0))).isFalse();
        assertThatThrownBy(() -> m.approve(at(2027, 1, 22, 9, 0), false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> m.submit("再交", null, at(2027, 1, 22, 9, 0), FOURTEEN))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_open_milestone_cannot_be_approved_or_sent_back() {
        Milestone m = milestone();
        assertThatThrownBy(() -> m.approve(at(2027, 1, 1, 0, 0), false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> m.requestChanges("x")).isInstanceOf(InvalidInputException.class);
    }
}
