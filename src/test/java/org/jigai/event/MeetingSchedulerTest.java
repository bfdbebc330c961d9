package org.jigai.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine's hard rules on random instances of several sizes and shapes (tables scarce and plenty, tight limits),
 * pinned meetings surviving a re-run, and the violations check itself catching each kind of broken rule.
 */
class MeetingSchedulerTest {

    @Test
    void every_schedule_keeps_every_hard_rule_on_random_instances() {
        for (long seed = 1; seed <= 40; seed++) {
            int registrants = 6 + (int) (seed * 7 % 60);
            int slots = 3 + (int) (seed % 10);
            int tables = 1 + (int) (seed * 3 % 12);
            var problem = Instances.random(seed, registrants, slots, tables);
            var engine = MeetingScheduler.solve(problem);
            var greedy = MeetingScheduler.greedy(problem);
            assertThat(MeetingScheduler.violations(problem, engine)).as("engine, seed " + seed).isEmpty();
            assertThat(MeetingScheduler.violations(problem, greedy)).as("greedy, seed " + seed).isEmpty();
            assertThat(MeetingScheduler.totalWeight(problem, engine)).as("engine vs greedy, seed " + seed)
                    .isGreaterThanOrEqualTo(MeetingScheduler.totalWeight(problem, greedy));
        }
    }

    @Test
    void pinned_meetings_stay_where_they_are_when_the_rest_is_made_again() {
        var problem = Instances.random(7, 40, 8, 6);
        var first = MeetingScheduler.solve(problem);
        assertThat(first).hasSizeGreaterThan(10);
        // the bureau pins three meetings and moves one of them to another free slot and table
        var pinned = new ArrayList<>(first.subList(0, 3));
        var moved = pinned.getFirst();
        int slot = freeSlot(problem, first, moved);
        if (slot >= 0) {
            pinned.set(0, new MeetingScheduler.Meeting(moved.enterprise(), moved.provider(), slot,
                    freeTable(problem, first, slot)));
        }
        var again = new MeetingScheduler.Problem(problem.slots(), problem.tables(), problem.participants(),
                problem.pairs(), pinned);
        var second = MeetingScheduler.solve(again);
        assertThat(second).containsAll(pinned);
        assertThat(MeetingScheduler.violations(again, second)).isEmpty();
    }

    @Test
    void only_the_problems_pairs_meet_and_nobody_beyond_its_limit() {
        var e1 = new MeetingScheduler.Participant(1, MeetingScheduler.Side.ENTERPRISE, Set.of(0, 1, 2), 2);
        var e2 = new MeetingScheduler.Participant(2, MeetingScheduler.Side.ENTERPRISE, Set.of(0), 3);
        var p1 = new MeetingScheduler.Participant(3, MeetingScheduler.Side.PROVIDER, Set.of(0, 1, 2), 3);
        var p2 = new MeetingScheduler.Participant(4, MeetingScheduler.Side.PROVIDER, Set.of(1, 2), 3);
        var p3 = new MeetingScheduler.Participant(5, MeetingScheduler.Side.PROVIDER, Set.of(0, 1, 2), 3);
        // e2 and p2 are never free at the same time; e1 – p3 excluded (no pair); one table
        var problem = new MeetingScheduler.Problem(3, 1, List.of(e1, e2, p1, p2, p3), List.of(
                new MeetingScheduler.Pair(1, 3, 5), new MeetingScheduler.Pair(1, 4, 4),
                new MeetingScheduler.Pair(2, 3, 6), new MeetingScheduler.Pair(2, 4, 9),
                new MeetingScheduler.Pair(2, 5, 1)), List.of());
        var schedule = MeetingScheduler.solve(problem);
        assertThat(MeetingScheduler.violations(problem, schedule)).isEmpty();
        assertThat(schedule).noneMatch(m -> m.enterprise() == 1 && m.provider() == 5);
        assertThat(schedule).noneMatch(m -> m.enterprise() == 2 && m.provider() == 4);
        // the best use of one table in three slots: e2–p1 in slot 0 (its only slot), e1–p1 and e1–p2 after
        assertThat(MeetingScheduler.totalWeight(problem, schedule)).isEqualTo(6 + 5 + 4);
    }

    @Test
    void the_check_names_each_broken_rule() {
        var problem = Instances.random(3, 12, 4, 2);
        var p = problem.pairs().getFirst();
        var e = problem.participants().stream().filter(x -> x.id() == p.enterprise()).findFirst().orElseThrow();
        int slot = e.slots().iterator().next();
        var twice = List.of(new MeetingScheduler.Meeting(p.enterprise(), p.provider(), slot, 1),
                new MeetingScheduler.Meeting(p.enterprise(), p.provider(), slot, 1));
        assertThat(MeetingScheduler.violations(problem, twice)).anyMatch(v -> v.startsWith("a pair meets twice"))
                .anyMatch(v -> v.startsWith("two meetings in one slot")).anyMatch(v -> v.startsWith("table taken"));
        var stranger = List.of(new MeetingScheduler.Meeting(p.enterprise(), p.enterprise(), slot, 1));
        assertThat(MeetingScheduler.violations(problem, stranger)).anyMatch(v -> v.startsWith("not an enterprise"));
        var pinned = new MeetingScheduler.Problem(problem.slots(), problem.tables(), problem.participants(),
                problem.pairs(), twice.subList(0, 1));
        assertThat(MeetingScheduler.violations(pinned, List.of())).anyMatch(v -> v.startsWith("a pinned meeting"));
    }

    private static int freeSlot(MeetingScheduler.Problem problem, List<MeetingScheduler.Meeting> schedule,
            MeetingScheduler.Meeting m) {
        var e = problem.participants().stream().filter(x -> x.id() == m.enterprise()).findFirst().orElseThrow();
        var p = problem.participants().stream().filter(x -> x.id() == m.provider()).findFirst().orElseThrow();
        Set<Integer> busy = new HashSet<>();
        for (var other : schedule) {
            if (other != m && (other.enterprise() == m.enterprise() || other.provider() == m.provider())) {
                busy.add(other.slot());
            }
        }
        for (int s : e.slots()) {
            if (p.slots().contains(s) && !busy.contains(s) && s != m.slot() && freeTable(problem, schedule, s) > 0) {
                return s;
            }
        }
        return -1;
    }

    private static int freeTable(MeetingScheduler.Problem problem, List<MeetingScheduler.Meeting> schedule, int slot) {
        for (int t = 1; t <= problem.tables(); t++) {
            int table = t;
            if (schedule.stream().noneMatch(m -> m.slot() == slot && m.table() == table)) {
                return t;
            }
        }
        return -1;
    }
}
