package org.jigai.pool;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jigai.base.ServiceCategory;
import org.jigai.provider.Qualification;
import org.jigai.provider.ReferenceProject;
import org.jspecify.annotations.Nullable;

/**
 * One provider's application to one category of one pool year. Its state moves only by {@link #take}; what it puts
 * forward (statement, qualifications, reference projects as they stood in the profile) changes only while it is a
 * draft or returned.
 */
@Entity
@Table(name = "pool_application")
class PoolApplication {

    /** The answers a renewal pre-fills, each marked until the provider confirms or changes it. */
    enum Field { STATEMENT, QUALIFICATIONS, REFERENCES }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long poolYearId;
    private long organizationId;
    @Enumerated(EnumType.STRING)
    private ServiceCategory category;
    @Enumerated(EnumType.STRING)
    private ApplicationState state = ApplicationState.DRAFT;
    private @Nullable String statement;
    private @Nullable Long renewedFrom;
    private @Nullable String decisionReason;
    private @Nullable Instant submittedAt;
    private @Nullable Instant decidedAt;
    private @Nullable Integer remindedDays;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "pool_application_qualification", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<Qualification> qualifications = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "pool_application_reference", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<ReferenceProject> references = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "pool_application_prefilled", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "field")
    @Enumerated(EnumType.STRING)
    private Set<Field> prefilled = new HashSet<>();

    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected PoolApplication() {}

    PoolApplication(long poolYearId, long organizationId, ServiceCategory category, Instant now) {
        this.poolYearId = poolYearId;
        this.organizationId = organizationId;
        this.category = category;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Pre-fills from the application of an earlier year; every answer stays marked until confirmed. */
    void renewFrom(PoolApplication earlier, List<Qualification> stillHeld, List<ReferenceProject> stillListed) {
        this.renewedFrom = earlier.id;
        this.statement = earlier.statement;
        this.qualifications = new ArrayList<>(stillHeld);
        this.references = new ArrayList<>(stillListed);
        this.prefilled = EnumSet.allOf(Field.class);
    }

    /** New answers; each one that differs from what was pre-filled counts as confirmed. */
    void edit(@Nullable String statement, List<Qualification> qualifications, List<ReferenceProject> references,
            Instant now) {
        if (!java.util.Objects.equals(this.statement, statement)) {
            prefilled.remove(Field.STATEMENT);
        }
        if (!this.qualifications.equals(qualifications)) {
            prefilled.remove(Field.QUALIFICATIONS);
        }
        if (!this.references.equals(references)) {
            prefilled.remove(Field.REFERENCES);
        }
        this.statement = statement;
        this.qualifications = new ArrayList<>(qualifications);
        this.references = new ArrayList<>(references);
        this.updatedAt = now;
    }

    void confirm(Field field, Instant now) {
        prefilled.remove(field);
        updatedAt = now;
    }

    void take(PoolTransition t, @Nullable String reason, Instant now) {
        if (!t.allows(state)) {
            throw new IllegalStateException(t + " from " + state);
        }
        state = t.to();
        switch (t) {
            case SUBMIT -> {
                submittedAt = now;
                decisionReason = null;
            }
            case APPROVE, RETURN, REJECT, REMOVE -> {
                decidedAt = now;
                decisionReason = reason;
            }
            case WITHDRAW, REOPEN -> decisionReason = null;
        }
        updatedAt = now;
    }

    void reminded(int days) {
        remindedDays = days;
    }

    Long getId() {
        return id;
    }

    long getPoolYearId() {
        return poolYearId;
    }

    long getOrganizationId() {
        return organizationId;
    }

    ServiceCategory getCategory() {
        return category;
    }

    ApplicationState getState() {
        return state;
    }

    @Nullable String getStatement() {
        return statement;
    }

    @Nullable Long getRenewedFrom() {
        return renewedFrom;
    }

    @Nullable String getDecisionReason() {
        return decisionReason;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    @Nullable Integer getRemindedDays() {
        return remindedDays;
    }

    List<Qualification> getQualifications() {
        return qualifications;
    }

    List<ReferenceProject> getReferences() {
        return references;
    }

    Set<Field> getPrefilled() {
        return prefilled;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
