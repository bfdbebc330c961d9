package org.jigai.engagement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One transition in an engagement's history. */
public record HistoryEntry(Instant at, Transition transition, Side side, @Nullable String actor,
        EngagementState stateAfter, @Nullable String detail) {}
