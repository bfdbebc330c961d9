package org.jigai.engagement;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One engagement in a list: the facts everyone who may see it may see (never the conversation or proposal contents).
 * {@code enterpriseShown} is false for a provider whose interest in an anonymous need the enterprise has not accepted
 * (then {@code enterpriseName} is empty and {@code enterpriseId} must not be shown). {@code side} is the reader's side, null for the bureau; {@code unread} counts the other side's unread messages.
 */
public record EngagementSummary(long id, long needId, String needTitle, long enterpriseId, String enterpriseName,
        long providerId, String providerName, EngagementState state, Side startedBy, @Nullable Side side,
        boolean shortlisted, @Nullable BigDecimal priceWan, int proposalNumber, long unread, Instant createdAt,
        Instant updatedAt, @Nullable Instant signedAt, @Nullable BigDecimal signedPriceWan,
        @Nullable Instant completedAt, @Nullable Instant endedAt, boolean reported, boolean enterpriseShown) {}
