package org.jigai.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A one-time link to set a new password, issued by an administrator; only the token's hash is stored. */
@Entity
@Table(name = "password_reset")
class PasswordReset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;
    private String tokenHash;
    private Long issuedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant usedAt;

    @Version
    private long version;

    protected PasswordReset() {}

    PasswordReset(Long userId, String tokenHash, Long issuedBy, Instant now, Instant expiresAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.issuedBy = issuedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isOpen(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Used up: by the user setting a password, or by a newer link for the same user. */
    void close(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    Long getUserId() { return userId; }
    Instant getExpiresAt() { return expiresAt; }
}
