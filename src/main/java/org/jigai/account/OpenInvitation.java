package org.jigai.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An invitation as its creator sees it. The link carries the token and exists only in the answer to
 * {@link AccountService#invite}; afterwards only its hash is kept.
 */
public record OpenInvitation(long id, @Nullable String note, Instant createdAt, Instant expiresAt,
        @Nullable String link) {}
