package org.jigai.engagement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One version of a proposal. */
public record ProposalView(long id, int number, String approach, String scope, BigDecimal priceWan, int durationDays,
        List<PlannedMilestone> milestones, ProposalStatus status, @Nullable String declineReason, Instant submittedAt,
        @Nullable FileRef file) {}
