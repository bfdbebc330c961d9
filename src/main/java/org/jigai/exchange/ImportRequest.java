package org.jigai.exchange;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/import} (API.md). Codes arrive as text so that an unknown code is reported
 * for its record instead of rejecting the whole body.
 */
public record ImportRequest(@Nullable List<OrganizationRecord> organizations, @Nullable List<SolutionRecord> solutions,
        @Nullable List<NeedRecord> needs) {

    public record OrganizationRecord(@Nullable String ref, @Nullable String type, @Nullable String name,
            @Nullable String uscc, @Nullable String region, @Nullable List<String> categories,
            @Nullable List<String> industries, @Nullable String description) {}

    public record SolutionRecord(@Nullable String ref, @Nullable String providerRef, @Nullable String title,
            @Nullable String description, @Nullable List<String> industries, @Nullable List<String> directions,
            @Nullable List<String> categories, @Nullable BigDecimal priceMinWan, @Nullable BigDecimal priceMaxWan,
            @Nullable Integer deliveryWeeks, @Nullable String tags) {}

    public record NeedRecord(@Nullable String ref, @Nullable String enterpriseRef, @Nullable String title,
            @Nullable String description, @Nullable String industry, @Nullable List<String> directions,
            @Nullable String region, @Nullable BigDecimal budgetWan) {}
}
