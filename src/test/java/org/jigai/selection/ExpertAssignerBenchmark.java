package org.jigai.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The assignment proposal at a call's size (30 cases, 8 experts), a province's (300, 40) and beyond (1000, 120), 3
 * experts per case, about 10 % of the pairs blocked by conflicts, three seeds each: time, the load spread (most − least)
 * and unfilled places, against a greedy baseline (each case in turn takes the least loaded allowed experts). Not part
 * of {@code ./mvnw verify}; run with {@code ./mvnw test -Dtest=ExpertAssignerBenchmark}; writes
 * {@code target/expert-assigner-benchmark.md} (copied into docs/benchmarks.md).
 */
class ExpertAssignerBenchmark {

    @Test
    void proposal_against_greedy() throws IOException {
        var report = new StringBuilder("| cases | experts | conflicts | seed | time | spread (proposal / greedy) |"
                + " unfilled (proposal / greedy) |\n|---|---|---|---|---|---|---|\n");
        ExpertAssigner.propose(problem(1, 50, 10));
        for (int[] size : new int[][] {{30, 8, 0}, {300, 40, 0}, {1000, 120, 0}, {30, 8, 1}, {300, 40, 1}}) {
            for (long seed = 1; seed <= 3; seed++) {
                var p = size[2] == 0 ? problem(seed, size[0], size[1]) : clustered(seed, size[0], size[1]);
                long t0 = System.nanoTime();
                var proposal = ExpertAssigner.propose(p);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                var greedy = greedy(p);
                for (var pair : proposal.added()) {
                    assertThat(p.blocked()).doesNotContain(pair);
                }
                report.append("| %d | %d | %s | %d | %d ms | %d / %d | %d / %d |\n".formatted(size[0], size[1],
                        size[2] == 0 ? "random 10 %" : "clustered", seed, ms,
                        spread(proposal.added(), p.experts()), spread(greedy, p.experts()),
                        p.nominations().size() * 3 - proposal.added().size(), p.nominations().size() * 3 - greedy.size()));
            }
        }
        Files.writeString(Path.of("target", "expert-assigner-benchmark.md"), report);
        System.out.println(report);
    }

    static ExpertAssigner.Problem problem(long seed, int cases, int experts) {
        var random = new Random(seed * 7919 + cases);
        var nominations = LongStream.range(1, cases + 1).boxed().toList();
        var panel = LongStream.range(10_000, 10_000 + experts).boxed().toList();
        var blocked = new HashSet<ExpertAssigner.Pair>();
        for (long n : nominations) {
            for (long e : panel) {
                if (random.nextDouble() < 0.1) {
                    blocked.add(new ExpertAssigner.Pair(n, e));
                }
            }
        }
        return new ExpertAssigner.Problem(nominations, panel, 3, Set.of(), blocked);
    }

    /**
     * Conflicts as an industry has them: a fifth of the experts are the only ones free of conflicts with the last
     * third of the cases (the others all work with those enterprises); the rest as random.
     */
    static ExpertAssigner.Problem clustered(long seed, int cases, int experts) {
        var base = problem(seed, cases, experts);
        var blocked = new HashSet<>(base.blocked());
        int few = Math.max(3, experts / 5);
        for (long n : base.nominations()) {
            if (n > cases * 2L / 3) {
                for (int i = few; i < experts; i++) {
                    blocked.add(new ExpertAssigner.Pair(n, base.experts().get(i)));
                }
                for (int i = 0; i < few; i++) {
                    blocked.remove(new ExpertAssigner.Pair(n, base.experts().get(i)));
                }
            }
        }
        return new ExpertAssigner.Problem(base.nominations(), base.experts(), 3, Set.of(), blocked);
    }

    static List<ExpertAssigner.Pair> greedy(ExpertAssigner.Problem p) {
        Map<Long, Integer> load = new HashMap<>();
        p.experts().forEach(e -> load.put(e, 0));
        var out = new ArrayList<ExpertAssigner.Pair>();
        for (long n : p.nominations()) {
            var allowed = p.experts().stream().filter(e -> !p.blocked().contains(new ExpertAssigner.Pair(n, e)))
                    .sorted((a, b) -> Integer.compare(load.get(a), load.get(b))).limit(p.perCase()).toList();
            for (long e : allowed) {
                out.add(new ExpertAssigner.Pair(n, e));
                load.merge(e, 1, Integer::sum);
            }
        }
        return out;
    }

    static int spread(List<ExpertAssigner.Pair> pairs, List<Long> experts) {
        var loads = ExpertAssigner.loads(pairs);
        int max = experts.stream().mapToInt(e -> loads.getOrDefault(e, 0)).max().orElse(0);
        int min = experts.stream().mapToInt(e -> loads.getOrDefault(e, 0)).min().orElse(0);
        return max - min;
    }
}
