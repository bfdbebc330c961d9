package org.jigai.account;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user as lists show it. */
public record UserSummary(long id, String username, String displayName, @Nullable String organizationName,
        boolean organizationAdmin, Set<Role> roles, boolean enabled, Instant createdAt, long version) {

    static UserSummary of(UserAccount u) {
        var org = u.getOrganization();
        return new UserSummary(u.getId(), u.getUsername(), u.getDisplayName(), org == null ? null : org.getName(),
                u.isOrganizationAdmin(), u.getRoles(), u.isEnabled(), u.getCreatedAt(), u.getVersion());
    }
}
