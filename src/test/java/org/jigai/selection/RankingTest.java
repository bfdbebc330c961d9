package org.jigai.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranking's figures against values worked out by hand. */
class RankingTest {

    static final List<Criterion> CRITERIA = List.of(new Criterion("创新性", 25), new Criterion("实测成效", 35),
            new Criterion("可复制推广性", 25), new Criterion("投资效益", 15));

    @Test
    void a_total_is_the_weighted_score_on_a_hundred_point_scale() {
        // (25·9 + 35·9 + 25·8 + 15·8) / 10 = 86
        assertThat(Ranking.total(List.of(9, 9, 8, 8), CRITERIA, 10)).isCloseTo(86.0, within(1e-9));
        assertThat(Ranking.total(List.of(10, 10, 10, 10), CRITERIA, 10)).isCloseTo(100.0, within(1e-9));
        assertThat(Ranking.total(List.of(0, 0, 0, 0), CRITERIA, 10)).isZero();
        // weights that do not add up to 100 still give 0–100: (1·4 + 3·2) / 5 · 100 / 4 = 50
        assertThat(Ranking.total(List.of(4, 2), List.of(new Criterion("a", 1), new Criterion("b", 3)), 5))
                .isCloseTo(50.0, within(1e-9));
    }

    @Test
    void mean_median_spread_and_disagreement_per_case() {
        // case 1: 86, 86, 30 → mean 67.33, median 86, spread 56 (disputed at margin 20)
        // case 2: 76, 66 → mean 71, median 71, spread 10
        var rows = Ranking.rank(List.of(1L, 2L), List.of(
                new Ranking.Review(1, 100, List.of(9, 9, 8, 8)),
                new Ranking.Review(1, 101, List.of(9, 9, 8, 8)),
                new Ranking.Review(1, 102, List.of(3, 3, 3, 3)),
                new Ranking.Review(2, 100, List.of(8, 8, 7, 7)),
                new Ranking.Review(2, 101, List.of(7, 7, 6, 6))), CRITERIA, 10, 20);
        var one = rows.stream().filter(r -> r.nominationId() == 1).findFirst().orElseThrow();
        var two = rows.stream().filter(r -> r.nominationId() == 2).findFirst().orElseThrow();
        assertThat(one.mean()).isCloseTo((86 + 86 + 30) / 3.0, within(1e-9));
        assertThat(one.median()).isCloseTo(86, within(1e-9));
        assertThat(one.spread()).isCloseTo(56, within(1e-9));
        assertThat(one.disputed()).isTrue();
        assertThat(two.mean()).isCloseTo(71, within(1e-9));
        assertThat(two.median()).isCloseTo(71, within(1e-9));
        assertThat(two.disputed()).isFalse();
        // by mean the second case leads
        assertThat(two.rank()).isEqualTo(1);
        assertThat(one.rank()).isEqualTo(2);
        assertThat(rows).extracting(Ranking.Row::nominationId).containsExactly(2L, 1L);
    }

    @Test
    void normalisation_takes_out_a_harsh_expert() {
        // Expert 100 is lenient, expert 101 harsh: both rank cases 1 and 2 the same way, but 101 alone scores case 3,
        // which the raw mean therefore under-rates. Worked out by hand:
        //   totals: 100 → c1 90, c2 80; 101 → c1 50, c2 40, c3 46 ((25·5 + 35·5 + 25·4 + 15·4) / 10).
        //   all totals 90 80 50 40 46: μ = 61.2, σ = sqrt(Σ(t − μ)² / 5)
        //   expert 100: μ 85, σ 5; expert 101: μ 136/3, σ = sqrt(((50 − μ)² + (40 − μ)² + (46 − μ)²) / 3)
        var rows = Ranking.rank(List.of(1L, 2L, 3L), List.of(
                new Ranking.Review(1, 100, List.of(9, 9, 9, 9)),
                new Ranking.Review(2, 100, List.of(8, 8, 8, 8)),
                new Ranking.Review(1, 101, List.of(5, 5, 5, 5)),
                new Ranking.Review(2, 101, List.of(4, 4, 4, 4)),
                new Ranking.Review(3, 101, List.of(5, 5, 4, 4))), CRITERIA, 10, 20);
        assertThat(Ranking.total(List.of(5, 5, 4, 4), CRITERIA, 10)).isCloseTo(46, within(1e-9));
        double mu = (90 + 80 + 50 + 40 + 46) / 5.0;
        double sigma = Math.sqrt((Math.pow(90 - mu, 2) + Math.pow(80 - mu, 2) + Math.pow(50 - mu, 2)
                + Math.pow(40 - mu, 2) + Math.pow(46 - mu, 2)) / 5);
        double m101 = (50 + 40 + 46) / 3.0;
        double s101 = Math.sqrt((Math.pow(50 - m101, 2) + Math.pow(40 - m101, 2) + Math.pow(46 - m101, 2)) / 3);
        var one = row(rows, 1);
        var two = row(rows, 2);
        var three = row(rows, 3);
        assertThat(three.mean()).isCloseTo(46, within(1e-9));
        assertThat(three.normalisedMean()).isCloseTo(mu + sigma * (46 - m101) / s101, within(1e-9));
        assertThat(one.normalisedMean()).isCloseTo(mu + sigma * ((90 - 85) / 5.0 + (50 - m101) / s101) / 2,
                within(1e-9));
        assertThat(two.normalisedMean()).isCloseTo(mu + sigma * ((80 - 85) / 5.0 + (40 - m101) / s101) / 2,
                within(1e-9));
        // raw: case 3 last (46 < 60 < 70); normalised: case 3 above case 2
        assertThat(three.rank()).isEqualTo(3);
        assertThat(three.normalisedRank()).isLessThan(two.normalisedRank());
    }

    private static Ranking.Row row(List<Ranking.Row> rows, long id) {
        return rows.stream().filter(r -> r.nominationId() == id).findFirst().orElseThrow();
    }

    @Test
    void cases_without_scores_rank_last_and_ties_fall_to_the_median_then_the_id() {
        var rows = Ranking.rank(List.of(5L, 6L, 7L), List.of(
                new Ranking.Review(6, 100, List.of(8, 8, 8, 8)),
                new Ranking.Review(7, 100, List.of(8, 8, 8, 8))), CRITERIA, 10, 20);
        assertThat(rows).extracting(Ranking.Row::nominationId).containsExactly(6L, 7L, 5L);
        assertThat(rows.getLast().totals()).isEmpty();
    }
}
