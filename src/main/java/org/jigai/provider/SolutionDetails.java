package org.jigai.provider;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jspecify.annotations.Nullable;

/** A solution as one reader may see it, with the actions this reader may take ({@link SolutionAccess}). */
public record SolutionDetails(long id, @Nullable String ref, long version, long organizationId, String providerName, String title,
        @Nullable String description, Set<ServiceCategory> categories, Set<Industry> industries, Set<Direction> directions,
        @Nullable BigDecimal priceMinWan, @Nullable BigDecimal priceMaxWan, @Nullable Integer deliveryWeeks,
        @Nullable String tags, List<ReferenceProject> references, SolutionStatus status, @Nullable Instant publishedAt,
        boolean mine, boolean mayPublish, boolean mayArchive, boolean hidden, @Nullable String hiddenReason,
        @Nullable Instant resubmittedAt, boolean mayModerate, boolean mayResubmit) {

    public SolutionForm toForm() {
        return new SolutionForm(title, description, categories, industries, directions, priceMinWan, priceMaxWan,
                deliveryWeeks, tags, references.stream().map(ReferenceProject::title)
                        .collect(java.util.stream.Collectors.toSet()));
    }
}
