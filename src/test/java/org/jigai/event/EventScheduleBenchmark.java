package org.jigai.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The meeting schedule at 40, 200 and 600 registrants with 12 slots (tables: a fifth of the registrants), three seeds
 * each: the engine against the greedy baseline in the same run — total weight, meetings, the share of participants
 * with at least 3 meetings, solve time — with every hard rule checked. Not part of {@code ./mvnw verify}; run with
 * {@code ./mvnw test -Dtest=EventScheduleBenchmark}; writes {@code target/event-schedule-benchmark.md} (copied into
 * docs/benchmarks.md).
 */
class EventScheduleBenchmark {

    @Test
    void engine_against_greedy() throws IOException {
        var report = new StringBuilder("| registrants | tables | seed | engine weight | greedy weight | engine meetings"
                + " | greedy meetings | ≥ 3 meetings (engine / greedy) | engine time | greedy time |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        // a warm-up, so that class loading and JIT do not count against the first size
        MeetingScheduler.solve(Instances.random(99, 100, 12, 20));
        for (int registrants : List.of(40, 200, 600)) {
            for (long seed = 1; seed <= 3; seed++) {
                int tables = Math.max(4, registrants / 5);
                var problem = Instances.random(seed * 1000 + registrants, registrants, 12, tables);
                long t0 = System.nanoTime();
                var engine = MeetingScheduler.solve(problem);
                long t1 = System.nanoTime();
                var greedy = MeetingScheduler.greedy(problem);
                long t2 = System.nanoTime();
                assertThat(MeetingScheduler.violations(problem, engine)).isEmpty();
                assertThat(MeetingScheduler.violations(problem, greedy)).isEmpty();
                double we = MeetingScheduler.totalWeight(problem, engine);
                double wg = MeetingScheduler.totalWeight(problem, greedy);
                report.append(String.format(Locale.ROOT,
                        "| %d | %d | %d | %.1f | %.1f | %d | %d | %.0f %% / %.0f %% | %.2f s | %.3f s |%n",
                        registrants, tables, seed, we, wg, engine.size(), greedy.size(),
                        100 * withThree(problem, engine), 100 * withThree(problem, greedy), (t1 - t0) / 1e9,
                        (t2 - t1) / 1e9));
                if (registrants == 200) {
                    assertThat((t1 - t0) / 1e9).as("200 registrants within 30 s").isLessThan(30);
                }
                assertThat(we).isGreaterThanOrEqualTo(wg);
            }
        }
        Files.writeString(Path.of("target/event-schedule-benchmark.md"), report);
        System.out.println(report);
    }

    private static double withThree(MeetingScheduler.Problem problem, List<MeetingScheduler.Meeting> meetings) {
        Map<Integer, Integer> counts = new HashMap<>();
        meetings.forEach(m -> {
            counts.merge(m.enterprise(), 1, Integer::sum);
            counts.merge(m.provider(), 1, Integer::sum);
        });
        return (double) counts.values().stream().filter(n -> n >= 3).count() / problem.participants().size();
    }
}
