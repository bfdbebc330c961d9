package org.jigai.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One thing one user is told. Its text is made when shown, in the reader's language, from its kind and two values
 * ({@code subject}: what it is about, such as a need's title; {@code detail}: who, or why).
 */
@Entity
@Table(name = "notification")
class Notification {

    /** Whether e-mail still has to go out for it. */
    enum MailState { PENDING, SENT, SKIPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;
    private String kind;
    private String link;
    private String subject;
    private @Nullable String detail;
    private Instant createdAt;
    private @Nullable Instant readAt;
    @Enumerated(EnumType.STRING)
    private MailState mailState;

    protected Notification() {}

    Notification(long userId, String kind, String link, String subject, @Nullable String detail, Instant createdAt,
            MailState mailState) {
        this.userId = userId;
        this.kind = kind;
        this.link = link;
        this.subject = subject.length() <= 200 ? subject : subject.substring(0, 200);
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        this.createdAt = createdAt;
        this.mailState = mailState;
    }

    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    void mailed(MailState state) {
        mailState = state;
    }

    Long getId() { return id; }
    long getUserId() { return userId; }
    String getKind() { return kind; }
    String getLink() { return link; }
    String getSubject() { return subject; }
    @Nullable String getDetail() { return detail; }
    Instant getCreatedAt() { return createdAt; }
    @Nullable Instant getReadAt() { return readAt; }
    MailState getMailState() { return mailState; }
}
