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

/** One message of an engagement's conversation; stored before anyone is told of it. */
@Entity
@Table(name = "engagement_message")
class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long engagementId;
    private long authorId;
    @Enumerated(EnumType.STRING)
    private Side side;
    private String text;
    private @Nullable Long fileId;
    private Instant sentAt;

    protected Message() {}

    Message(long engagementId, long authorId, Side side, String text, @Nullable Long fileId, Instant sentAt) {
        this.engagementId = engagementId;
        this.authorId = authorId;
        this.side = side;
        this.text = text;
        this.fileId = fileId;
        this.sentAt = sentAt;
    }

    Long getId() { return id; }
    long getEngagementId() { return engagementId; }
    long getAuthorId() { return authorId; }
    Side getSide() { return side; }
    String getText() { return text; }
    @Nullable Long getFileId() { return fileId; }
    Instant getSentAt() { return sentAt; }
}
