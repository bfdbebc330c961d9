package org.jigai.account;

import org.jspecify.annotations.Nullable;

/** What an invited colleague fills in to join the organisation. */
public record NewColleague(@Nullable String displayName, @Nullable String mobile, @Nullable String email,
        @Nullable String username, @Nullable String password) {}
