package org.jigai.account;

import org.jspecify.annotations.Nullable;

/** What an enterprise or provider fills in to register; the first user becomes the organisation's admin. */
public record Registration(@Nullable Role type, @Nullable String organizationName, @Nullable String creditCode,
        @Nullable String region, @Nullable String contactName, @Nullable String mobile, @Nullable String email,
        @Nullable String username, @Nullable String password) {}
