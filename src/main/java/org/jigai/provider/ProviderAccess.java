package org.jigai.provider;

import java.util.Set;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Audience;
import org.jigai.account.Role;
import org.springframework.stereotype.Component;

/**
 * Who may read and change a provider's profile (the table is in {@code docs/security.md}): every signed-in user reads
 * its public part; only the provider itself reads its contact details and edits it. Contacts reach others only
 * through a collaboration that reveals them.
 */
@Component
public class ProviderAccess {

    public boolean mayRead(AccountPrincipal reader, long providerId) {
        return true;
    }

    public boolean mayReadContacts(AccountPrincipal reader, long providerId) {
        return mayEdit(reader, providerId);
    }

    public boolean mayEdit(AccountPrincipal reader, long providerId) {
        return reader.has(Role.PROVIDER) && reader.organizationId() != null && reader.organizationId() == providerId;
    }

    /** The audience terms of a provider's public profile in the search index (it never holds contacts). */
    public Set<String> audience(long providerId) {
        return Set.of(Audience.ANYONE);
    }
}
