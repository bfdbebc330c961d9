package org.jigai.provider;

import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jspecify.annotations.Nullable;

/** Filters for the provider list: category, industry served, region served (a city code covers its districts). */
public record ProviderFilter(@Nullable ServiceCategory category, @Nullable Industry industry,
        @Nullable String region) {

    public static final ProviderFilter NONE = new ProviderFilter(null, null, null);
}
