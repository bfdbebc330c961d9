package org.jigai.provider;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Audience;
import org.jigai.account.Role;
import org.springframework.stereotype.Component;

/**
 * Who may read and change a provider's profile (the table is in {@code docs/security.md}): every signed-in user reads
 * its public part unless the bureau hid it (then only the provider and staff); only the provider itself reads its
 * contact details and edits it; only the bureau hides it. Contacts reach others only through a collaboration that
 * reveals them.
 */
@Component
public class ProviderAccess {

    /** What a reader may do with one profile it may read. */
    public record Actions(boolean mine, boolean contacts, boolean moderate, boolean resubmit) {}

    public boolean mayRead(AccountPrincipal reader, long providerId, boolean hidden) {
        return !hidden || owns(reader, providerId) || staff(reader);
    }

    public boolean mayReadContacts(AccountPrincipal reader, long providerId) {
        return mayEdit(reader, providerId);
    }

    public boolean mayEdit(AccountPrincipal reader, long providerId) {
        return reader.has(Role.PROVIDER) && owns(reader, providerId);
    }

    public Actions actions(AccountPrincipal reader, long providerId, boolean hidden, boolean resubmitted) {
        boolean mine = mayEdit(reader, providerId);
        return new Actions(mine, mayReadContacts(reader, providerId), reader.has(Role.BUREAU),
                mine && hidden && !resubmitted);
    }

    /** The audience terms of a provider's public profile in the search index (it never holds contacts). */
    public Set<String> audience(long providerId, boolean hidden) {
        if (!hidden) {
            return Set.of(Audience.ANYONE);
        }
        Set<String> terms = new LinkedHashSet<>();
        terms.add(Audience.organization(providerId));
        terms.add(Audience.role(Role.BUREAU));
        terms.add(Audience.role(Role.ADMIN));
        return terms;
    }

    private static boolean owns(AccountPrincipal reader, long providerId) {
        return reader.organizationId() != null && reader.organizationId() == providerId;
    }

    private static boolean staff(AccountPrincipal reader) {
        return reader.has(Role.BUREAU) || reader.has(Role.ADMIN);
    }
}
