package org.jigai.pool;

import java.time.Instant;
import org.jigai.base.ServiceCategory;
import org.jspecify.annotations.Nullable;

/** A row of the applications list; {@code expiring} counts qualifications expired or ending within 60 days. */
public record ApplicationSummary(long id, int year, ServiceCategory category, long organizationId,
        String organizationName, ApplicationState state, @Nullable Instant submittedAt, @Nullable Instant decidedAt,
        boolean renewal, int expiring, Instant updatedAt) {}
