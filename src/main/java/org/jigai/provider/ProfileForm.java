package org.jigai.provider;

import java.util.List;
import java.util.Set;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jspecify.annotations.Nullable;

/** What a provider writes in its profile; checked by {@link ProviderService}. */
public record ProfileForm(@Nullable String description, @Nullable Integer teamSize, @Nullable Integer foundedYear,
        Set<ServiceCategory> categories, Set<Industry> industries, Set<String> regions,
        List<Qualification> qualifications, List<ReferenceProject> references, @Nullable String contactName,
        @Nullable String contactMobile, @Nullable String contactEmail) {

    public static final int DESCRIPTION_MAX = 5000;
    public static final int MAX_ITEMS = 50;
}
