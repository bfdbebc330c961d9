package org.jigai.engagement;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One milestone of a signed engagement, with its delivery and acceptance. */
public record MilestoneView(long id, int position, String name, String deliverable, LocalDate dueDate,
        int sharePercent, MilestoneState state, @Nullable String deliveryNote, @Nullable String changeRequest,
        @Nullable Instant submittedAt, @Nullable Instant autoApproveAt, @Nullable Instant approvedAt,
        boolean autoApproved, @Nullable FileRef file) {}
