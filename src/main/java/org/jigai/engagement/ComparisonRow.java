package org.jigai.engagement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One provider's current proposal on a need, on the columns the enterprise compares. */
public record ComparisonRow(long engagementId, long providerId, String providerName, EngagementState state,
        boolean shortlisted, int proposalNumber, ProposalStatus proposalStatus, BigDecimal priceWan, int durationDays,
        @Nullable String firstMilestone, @Nullable LocalDate firstDue, @Nullable String lastMilestone,
        @Nullable LocalDate lastDue, long publishedSolutions, RatingSummary rating, long completedEngagements) {}
