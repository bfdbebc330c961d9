package org.jigai.engagement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.jigai.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** One need and one provider working towards, and through, a contract. Its moves are {@link Transition}'s. */
@Entity
@Table(name = "engagement")
class Engagement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long needId;
    private long enterpriseId;
    private long providerId;
    @Enumerated(EnumType.STRING)
    private EngagementState state;
    @Enumerated(EnumType.STRING)
    private Side startedBy;
    private @Nullable String note;
    private boolean shortlisted;
    private @Nullable Instant enterpriseConsentAt;
    private @Nullable Instant providerConsentAt;
    private @Nullable Instant revealedAt;
    private @Nullable Instant acceptedAt;
    private @Nullable Instant signedAt;
    private @Nullable BigDecimal signedPriceWan;
    private @Nullable Instant completedAt;
    private @Nullable Instant endedAt;
    private @Nullable String endReason;
    private @Nullable Instant reportedAt;
    private @Nullable String reportReason;
    private @Nullable String reportHandling;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Engagement() {}

    Engagement(long needId, long enterpriseId, long providerId, Side startedBy, @Nullable String note, Instant now) {
        this.needId = needId;
        this.enterpriseId = enterpriseId;
        this.providerId = providerId;
        this.startedBy = startedBy;
        this.state = startedBy == Side.ENTERPRISE ? EngagementState.INVITED : EngagementState.INTERESTED;
        this.note = note;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes a transition of the table, or refuses it with the message users see next to the action. */
    void take(Transition t, Side side, Instant now) {
        if (!t.allows(state, side)) {
            throw InvalidInputException.of("state", "engagement.error.refused");
        }
        state = t.next(state);
        updatedAt = now;
        switch (t) {
            case ACCEPT_INVITATION, ACCEPT_INTEREST -> acceptedAt = now;
            case ACCEPT_PROPOSAL -> signedAt = now;
            case COMPLETE -> completedAt = now;
            default -> { }
        }
        if (EngagementState.ENDED.contains(state) && endedAt == null) {
            endedAt = now;
        }
    }

    void end(@Nullable String reason) {
        endReason = reason;
    }

    /** Records one side's consent; true when it was the second, so the contacts are revealed now. */
    boolean consent(Side side, Instant now) {
        if (side == Side.ENTERPRISE && enterpriseConsentAt == null) {
            enterpriseConsentAt = now;
        } else if (side == Side.PROVIDER && providerConsentAt == null) {
            providerConsentAt = now;
        } else {
            throw InvalidInputException.of("state", "engagement.error.alreadyConsented");
        }
        updatedAt = now;
        if (enterpriseConsentAt != null && providerConsentAt != null) {
            revealedAt = now;
            return true;
        }
        return false;
    }

    boolean consented(Side side) {
        return side == Side.ENTERPRISE ? enterpriseConsentAt != null : providerConsentAt != null;
    }

    void shortlist(boolean on, Instant now) {
        shortlisted = on;
        updatedAt = now;
    }

    void signedFor(BigDecimal priceWan) {
        signedPriceWan = priceWan;
    }

    void report(String reason, Instant now) {
        if (reportedAt != null && reportHandling == null) {
            throw InvalidInputException.of("reason", "engagement.error.alreadyReported");
        }
        reportedAt = now;
        reportReason = reason;
        reportHandling = null;
        updatedAt = now;
    }

    void handleReport(String handling, Instant now) {
        if (reportedAt == null || reportHandling != null) {
            throw InvalidInputException.of("handling", "engagement.error.noOpenReport");
        }
        reportHandling = handling;
        updatedAt = now;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    /** The side an organisation is on in this engagement, or null when it is not a party. */
    @Nullable Side sideOf(@Nullable Long organizationId) {
        if (organizationId == null) {
            return null;
        }
        if (organizationId == enterpriseId) {
            return Side.ENTERPRISE;
        }
        return organizationId == providerId ? Side.PROVIDER : null;
    }

    long partyOf(Side side) {
        return side == Side.ENTERPRISE ? enterpriseId : providerId;
    }

    Long getId() { return id; }
    long getNeedId() { return needId; }
    long getEnterpriseId() { return enterpriseId; }
    long getProviderId() { return providerId; }
    EngagementState getState() { return state; }
    Side getStartedBy() { return startedBy; }
    @Nullable String getNote() { return note; }
    boolean isShortlisted() { return shortlisted; }
    @Nullable Instant getRevealedAt() { return revealedAt; }
    @Nullable Instant getSignedAt() { return signedAt; }
    @Nullable BigDecimal getSignedPriceWan() { return signedPriceWan; }
    @Nullable Instant getCompletedAt() { return completedAt; }
    @Nullable Instant getEndedAt() { return endedAt; }
    @Nullable String getEndReason() { return endReason; }
    @Nullable Instant getReportedAt() { return reportedAt; }
    @Nullable String getReportReason() { return reportReason; }
    @Nullable String getReportHandling() { return reportHandling; }
    Instant getCreatedAt() { return createdAt; }
    Instant getUpdatedAt() { return updatedAt; }
    long getVersion() { return version; }

    /**
     * Whether the provider may know the enterprise even when the need was published anonymously: the enterprise
     * invited it, or accepted its interest.
     */
    boolean enterpriseKnownToProvider() {
        return startedBy == Side.ENTERPRISE || acceptedAt != null;
    }

    /** Reported and not yet handled: the bureau then reads the whole engagement. */
    boolean isReportOpen() {
        return reportedAt != null && reportHandling == null;
    }

    boolean wasReported() {
        return reportedAt != null;
    }
}
