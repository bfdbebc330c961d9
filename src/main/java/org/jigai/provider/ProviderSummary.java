package org.jigai.provider;

import java.util.Set;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;

/** A provider as the provider list shows it. */
public record ProviderSummary(long organizationId, String name, String region, Set<ServiceCategory> categories,
        Set<Industry> industries, long publishedSolutions) {}
