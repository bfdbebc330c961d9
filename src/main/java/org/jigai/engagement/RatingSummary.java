package org.jigai.engagement;

/**
 * A rated organisation's visible ratings from one kind of rater: how many, and the average of each of the three
 * scores (0 when there are none).
 */
public record RatingSummary(long count, double score1, double score2, double score3) {

    public static final RatingSummary NONE = new RatingSummary(0, 0, 0, 0);

    public double overall() {
        return count == 0 ? 0 : (score1 + score2 + score3) / 3;
    }
}
