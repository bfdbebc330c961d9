package org.jigai.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The assignment proposal on random instances: every case gets its experts where enough may review it, no blocked or
 * kept pair is made again, loads are as even as the conflicts allow (checked against a lower bound), and the shortfall
 * is reported exactly when allowed experts run out.
 */
class ExpertAssignerTest {

    @Test
    void without_conflicts_every_case_gets_its_experts_and_loads_differ_by_at_most_one() {
        var p = new ExpertAssigner.Problem(ids(1, 10), ids(100, 7), 3, Set.of(), Set.of());
        var proposal = ExpertAssigner.propose(p);
        assertThat(proposal.shortfall()).isEmpty();
        assertThat(proposal.added()).hasSize(30);
        assertThat(perCase(proposal.added()).values()).containsOnly(3);
        var loads = ExpertAssigner.loads(proposal.added()).values();
        assertThat(loads.stream().mapToInt(i -> i).max().orElseThrow() - loads.stream().mapToInt(i -> i).min()
                .orElseThrow()).isLessThanOrEqualTo(1);
        assertThat(new HashSet<>(proposal.added())).as("no pair twice").hasSize(30);
    }

    @Test
    void random_instances_keep_every_rule() {
        var random = new Random(20261130);
        for (int round = 0; round < 40; round++) {
            int cases = 3 + random.nextInt(25);
            int experts = 3 + random.nextInt(12);
            int per = 3;
            var nominations = ids(1, cases);
            var panel = ids(1000, experts);
            var blocked = new HashSet<ExpertAssigner.Pair>();
            var kept = new HashSet<ExpertAssigner.Pair>();
            for (long n : nominations) {
                for (long e : panel) {
                    double r = random.nextDouble();
                    if (r < 0.15) {
                        blocked.add(new ExpertAssigner.Pair(n, e));
                    } else if (r < 0.2) {
                        kept.add(new ExpertAssigner.Pair(n, e));
                    }
                }
            }
            var proposal = ExpertAssigner.propose(new ExpertAssigner.Problem(nominations, panel, per, kept, blocked));
            var all = new ArrayList<>(kept);
            all.addAll(proposal.added());
            for (var pair : proposal.added()) {
                assertThat(blocked).doesNotContain(pair);
                assertThat(kept).doesNotContain(pair);
            }
            assertThat(new HashSet<>(all)).as("no pair twice").hasSameSizeAs(all);
            var per0 = perCase(all);
            for (long n : nominations) {
                long keptHere = kept.stream().filter(k -> k.nominationId() == n).count();
                long available = panel.stream().filter(e -> !blocked.contains(new ExpertAssigner.Pair(n, e))
                        && !kept.contains(new ExpertAssigner.Pair(n, e))).count();
                int want = (int) Math.max(0, per - keptHere);
                int got = (int) Math.min(want, available);
                assertThat(per0.getOrDefault(n, 0)).as("round " + round + " case " + n).isEqualTo(keptHere + got);
                assertThat(proposal.shortfall().getOrDefault(n, 0)).as("shortfall of " + n).isEqualTo(want - got);
            }
            // as even as the rules allow: no added pair could move to a less loaded allowed expert and gain
            var loads = ExpertAssigner.loads(all);
            for (var pair : proposal.added()) {
                for (long other : panel) {
                    var moved = new ExpertAssigner.Pair(pair.nominationId(), other);
                    if (other == pair.expertId() || blocked.contains(moved) || all.contains(moved)) {
                        continue;
                    }
                    assertThat(loads.getOrDefault(pair.expertId(), 0)).as("round " + round + ": " + pair + " vs "
                            + other).isLessThanOrEqualTo(loads.getOrDefault(other, 0) + 1);
                }
            }
        }
    }

    @Test
    void kept_pairs_count_blocked_ones_stay_out_and_a_case_nobody_may_review_is_reported() {
        var kept = Set.of(new ExpertAssigner.Pair(1, 100), new ExpertAssigner.Pair(1, 101));
        var blocked = new HashSet<ExpertAssigner.Pair>();
        for (long e : ids(100, 4)) {
            blocked.add(new ExpertAssigner.Pair(2, e));
        }
        blocked.add(new ExpertAssigner.Pair(1, 102));
        var proposal = ExpertAssigner.propose(new ExpertAssigner.Problem(List.of(1L, 2L), ids(100, 4), 3, kept,
                blocked));
        assertThat(proposal.added()).containsExactly(new ExpertAssigner.Pair(1, 103));
        assertThat(proposal.shortfall()).containsExactly(Map.entry(2L, 3));
    }

    private static List<Long> ids(long from, int n) {
        return LongStream.range(from, from + n).boxed().toList();
    }

    private static Map<Long, Integer> perCase(List<ExpertAssigner.Pair> pairs) {
        Map<Long, Integer> out = new HashMap<>();
        pairs.forEach(p -> out.merge(p.nominationId(), 1, Integer::sum));
        return out;
    }
}
