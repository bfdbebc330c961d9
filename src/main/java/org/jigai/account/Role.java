package org.jigai.account;

import java.util.Set;

/** The roles of DOMAIN.md. Spring Security sees them as {@code ROLE_<name>}. */
public enum Role {
    ENTERPRISE, PROVIDER, BUREAU, EXPERT, ADMIN;

    /** Roles that belong to an organisation and come with self-registration. */
    public static final Set<Role> ORGANIZATION_ROLES = Set.of(ENTERPRISE, PROVIDER);
    /** Roles only an admin hands out. */
    public static final Set<Role> STAFF_ROLES = Set.of(BUREAU, EXPERT, ADMIN);

    public String authority() {
        return "ROLE_" + name();
    }

    public String labelKey() {
        return "role." + name();
    }
}
