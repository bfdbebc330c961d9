package org.jigai.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A bearer token of a user; only the hash of its secret is stored. */
@Entity
@Table(name = "api_token")
class ApiToken {

    static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;
    private Long userId;
    private String name;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant revokedAt;
    private @Nullable Instant lastUsedAt;

    @Version
    private long version;

    protected ApiToken() {}

    ApiToken(String tokenHash, Long userId, String name, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.name = name;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isValid(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    Long getId() { return id; }
    Long getUserId() { return userId; }
    String getName() { return name; }
    Instant getCreatedAt() { return createdAt; }
    Instant getExpiresAt() { return expiresAt; }
    @Nullable Instant getRevokedAt() { return revokedAt; }
    @Nullable Instant getLastUsedAt() { return lastUsedAt; }
}
