package org.jigai.account;

import org.jspecify.annotations.Nullable;

/** A user to notify: id, name and e-mail address if they gave one. */
public record Recipient(long userId, String displayName, @Nullable String email) {}
