package org.jigai.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A token as the admin's list shows it, without its secret. */
public record TokenSummary(long id, String name, String username, Instant createdAt, Instant expiresAt,
        @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {}
