package org.jigai.account;

import java.util.Set;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/** The caller's own organisation as its page shows it; {@code mayEdit} for the organisation's administrator. */
public record OrganizationProfile(long id, String name, String creditCode, Role type, @Nullable String description,
        Set<Industry> industries, String region, @Nullable String contactName, @Nullable String contactMobile,
        @Nullable String contactEmail, @Nullable String address, long version, boolean mayEdit) {

    public OrganizationForm toForm() {
        return new OrganizationForm(description, industries, region, contactName, contactMobile, contactEmail, address);
    }
}
