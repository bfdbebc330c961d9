package org.jigai.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jigai.engagement.EngagementFact;
import org.jigai.need.NeedFact;
import org.jigai.project.KeyProjectFact;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's figures for one year, computed from the modules' facts (pure; {@code DashboardFiguresTest} checks
 * them against values worked out by hand on a fixed data set). Definitions (also in docs/dashboard.md):
 * <ul>
 *   <li>needs <b>posted</b>: published in the year; <b>engaged</b>: of those, with at least one engagement;
 *       <b>contracted</b>: with a signed one; <b>completed</b>: with a completed one. <b>Match rate</b> = engaged /
 *       posted.</li>
 *   <li><b>Days to a first proposal</b>: per posted need with a proposal, the days from its publication to the first
 *       proposal of any of its engagements; the median of those.</li>
 *   <li><b>Contract amount</b>: the signed prices (万元) of engagements signed in the year.</li>
 *   <li>Key projects <b>tracked</b>: registered by the year's end and not in production before it began;
 *       <b>completed</b>: completed in the year (the project library's own definitions).</li>
 *   <li>Breakdowns count posted and contracted needs; a need with two directions counts under both; districts are
 *       Qingdao's, every other region under "other".</li>
 * </ul>
 */
public final class DashboardFigures {

    /** How a table's categories are named on the page. */
    public enum Axis { MONTH, FUNNEL, CATEGORY, INDUSTRY, DIRECTION, REGION }

    public record Series(String key, List<? extends Number> values) {}

    /** One chart's figures: categories (codes) along its axis, one series per measure. */
    public record Table(String key, Axis axis, List<String> categories, List<Series> series) {}

    public record Kpis(int eventsHeld, int eventsTarget, long casesSelected, int casesTarget, long keyTracked,
            int trackedTarget, long keyCompleted, int completedTarget, long poolMembers, long needsPosted,
            long needsEngaged, long needsContracted, long needsCompleted, @Nullable Double matchRate,
            @Nullable Double medianDaysToProposal, BigDecimal contractWan) {}

    public record Figures(int year, LocalDate asOf, Kpis kpis, List<Table> tables) {

        public Table table(String key) {
            return tables.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
        }
    }

    /** What the modules tell about the year. */
    public record Inputs(int year, LocalDate today, List<NeedFact> needs, List<EngagementFact> engagements,
            List<KeyProjectFact> keyProjects, List<LocalDate> eventsHeld, int eventsTarget,
            Map<ServiceCategory, Long> poolMembers, long casesSelected, int casesTarget, int trackedTarget,
            int completedTarget) {}

    public static final String OTHER_REGION = "OTHER";

    private DashboardFigures() {}

    public static Figures compute(Inputs in) {
        int year = in.year();
        var posted = in.needs().stream().filter(n -> n.published().getYear() == year).toList();
        Map<Long, List<EngagementFact>> byNeed = new HashMap<>();
        in.engagements().forEach(e -> byNeed.computeIfAbsent(e.needId(), k -> new ArrayList<>()).add(e));
        long engaged = 0;
        long contracted = 0;
        long completed = 0;
        var days = new ArrayList<Long>();
        for (NeedFact n : posted) {
            var list = byNeed.getOrDefault(n.id(), List.of());
            if (!list.isEmpty()) {
                engaged++;
            }
            if (list.stream().anyMatch(e -> e.signed() != null)) {
                contracted++;
            }
            if (list.stream().anyMatch(e -> e.completed() != null)) {
                completed++;
            }
            list.stream().map(EngagementFact::firstProposal).filter(d -> d != null).min(Comparator.naturalOrder())
                    .ifPresent(first -> days.add(ChronoUnit.DAYS.between(n.published(), first)));
        }
        var signedInYear = in.engagements().stream().filter(e -> e.signed() != null && e.signed().getYear() == year)
                .toList();
        BigDecimal contractWan = signedInYear.stream().map(e -> e.signedPriceWan() == null ? BigDecimal.ZERO
                : e.signedPriceWan()).reduce(BigDecimal.ZERO, BigDecimal::add);
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        long tracked = in.keyProjects().stream().filter(p -> !p.registered().isAfter(dec31)
                && (p.production() == null || !p.production().isBefore(jan1))).count();
        long keyCompleted = in.keyProjects().stream().filter(p -> p.completed() != null
                && p.completed().getYear() == year).count();
        int held = (int) in.eventsHeld().stream().filter(d -> d.getYear() == year).count();
        long pool = in.poolMembers().values().stream().mapToLong(Long::longValue).sum();
        var kpis = new Kpis(held, in.eventsTarget(), in.casesSelected(), in.casesTarget(), tracked, in.trackedTarget(),
                keyCompleted, in.completedTarget(), pool, posted.size(), engaged, contracted, completed,
                posted.isEmpty() ? null : engaged / (double) posted.size(), median(days), contractWan);

        var tables = new ArrayList<Table>();
        var months = new ArrayList<String>();
        for (int m = 1; m <= 12; m++) {
            months.add(Integer.toString(m));
        }
        tables.add(new Table("trend", Axis.MONTH, months, List.of(
                new Series("needsPosted", perMonth(posted.stream().map(NeedFact::published).toList(), year)),
                new Series("engagementsSigned", perMonth(signedInYear.stream().map(EngagementFact::signed).toList(),
                        year)),
                new Series("eventsHeld", perMonth(in.eventsHeld(), year)),
                new Series("keyRegistered", perMonth(in.keyProjects().stream().map(KeyProjectFact::registered)
                        .toList(), year)),
                new Series("keyCompleted", perMonth(in.keyProjects().stream().map(KeyProjectFact::completed)
                        .filter(d -> d != null).toList(), year)))));
        var wanPerMonth = new ArrayList<BigDecimal>();
        for (int m = 1; m <= 12; m++) {
            int month = m;
            wanPerMonth.add(signedInYear.stream().filter(e -> e.signed().getMonthValue() == month)
                    .map(e -> e.signedPriceWan() == null ? BigDecimal.ZERO : e.signedPriceWan())
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        tables.add(new Table("contracts", Axis.MONTH, months, List.of(new Series("contractWan", wanPerMonth))));
        tables.add(new Table("funnel", Axis.FUNNEL, List.of("POSTED", "ENGAGED", "CONTRACTED", "COMPLETED"),
                List.of(new Series("needs", List.of(posted.size(), engaged, contracted, completed)))));
        var poolCats = new ArrayList<String>();
        var poolCounts = new ArrayList<Long>();
        for (ServiceCategory c : ServiceCategory.values()) {
            if (in.poolMembers().getOrDefault(c, 0L) > 0) {
                poolCats.add(c.name());
                poolCounts.add(in.poolMembers().get(c));
            }
        }
        tables.add(new Table("pool", Axis.CATEGORY, poolCats, List.of(new Series("members", poolCounts))));
        java.util.function.Predicate<NeedFact> isContracted = n -> byNeed.getOrDefault(n.id(), List.of()).stream()
                .anyMatch(e -> e.signed() != null);
        Map<Industry, long[]> industries = new EnumMap<>(Industry.class);
        Map<Direction, long[]> directions = new EnumMap<>(Direction.class);
        Map<String, long[]> regions = new LinkedHashMap<>();
        for (NeedFact n : posted) {
            int c = isContracted.test(n) ? 1 : 0;
            if (n.industry() != null) {
                add(industries.computeIfAbsent(n.industry(), k -> new long[2]), c);
            }
            n.directions().forEach(d -> add(directions.computeIfAbsent(d, k -> new long[2]), c));
            add(regions.computeIfAbsent(district(n.region()), k -> new long[2]), c);
        }
        tables.add(breakdown("industry", Axis.INDUSTRY, toCodes(industries)));
        tables.add(breakdown("direction", Axis.DIRECTION, toCodes(directions)));
        tables.add(breakdown("region", Axis.REGION, regions));
        return new Figures(year, in.today(), kpis, tables);
    }

    /** A Qingdao district (or the city as a whole) keeps its code; every other region is "other". */
    static String district(@Nullable String region) {
        if (region == null || !region.startsWith("3702")) {
            return OTHER_REGION;
        }
        return region.length() > 6 ? region.substring(0, 6) : region;
    }

    private static void add(long[] counts, int contracted) {
        counts[0]++;
        counts[1] += contracted;
    }

    private static <E extends Enum<E>> Map<String, long[]> toCodes(Map<E, long[]> map) {
        Map<String, long[]> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k.name(), v));
        return out;
    }

    /** Categories by posted needs, most first (then by code); the other regions last. */
    private static Table breakdown(String key, Axis axis, Map<String, long[]> counts) {
        var order = counts.entrySet().stream().sorted(Comparator.<Map.Entry<String, long[]>>comparingInt(
                e -> e.getKey().equals(OTHER_REGION) ? 1 : 0).thenComparing(e -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey)).toList();
        return new Table(key, axis, order.stream().map(Map.Entry::getKey).toList(), List.of(
                new Series("needsPosted", order.stream().map(e -> e.getValue()[0]).toList()),
                new Series("needsContracted", order.stream().map(e -> e.getValue()[1]).toList())));
    }

    private static List<Integer> perMonth(List<LocalDate> days, int year) {
        int[] counts = new int[12];
        days.stream().filter(d -> d.getYear() == year).forEach(d -> counts[d.getMonthValue() - 1]++);
        var out = new ArrayList<Integer>();
        for (int c : counts) {
            out.add(c);
        }
        return out;
    }

    static @Nullable Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2).doubleValue() : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
