package org.jigai.project;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The small rows around a project: skipped periods, bureau comments, edits, cadence settings, reminders sent. */
final class Records {

    private Records() {}

    record PeriodKey(long projectId, LocalDate periodStart) implements Serializable {}

    record ReminderKey(long projectId, LocalDate periodStart, int offsetDays) implements Serializable {}

    @Entity
    @Table(name = "project_skip")
    @IdClass(PeriodKey.class)
    static class Skip {
        @Id private long projectId;
        @Id private LocalDate periodStart;
        private String reason;
        private long actorId;
        private Instant occurredAt;

        protected Skip() {}

        Skip(long projectId, LocalDate periodStart, String reason, long actorId, Instant occurredAt) {
            this.projectId = projectId;
            this.periodStart = periodStart;
            this.reason = reason;
            this.actorId = actorId;
            this.occurredAt = occurredAt;
        }

        LocalDate getPeriodStart() { return periodStart; }
        String getReason() { return reason; }
        long getActorId() { return actorId; }
        Instant getOccurredAt() { return occurredAt; }
    }

    @Entity
    @Table(name = "project_comment")
    static class Comment {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        private long projectId;
        private long authorId;
        private String text;
        private Instant occurredAt;

        protected Comment() {}

        Comment(long projectId, long authorId, String text, Instant occurredAt) {
            this.projectId = projectId;
            this.authorId = authorId;
            this.text = text;
            this.occurredAt = occurredAt;
        }

        long getAuthorId() { return authorId; }
        String getText() { return text; }
        Instant getOccurredAt() { return occurredAt; }
    }

    @Entity
    @Table(name = "project_edit")
    static class Edit {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        private long projectId;
        private long actorId;
        private String fields;
        private Instant occurredAt;

        protected Edit() {}

        Edit(long projectId, long actorId, String fields, Instant occurredAt) {
            this.projectId = projectId;
            this.actorId = actorId;
            this.fields = fields;
            this.occurredAt = occurredAt;
        }

        long getActorId() { return actorId; }
        String getFields() { return fields; }
        Instant getOccurredAt() { return occurredAt; }
    }

    @Entity
    @Table(name = "project_cadence")
    static class CadenceRow {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        private @Nullable Long projectId;
        private LocalDate effectiveFrom;
        @Enumerated(EnumType.STRING)
        private Cadence cadence;
        private int dueDay;
        private @Nullable Long actorId;
        private Instant setAt;

        protected CadenceRow() {}

        CadenceRow(@Nullable Long projectId, CadenceSetting s, @Nullable Long actorId, Instant setAt) {
            this.projectId = projectId;
            this.effectiveFrom = s.effectiveFrom();
            this.cadence = s.cadence();
            this.dueDay = s.dueDay();
            this.actorId = actorId;
            this.setAt = setAt;
        }

        @Nullable Long getProjectId() { return projectId; }
        CadenceSetting setting() { return new CadenceSetting(effectiveFrom, cadence, dueDay); }
        Instant getSetAt() { return setAt; }
    }

    @Entity
    @Table(name = "project_reminder")
    @IdClass(ReminderKey.class)
    static class Reminder {
        @Id private long projectId;
        @Id private LocalDate periodStart;
        @Id private int offsetDays;
        private Instant sentAt;

        protected Reminder() {}

        Reminder(long projectId, LocalDate periodStart, int offsetDays, Instant sentAt) {
            this.projectId = projectId;
            this.periodStart = periodStart;
            this.offsetDays = offsetDays;
            this.sentAt = sentAt;
        }
    }
}
