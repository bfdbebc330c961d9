package org.jigai.pool;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One transition an application went through, for its history. */
@Entity
@Table(name = "pool_application_step")
class ApplicationStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long applicationId;
    @Enumerated(EnumType.STRING)
    private PoolTransition transition;
    private @Nullable Long actorId;
    private @Nullable String reason;
    private Instant takenAt;

    protected ApplicationStep() {}

    ApplicationStep(long applicationId, PoolTransition transition, @Nullable Long actorId, @Nullable String reason,
            Instant takenAt) {
        this.applicationId = applicationId;
        this.transition = transition;
        this.actorId = actorId;
        this.reason = reason;
        this.takenAt = takenAt;
    }

    PoolTransition getTransition() {
        return transition;
    }

    @Nullable String getReason() {
        return reason;
    }

    Instant getTakenAt() {
        return takenAt;
    }
}
