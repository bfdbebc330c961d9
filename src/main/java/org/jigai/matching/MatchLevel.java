package org.jigai.matching;

/**
 * How good a match is, in words people read instead of a raw score: calibrated on the development set
 * (docs/matching.md), where nine in ten matches scoring {@link #HIGH_FROM} or more are relevant (graded 2 or 3), about
 * one in seven between {@link #MEDIUM_FROM} and that (mostly partial fits), and few below. The raw score stays in the
 * API.
 */
public enum MatchLevel {
    HIGH, MEDIUM, FAIR;

    static final double HIGH_FROM = 6.0;
    static final double MEDIUM_FROM = 4.0;

    public static MatchLevel of(double score) {
        return score >= HIGH_FROM ? HIGH : score >= MEDIUM_FROM ? MEDIUM : FAIR;
    }

    public String labelKey() {
        return "match.level." + name();
    }
}
