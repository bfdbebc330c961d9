package org.jigai.base;

import org.jspecify.annotations.Nullable;

/** What the shell shows of the signed-in person; the account module's principal implements it. */
public interface Person {

    String displayName();

    @Nullable String organizationName();
}
