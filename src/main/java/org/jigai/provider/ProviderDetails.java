package org.jigai.provider;

import java.util.List;
import java.util.Set;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jspecify.annotations.Nullable;

/**
 * A provider as a reader sees it. Contact details are present only for the provider itself; everyone else gets
 * them once a collaboration reveals them (a later issue).
 */
public record ProviderDetails(long organizationId, String name, String region, @Nullable String description,
        @Nullable Integer teamSize, @Nullable Integer foundedYear, Set<ServiceCategory> categories,
        Set<Industry> industries, Set<String> regions, List<Qualification> qualifications,
        List<ReferenceProject> references, @Nullable String contactName, @Nullable String contactMobile,
        @Nullable String contactEmail, boolean mine, long version, boolean hidden, @Nullable String hiddenReason,
        java.time.@Nullable Instant resubmittedAt, boolean mayModerate, boolean mayResubmit) {

    public ProfileForm toForm() {
        return new ProfileForm(description, teamSize, foundedYear, categories, industries, regions, qualifications,
                references, contactName, contactMobile, contactEmail);
    }
}
