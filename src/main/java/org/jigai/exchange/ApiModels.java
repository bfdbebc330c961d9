package org.jigai.exchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The JSON shapes the reading endpoints answer with: the import's fields plus {@code id} and state. */
final class ApiModels {

    private ApiModels() {}

    record Organization(long id, @Nullable String ref, String type, String name, String uscc, String region,
            Set<String> industries, @Nullable String description) {}

    record Solution(long id, @Nullable String ref, long providerId, @Nullable String providerRef, String providerName,
            String title, String description, Set<String> industries, Set<String> directions, Set<String> categories,
            @Nullable BigDecimal priceMinWan, @Nullable BigDecimal priceMaxWan, String status) {}

    /** A need; the enterprise fields are null for a provider reading a need published anonymously. */
    record Need(long id, @Nullable String ref, @Nullable Long enterpriseId, @Nullable String enterpriseRef,
            @Nullable String enterpriseName, String title, @Nullable String description, @Nullable String industry,
            Set<String> directions, @Nullable String region, @Nullable BigDecimal budgetMinWan,
            @Nullable BigDecimal budgetMaxWan, String status) {}
}
