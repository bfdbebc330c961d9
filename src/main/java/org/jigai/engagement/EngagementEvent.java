package org.jigai.engagement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One transition taken, as it happened; never changed. The history, notifications and e-mail are read from these. */
@Entity
@Table(name = "engagement_event")
class EngagementEvent {

    static final int DETAIL_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long engagementId;
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    private Transition transition;
    @Enumerated(EnumType.STRING)
    private Side side;
    private @Nullable Long actorId;
    @Enumerated(EnumType.STRING)
    private EngagementState stateAfter;
    private @Nullable String detail;

    protected EngagementEvent() {}

    EngagementEvent(long engagementId, Instant occurredAt, Transition transition, Side side, @Nullable Long actorId,
            EngagementState stateAfter, @Nullable String detail) {
        this.engagementId = engagementId;
        this.occurredAt = occurredAt;
        this.transition = transition;
        this.side = side;
        this.actorId = actorId;
        this.stateAfter = stateAfter;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    Long getId() { return id; }
    long getEngagementId() { return engagementId; }
    Instant getOccurredAt() { return occurredAt; }
    Transition getTransition() { return transition; }
    Side getSide() { return side; }
    @Nullable Long getActorId() { return actorId; }
    EngagementState getStateAfter() { return stateAfter; }
    @Nullable String getDetail() { return detail; }
}
