package org.jigai.engagement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jigai.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * One side's rating of the other after completion. The enterprise rates quality, timeliness and value for money; the
 * provider rates clarity of requirements, cooperation and payment; 1–5 each. Hidden until both sides have rated or the
 * blind period has passed; never changed after; the rated side may reply once.
 */
@Entity
@Table(name = "rating")
class Rating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long engagementId;
    @Enumerated(EnumType.STRING)
    private Side raterSide;
    private long ratedId;
    private int score1;
    private int score2;
    private int score3;
    private @Nullable String comment;
    private Instant createdAt;
    private @Nullable Instant visibleAt;
    private @Nullable String reply;
    private @Nullable Instant repliedAt;

    protected Rating() {}

    Rating(long engagementId, Side raterSide, long ratedId, int[] scores, @Nullable String comment, Instant now) {
        this.engagementId = engagementId;
        this.raterSide = raterSide;
        this.ratedId = ratedId;
        this.score1 = scores[0];
        this.score2 = scores[1];
        this.score3 = scores[2];
        this.comment = comment;
        this.createdAt = now;
    }

    void show(Instant now) {
        if (visibleAt == null) {
            visibleAt = now;
        }
    }

    void reply(String text, Instant now) {
        if (visibleAt == null) {
            throw InvalidInputException.of("reply", "rating.error.notVisible");
        }
        if (reply != null) {
            throw InvalidInputException.of("reply", "rating.error.alreadyReplied");
        }
        reply = text;
        repliedAt = now;
    }

    Long getId() { return id; }
    long getEngagementId() { return engagementId; }
    Side getRaterSide() { return raterSide; }
    long getRatedId() { return ratedId; }
    int[] getScores() { return new int[] {score1, score2, score3}; }
    @Nullable String getComment() { return comment; }
    Instant getCreatedAt() { return createdAt; }
    @Nullable Instant getVisibleAt() { return visibleAt; }
    @Nullable String getReply() { return reply; }
    @Nullable Instant getRepliedAt() { return repliedAt; }
    boolean isVisible() { return visibleAt != null; }
}
