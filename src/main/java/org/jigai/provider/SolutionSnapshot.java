package org.jigai.provider;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jspecify.annotations.Nullable;

/** A solution as stored, for derived data such as the search index; {@link SolutionAccess} says who may see it. */
public record SolutionSnapshot(long id, @Nullable String ref, long organizationId, String title, @Nullable String description,
        Set<ServiceCategory> categories, Set<Industry> industries, Set<Direction> directions, @Nullable String tags,
        @Nullable BigDecimal priceMinWan, @Nullable BigDecimal priceMaxWan, @Nullable Integer deliveryWeeks,
        SolutionStatus status, Instant updatedAt, @Nullable Instant publishedAt, boolean hidden,
        @Nullable Instant resubmittedAt) {

    public boolean published() {
        return status == SolutionStatus.PUBLISHED;
    }
}
