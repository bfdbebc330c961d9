package org.jigai.account;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The words in which access policies name who may read a record, for filters that cannot call a policy per record
 * (the search index): a record carries the terms of its audience, a reader the terms it answers to, and the reader
 * may see the record when the two share a term. Only the access policies of the record modules decide which terms a
 * record carries.
 */
public final class Audience {

    /** Every signed-in user. */
    public static final String ANYONE = "any";

    /** Providers that are members of the provider pool on the day of reading. */
    public static final String POOL_MEMBERS = "pool";

    private Audience() {}

    public static String role(Role role) {
        return "role:" + role.name();
    }

    public static String organization(long organizationId) {
        return "org:" + organizationId;
    }

    /** The terms a reader answers to: everyone's, each of its roles', and its organisation's. */
    public static Set<String> of(AccountPrincipal reader) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add(ANYONE);
        reader.roles().forEach(r -> terms.add(role(r)));
        if (reader.organizationId() != null) {
            terms.add(organization(reader.organizationId()));
        }
        return terms;
    }
}
