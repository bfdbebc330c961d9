package org.jigai.selection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One expert's review of one nomination: assigned, then scored per criterion or abstained; moves by {@link #take}. */
@Entity
@Table(name = "review_assignment")
class ReviewAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long nominationId;
    private long expertId;
    @Enumerated(EnumType.STRING)
    private ReviewState state = ReviewState.PENDING;
    private boolean pinned;
    private @Nullable String comment;
    private @Nullable String abstainReason;
    private Instant assignedAt;
    private @Nullable Instant submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "assignment_id"))
    @OrderColumn(name = "position")
    private List<CriterionScore> scores = new ArrayList<>();

    @Version
    private long version;

    protected ReviewAssignment() {}

    ReviewAssignment(long nominationId, long expertId, boolean pinned, Instant now) {
        this.nominationId = nominationId;
        this.expertId = expertId;
        this.pinned = pinned;
        this.assignedAt = now;
    }

    void take(ReviewTransition t, @Nullable String reason, Instant now) {
        if (state != t.from()) {
            throw new IllegalStateException(t + " is not allowed from " + state);
        }
        state = t.to();
        switch (t) {
            case SUBMIT -> submittedAt = now;
            case ABSTAIN -> {
                abstainReason = reason;
                submittedAt = now;
            }
            case REMOVE -> pinned = false;
            case REASSIGN -> {
                assignedAt = now;
                pinned = true;
            }
        }
    }

    void score(List<CriterionScore> scores, String comment) {
        this.scores.clear();
        this.scores.addAll(scores);
        this.comment = comment;
    }

    Long getId() {
        return id;
    }

    long getNominationId() {
        return nominationId;
    }

    long getExpertId() {
        return expertId;
    }

    ReviewState getState() {
        return state;
    }

    boolean isPinned() {
        return pinned;
    }

    @Nullable String getComment() {
        return comment;
    }

    @Nullable String getAbstainReason() {
        return abstainReason;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    List<CriterionScore> getScores() {
        return scores;
    }

    long getVersion() {
        return version;
    }
}
