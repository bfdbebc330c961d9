package org.jigai.provider;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jspecify.annotations.Nullable;

/**
 * A provider's public profile for derived data such as the search index: never its contact details. {@code region}
 * is where the provider is registered, {@code regionsServed} where it says it works.
 */
public record ProviderSnapshot(long organizationId, @Nullable String ref, String name, String region,
        @Nullable String description, Set<ServiceCategory> categories, Set<Industry> industries,
        Set<String> regionsServed, List<String> qualifications, List<ReferenceProject> references,
        long publishedSolutions, Instant updatedAt, boolean hidden) {}
