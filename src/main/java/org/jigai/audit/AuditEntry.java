package org.jigai.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded event; never changed once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    static final int TARGET_MAX = 200;
    static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private String actor;
    private String action;
    private @Nullable String target;
    private @Nullable String detail;
    private @Nullable String remoteAddress;

    protected AuditEntry() {}

    AuditEntry(Instant occurredAt, String actor, String action, @Nullable String target, @Nullable String detail,
            @Nullable String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actor = cut(actor, 50);
        this.action = cut(action, 40);
        this.target = target == null ? null : cut(target, TARGET_MAX);
        this.detail = detail == null ? null : cut(detail, DETAIL_MAX);
        this.remoteAddress = remoteAddress;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public @Nullable String getTarget() { return target; }
    public @Nullable String getDetail() { return detail; }
    public @Nullable String getRemoteAddress() { return remoteAddress; }
}
