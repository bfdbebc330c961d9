package org.jigai.project;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One stage transition of a project, for its timeline. */
@Entity
@Table(name = "project_stage_change")
class StageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long projectId;
    @Enumerated(EnumType.STRING)
    private ProjectTransition transition;
    @Enumerated(EnumType.STRING)
    private ProjectStage stageAfter;
    private @Nullable LocalDate actualDate;
    private @Nullable String reason;
    private @Nullable Long actorId;
    private Instant occurredAt;

    protected StageChange() {}

    StageChange(long projectId, ProjectTransition transition, ProjectStage stageAfter, @Nullable LocalDate actualDate,
            @Nullable String reason, @Nullable Long actorId, Instant occurredAt) {
        this.projectId = projectId;
        this.transition = transition;
        this.stageAfter = stageAfter;
        this.actualDate = actualDate;
        this.reason = reason;
        this.actorId = actorId;
        this.occurredAt = occurredAt;
    }

    /** A change carried over from before the platform took place on its actual day. */
    void backdate(Instant at) {
        this.occurredAt = at;
    }

    long getProjectId() { return projectId; }
    ProjectTransition getTransition() { return transition; }
    ProjectStage getStageAfter() { return stageAfter; }
    @Nullable LocalDate getActualDate() { return actualDate; }
    @Nullable String getReason() { return reason; }
    @Nullable Long getActorId() { return actorId; }
    Instant getOccurredAt() { return occurredAt; }
}
