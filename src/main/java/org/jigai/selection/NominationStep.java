package org.jigai.selection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step in a nomination's history: a transition (or its creation) with who took it and why. */
@Entity
@Table(name = "nomination_step")
class NominationStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long nominationId;
    private String action;
    @Enumerated(EnumType.STRING)
    private NominationState state;
    private @Nullable Long actorId;
    private @Nullable String reason;
    private Instant at;

    protected NominationStep() {}

    NominationStep(long nominationId, String action, NominationState state, @Nullable Long actorId,
            @Nullable String reason, Instant at) {
        this.nominationId = nominationId;
        this.action = action;
        this.state = state;
        this.actorId = actorId;
        this.reason = reason;
        this.at = at;
    }

    String getAction() {
        return action;
    }

    NominationState getState() {
        return state;
    }

    @Nullable String getReason() {
        return reason;
    }

    Instant getAt() {
        return at;
    }
}
