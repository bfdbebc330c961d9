package org.jigai.engagement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jigai.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * One milestone of a signed engagement. A submission starts the acceptance timer: without an answer it is approved
 * {@code autoApproveAfter} later, with a reminder {@code remindBefore} ahead of that.
 */
@Entity
@Table(name = "milestone")
class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long engagementId;
    private int position;
    private String name;
    private String deliverable;
    private LocalDate dueDate;
    private int sharePercent;
    @Enumerated(EnumType.STRING)
    private MilestoneState state;
    private @Nullable String deliveryNote;
    private @Nullable Long fileId;
    private @Nullable String changeRequest;
    private @Nullable Instant submittedAt;
    private @Nullable Instant autoApproveAt;
    private @Nullable Instant remindedAt;
    private @Nullable Instant approvedAt;
    private boolean autoApproved;
    @Version
    private long version;

    protected Milestone() {}

    Milestone(long engagementId, int position, PlannedMilestone plan) {
        this.engagementId = engagementId;
        this.position = position;
        this.name = plan.name();
        this.deliverable = plan.deliverable();
        this.dueDate = plan.dueDate();
        this.sharePercent = plan.sharePercent();
        this.state = MilestoneState.OPEN;
    }

    void submit(String note, @Nullable Long file, Instant now, Duration autoApproveAfter) {
        if (!MilestoneState.SUBMITTABLE.contains(state)) {
            throw InvalidInputException.of("milestone", "milestone.error.notSubmittable");
        }
        state = MilestoneState.SUBMITTED;
        deliveryNote = note;
        fileId = file;
        submittedAt = now;
        autoApproveAt = now.plus(autoApproveAfter);
        remindedAt = null;
    }

    void approve(Instant now, boolean automatically) {
        if (state != MilestoneState.SUBMITTED) {
            throw InvalidInputException.of("milestone", "milestone.error.notSubmitted");
        }
        state = MilestoneState.APPROVED;
        approvedAt = now;
        autoApproved = automatically;
        autoApproveAt = null;
    }

    void requestChanges(String request) {
        if (state != MilestoneState.SUBMITTED) {
            throw InvalidInputException.of("milestone", "milestone.error.notSubmitted");
        }
        state = MilestoneState.CHANGES_REQUESTED;
        changeRequest = request;
        autoApproveAt = null;
    }

    /** Whether the reminder before automatic approval is due now (once per submission). */
    boolean reminderDue(Instant now, Duration remindBefore) {
        return state == MilestoneState.SUBMITTED && autoApproveAt != null && remindedAt == null
                && !now.isBefore(autoApproveAt.minus(remindBefore)) && now.isBefore(autoApproveAt);
    }

    void reminded(Instant now) {
        remindedAt = now;
    }

    boolean autoApprovalDue(Instant now) {
        return state == MilestoneState.SUBMITTED && autoApproveAt != null && !now.isBefore(autoApproveAt);
    }

    Long getId() { return id; }
    long getEngagementId() { return engagementId; }
    int getPosition() { return position; }
    String getName() { return name; }
    String getDeliverable() { return deliverable; }
    LocalDate getDueDate() { return dueDate; }
    int getSharePercent() { return sharePercent; }
    MilestoneState getState() { return state; }
    @Nullable String getDeliveryNote() { return deliveryNote; }
    @Nullable Long getFileId() { return fileId; }
    @Nullable String getChangeRequest() { return changeRequest; }
    @Nullable Instant getSubmittedAt() { return submittedAt; }
    @Nullable Instant getAutoApproveAt() { return autoApproveAt; }
    @Nullable Instant getRemindedAt() { return remindedAt; }
    @Nullable Instant getApprovedAt() { return approvedAt; }
    boolean isAutoApproved() { return autoApproved; }
}
