package org.jigai.selection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An objection lodged against a selected case during the notice, and how the bureau handled it. */
@Entity
@Table(name = "selection_objection")
class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long nominationId;
    private long accountId;
    private String grounds;
    private Instant lodgedAt;
    @Enumerated(EnumType.STRING)
    private @Nullable ObjectionOutcome outcome;
    private @Nullable String response;
    private @Nullable Instant handledAt;
    private @Nullable Long handledBy;
    @Version
    private long version;

    protected Objection() {}

    Objection(long nominationId, long accountId, String grounds, Instant now) {
        this.nominationId = nominationId;
        this.accountId = accountId;
        this.grounds = grounds;
        this.lodgedAt = now;
    }

    void handle(ObjectionOutcome outcome, String response, long by, Instant now) {
        if (this.outcome != null) {
            throw new IllegalStateException("objection " + id + " was handled");
        }
        this.outcome = outcome;
        this.response = response;
        this.handledBy = by;
        this.handledAt = now;
    }

    Long getId() {
        return id;
    }

    long getNominationId() {
        return nominationId;
    }

    long getAccountId() {
        return accountId;
    }

    String getGrounds() {
        return grounds;
    }

    Instant getLodgedAt() {
        return lodgedAt;
    }

    @Nullable ObjectionOutcome getOutcome() {
        return outcome;
    }

    @Nullable String getResponse() {
        return response;
    }

    @Nullable Instant getHandledAt() {
        return handledAt;
    }
}
