package org.jigai.engagement;

import org.jspecify.annotations.Nullable;

/**
 * Published in the transaction of every transition (and of every message, with {@code transition} SEND_MESSAGE and
 * no event row): the notification centre, e-mail and the matching module's outcome log read it.
 */
public record EngagementEventRecorded(long engagementId, long needId, String needTitle, Transition transition,
        Side side, @Nullable Long actorId, long enterpriseId, String enterpriseName, long providerId,
        String providerName, EngagementState stateAfter, @Nullable String detail) {}
