package org.jigai.pool;

import org.jspecify.annotations.Nullable;

/**
 * Something a provider is told about its pool application through the notification centre: a decision of the bureau
 * (with its reason), or a reminder that its membership ends with the year ({@code detail}: the last day, ISO).
 */
public record PoolNotice(long applicationId, long organizationId, int year, org.jigai.base.ServiceCategory category,
        Type type, @Nullable String detail) {

    public enum Type { APPROVED, RETURNED, REJECTED, REMOVED, RENEWAL_DUE }
}
