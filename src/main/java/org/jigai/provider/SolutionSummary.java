package org.jigai.provider;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jspecify.annotations.Nullable;

/** A solution as a list row shows it. */
public record SolutionSummary(long id, @Nullable String ref, long organizationId, String title, @Nullable String description, String providerName,
        Set<ServiceCategory> categories, Set<Industry> industries, Set<Direction> directions,
        @Nullable BigDecimal priceMinWan, @Nullable BigDecimal priceMaxWan, @Nullable Integer deliveryWeeks,
        @Nullable String tags, SolutionStatus status, Instant updatedAt,
        @Nullable Instant publishedAt, boolean hidden, @Nullable String hiddenReason, @Nullable Instant resubmittedAt) {}
