package org.jigai.base;

import org.jspecify.annotations.Nullable;

/** What the shell shows of the signed-in person; the account module's principal implements it. */
public interface Person {

    /** The name the first-start administrator account is created with; shown in the reader's language instead. */
    String FIRST_ADMIN_NAME = "Administrator";

    String username();

    String displayName();

    /** The name to show: the stored one, except the first-start administrator's, which has a translation. */
    static String shown(String displayName, java.util.function.Function<String, String> translate) {
        return FIRST_ADMIN_NAME.equals(displayName) ? translate.apply("account.firstAdmin") : displayName;
    }

    @Nullable String organizationName();
}
