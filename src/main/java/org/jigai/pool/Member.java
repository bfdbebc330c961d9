package org.jigai.pool;

import java.time.Instant;
import java.util.Set;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;

/** A member of the pool in one category, as the public list and its export show it (no contact details). */
public record Member(long organizationId, String name, String creditCode, String region, int year,
        ServiceCategory category, Set<Industry> industries, Instant approvedAt) {}
