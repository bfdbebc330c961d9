package org.jigai.selection;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise's nomination of one completed upgrade to one call. Its state moves only by {@link #take}; what it
 * tells changes only while it is a draft or returned.
 */
@Entity
@Table(name = "nomination")
class Nomination {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long callId;
    private long enterpriseId;
    private @Nullable Long providerId;
    private @Nullable Long projectId;
    private @Nullable Long engagementId;
    @Enumerated(EnumType.STRING)
    private NominationState state = NominationState.DRAFT;
    private @Nullable String title;
    @Enumerated(EnumType.STRING)
    private @Nullable Industry industry;
    private @Nullable String region;
    private @Nullable String background;
    private @Nullable String work;
    private @Nullable BigDecimal investmentWan;
    private @Nullable String decisionReason;
    private @Nullable Instant submittedAt;
    private @Nullable Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "nomination_direction", joinColumns = @JoinColumn(name = "nomination_id"))
    @Column(name = "direction")
    @Enumerated(EnumType.STRING)
    private Set<Direction> directions = EnumSet.noneOf(Direction.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "nomination_result", joinColumns = @JoinColumn(name = "nomination_id"))
    @OrderColumn(name = "position")
    private List<CaseFigure> results = new ArrayList<>();

    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Nomination() {}

    Nomination(long callId, long enterpriseId, Instant now) {
        this.callId = callId;
        this.enterpriseId = enterpriseId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void apply(NominationForm f, Instant now) {
        this.title = f.title();
        this.industry = f.industry();
        this.region = f.region();
        this.directions.clear();
        this.directions.addAll(f.directions());
        this.background = f.background();
        this.work = f.work();
        this.investmentWan = f.investmentWan();
        this.providerId = f.providerId();
        this.projectId = f.projectId();
        this.engagementId = f.engagementId();
        this.results.clear();
        this.results.addAll(f.results());
        this.updatedAt = now;
    }

    NominationForm toForm() {
        return new NominationForm(title, industry, region, directions.isEmpty() ? Set.of() : EnumSet.copyOf(directions),
                background, work, investmentWan, providerId, projectId, engagementId, List.copyOf(results));
    }

    void take(NominationTransition t, @Nullable String reason, Instant now) {
        if (!t.allows(state)) {
            throw new IllegalStateException(t + " is not allowed from " + state);
        }
        state = t.to();
        switch (t) {
            case SUBMIT -> {
                submittedAt = now;
                decisionReason = null;
            }
            case RETURN, DROP, SELECT, DECLINE -> decisionReason = reason;
            case PUBLISH -> publishedAt = now;
            default -> { }
        }
        updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getCallId() {
        return callId;
    }

    long getEnterpriseId() {
        return enterpriseId;
    }

    @Nullable Long getProviderId() {
        return providerId;
    }

    @Nullable Long getProjectId() {
        return projectId;
    }

    @Nullable Long getEngagementId() {
        return engagementId;
    }

    NominationState getState() {
        return state;
    }

    @Nullable String getTitle() {
        return title;
    }

    @Nullable Industry getIndustry() {
        return industry;
    }

    @Nullable String getRegion() {
        return region;
    }

    @Nullable String getBackground() {
        return background;
    }

    @Nullable String getWork() {
        return work;
    }

    @Nullable BigDecimal getInvestmentWan() {
        return investmentWan;
    }

    @Nullable String getDecisionReason() {
        return decisionReason;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    Set<Direction> getDirections() {
        return directions;
    }

    List<CaseFigure> getResults() {
        return results;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }

    /** The organisations the case is about: the enterprise, and the provider that delivered it if named. */
    Set<Long> parties() {
        return providerId == null ? Set.of(enterpriseId) : Set.of(enterpriseId, providerId);
    }
}
