package org.jigai.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking of a call's nominations from its experts' submitted scores (pure; documented in
 * {@code docs/selection.md}). An expert's total for a case is its weighted score on a 0–100 scale:
 * {@code Σ weightᵢ·scoreᵢ / scale · 100 / Σ weightᵢ}. Per case: the mean and the median of its totals, the spread
 * (highest minus lowest), flagged above the call's margin. Normalised: each expert's totals are moved to the panel's
 * mean and spread ({@code μ + σ·(t − μₑ)/σₑ}; only shifted when the expert gave every case the same total), which
 * takes out one expert's harshness or leniency; the normalised mean ranks a second list. Ranks run from 1 by mean,
 * then median, then the nomination id.
 */
final class Ranking {

    /** One expert's submitted review. */
    record Review(long nominationId, long expertId, List<Integer> scores) {}

    /** One nomination's row of the ranking. */
    record Row(long nominationId, Map<Long, Double> totals, double mean, double median, double spread,
            boolean disputed, double normalisedMean, int rank, int normalisedRank) {}

    private Ranking() {}

    static double total(List<Integer> scores, List<Criterion> criteria, int scale) {
        double sum = 0;
        int weights = 0;
        for (int i = 0; i < criteria.size(); i++) {
            sum += criteria.get(i).weight() * (double) scores.get(i) / scale;
            weights += criteria.get(i).weight();
        }
        return weights == 0 ? 0 : sum * 100 / weights;
    }

    static List<Row> rank(List<Long> nominations, List<Review> reviews, List<Criterion> criteria, int scale,
            int spreadMargin) {
        Map<Long, Map<Long, Double>> totals = new LinkedHashMap<>();
        nominations.forEach(n -> totals.put(n, new LinkedHashMap<>()));
        Map<Long, List<Double>> byExpert = new HashMap<>();
        List<Double> all = new ArrayList<>();
        for (Review r : reviews) {
            if (!totals.containsKey(r.nominationId())) {
                continue;
            }
            double t = total(r.scores(), criteria, scale);
            totals.get(r.nominationId()).put(r.expertId(), t);
            byExpert.computeIfAbsent(r.expertId(), k -> new ArrayList<>()).add(t);
            all.add(t);
        }
        double mu = mean(all);
        double sigma = deviation(all, mu);
        Map<Long, double[]> expertStats = new HashMap<>();
        byExpert.forEach((e, ts) -> {
            double m = mean(ts);
            expertStats.put(e, new double[] {m, deviation(ts, m)});
        });
        record Partial(long id, Map<Long, Double> totals, double mean, double median, double spread, double norm) {}
        List<Partial> partial = new ArrayList<>();
        totals.forEach((n, ts) -> {
            var values = new ArrayList<>(ts.values());
            List<Double> normalised = new ArrayList<>();
            ts.forEach((e, t) -> {
                double[] st = expertStats.get(e);
                normalised.add(st[1] > 1e-9 && sigma > 1e-9 ? mu + sigma * (t - st[0]) / st[1] : mu + (t - st[0]));
            });
            double spread = values.isEmpty() ? 0
                    : values.stream().mapToDouble(d -> d).max().orElse(0) - values.stream().mapToDouble(d -> d).min()
                            .orElse(0);
            partial.add(new Partial(n, ts, mean(values), median(values), spread, mean(normalised)));
        });
        Map<Long, Integer> rank = ranks(partial.stream().sorted(Comparator.comparingDouble(Partial::mean).reversed()
                .thenComparing(Comparator.comparingDouble(Partial::median).reversed())
                .thenComparingLong(Partial::id)).map(Partial::id).toList());
        Map<Long, Integer> normRank = ranks(partial.stream().sorted(Comparator.comparingDouble(Partial::norm)
                .reversed().thenComparing(Comparator.comparingDouble(Partial::median).reversed())
                .thenComparingLong(Partial::id)).map(Partial::id).toList());
        return partial.stream().map(p -> new Row(p.id(), p.totals(), p.mean(), p.median(), p.spread(),
                p.totals().size() > 1 && p.spread() > spreadMargin, p.norm(), rank.get(p.id()), normRank.get(p.id())))
                .sorted(Comparator.comparingInt(Row::rank)).toList();
    }

    private static Map<Long, Integer> ranks(List<Long> order) {
        Map<Long, Integer> out = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            out.put(order.get(i), i + 1);
        }
        return out;
    }

    static double mean(List<Double> values) {
        return values.isEmpty() ? 0 : values.stream().mapToDouble(d -> d).average().orElse(0);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double deviation(List<Double> values, double mean) {
        if (values.size() < 2) {
            return 0;
        }
        return Math.sqrt(values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / values.size());
    }
}
