package org.jigai.engagement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A rating as its reader may see it: the scores and comment only once visible (both rated, or the blind period
 * passed), except to the side that gave it.
 */
public record RatingView(Side raterSide, boolean visible, int @Nullable [] scores, @Nullable String comment,
        Instant createdAt, @Nullable String reply, boolean mayReply) {}
