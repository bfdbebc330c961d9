package org.jigai.matching;

/**
 * Every weight of the ranking, in one place (documented in docs/matching.md and tuned on the development set).
 * The final score of a candidate is
 * {@code text·textFit + industry·industryFit + direction·directionFit + category·categoryFit + region·regionFit},
 * each fit between 0 and 1; see {@link Ranker}.
 *
 * @param text weight of text relevance (BM25 over words and bigrams, relative to the best candidate)
 * @param industry weight of industry fit
 * @param direction weight of upgrade-direction fit
 * @param category weight of service-category fit (the category a need's words imply)
 * @param region weight of regional fit (same district, served region, same city)
 * @param titleBoost how much more a word of the probe's title counts than a word of its body
 * @param candidateTitleBoost weight of an extra clause for words in the candidate's title (0: titles count as body
 *     text only, which keeps the query a single field per analysis)
 * @param bigramBoost weight of the bigram clauses against the word clauses
 * @param synonymBoost weight of a synonym against the word the text used
 * @param breadthPivot how many industries or directions a candidate may claim before its fit is discounted; a
 *     candidate claiming n > pivot of them gets fit·sqrt(pivot/n), so "we do everything" does not win
 * @param standing weight of the provider's standing (ratings from enterprises and completed engagements, between -1
 *     and 1, see {@link Standing}); small on purpose: it orders near-equal fits and never lifts an unfit solution
 *     above a fitting one on the development set
 */
record Weights(double text, double industry, double direction, double category, double region, double titleBoost,
        double candidateTitleBoost, double bigramBoost, double synonymBoost, double breadthPivot, double standing) {

    /** The ranking's version, stored with every logged list (OutcomeLog): change it whenever a weight changes. */
    static final String VERSION = "2026-11-standing";

    static final Weights DEFAULT = new Weights(6.0, 1.0, 0.7, 0.8, 0.4, 1.0, 1.0, 0.6, 0.4, 3.0, 0.3);

    /** The same weights with another standing weight (the ablations of the development set). */
    Weights withStanding(double weight) {
        return new Weights(text, industry, direction, category, region, titleBoost, candidateTitleBoost, bigramBoost,
                synonymBoost, breadthPivot, weight);
    }
}
