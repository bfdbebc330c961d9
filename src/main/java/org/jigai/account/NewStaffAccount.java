package org.jigai.account;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A bureau, expert or admin account that an admin creates, with a first password to hand over. */
public record NewStaffAccount(@Nullable String username, @Nullable String displayName, @Nullable String mobile,
        @Nullable String email, Set<Role> roles, @Nullable String password) {}
