package org.jigai.account;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A one-time link with which a colleague joins an organisation; only the token's hash is stored. */
@Entity
@Table(name = "invitation")
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    private Long invitedBy;
    private @Nullable String note;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Long acceptedBy;

    @Version
    private long version;

    protected Invitation() {}

    Invitation(String tokenHash, Organization organization, Long invitedBy, @Nullable String note, Instant createdAt,
            Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.organization = organization;
        this.invitedBy = invitedBy;
        this.note = note;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isOpen(Instant now) {
        return acceptedBy == null && now.isBefore(expiresAt);
    }

    void acceptedBy(Long userId) {
        this.acceptedBy = userId;
    }

    Long getId() { return id; }
    Organization getOrganization() { return organization; }
    @Nullable String getNote() { return note; }
    Instant getCreatedAt() { return createdAt; }
    Instant getExpiresAt() { return expiresAt; }
    @Nullable Long getAcceptedBy() { return acceptedBy; }
}
