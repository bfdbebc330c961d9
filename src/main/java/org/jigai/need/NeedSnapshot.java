package org.jigai.need;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/**
 * A need as stored, for derived data such as the search index. It carries no reader's rights: whoever shows it to a
 * user must apply {@link #openToProviders()} and the visibility first, and show the enterprise behind an
 * {@code anonymous} need only where {@link NeedAccess#showsOwner} says so.
 */
public record NeedSnapshot(long id, @Nullable String ref, long organizationId, String title, @Nullable String description,
        @Nullable Industry industry, Set<Direction> directions, @Nullable String region, @Nullable BigDecimal budgetMinWan,
        @Nullable BigDecimal budgetMaxWan, NeedStatus status, Visibility visibility, boolean hidden,
        Instant updatedAt, @Nullable Instant publishedAt, @Nullable Instant resubmittedAt, boolean anonymous) {

    /** Whether providers may find it at all: open for proposals and not hidden by the bureau. */
    public boolean openToProviders() {
        return NeedStatus.OPEN.contains(status) && !hidden;
    }
}
