package org.jigai.selection;

import jakarta.persistence.Embeddable;

/** An expert's score on one criterion, with its comment. */
@Embeddable
public record CriterionScore(int score, String comment) {

    public static final int COMMENT_MAX = 500;
}
