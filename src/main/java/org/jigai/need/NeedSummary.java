package org.jigai.need;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/**
 * A need as a list row shows it. When {@code ownerShown} is false (published anonymously, and the reader is a
 * provider) {@code organizationName} is empty and {@code organizationId} must not be shown.
 */
public record NeedSummary(long id, @Nullable String ref, long organizationId, String title, @Nullable String description, @Nullable Industry industry, Set<Direction> directions, @Nullable String region,
        @Nullable BigDecimal budgetMinWan, @Nullable BigDecimal budgetMaxWan, NeedStatus status, boolean hidden,
        String organizationName, Instant updatedAt, @Nullable Instant publishedAt, @Nullable Instant expiresAt,
        @Nullable String hiddenReason, @Nullable Instant resubmittedAt, boolean ownerShown) {}
