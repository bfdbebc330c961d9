package org.jigai.account;

import java.io.Serial;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.jigai.base.Person;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it, with the organisation it acts for. */
public record AccountPrincipal(long id, String username, @Nullable String passwordHash, String displayName,
        @Nullable Long organizationId, @Nullable String organizationName, boolean organizationAdmin, Set<Role> roles,
        boolean enabled) implements UserDetails, Person {

    @Serial
    private static final long serialVersionUID = 1L;

    static AccountPrincipal of(UserAccount user) {
        var org = user.getOrganization();
        return new AccountPrincipal(user.getId(), user.getUsername(), user.getPasswordHash(), user.getDisplayName(),
                org == null ? null : org.getId(), org == null ? null : org.getName(), user.isOrganizationAdmin(),
                user.getRoles(), user.isEnabled());
    }

    /** The principal of the current request or UI session, if someone is signed in. */
    public static Optional<AccountPrincipal> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal p ? Optional.of(p) : Optional.empty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The same principal without its password hash, for a token-authenticated request. */
    public AccountPrincipal withoutPassword() {
        return new AccountPrincipal(id, username, null, displayName, organizationId, organizationName,
                organizationAdmin, roles, enabled);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
