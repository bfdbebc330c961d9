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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One year's call for excellent cases. Its state moves only by {@link #take}; its settings change until review. */
@Entity
@Table(name = "selection_call")
class SelectionCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_year")
    private int year;
    private String title;
    @Enumerated(EnumType.STRING)
    private CallState state = CallState.DRAFT;
    private LocalDate nominationOpens;
    private LocalDate nominationCloses;
    private LocalDate reviewCloses;
    private int noticeDays;
    private int selectCount;
    private int expertsPerCase;
    private int scoreScale;
    private int spreadMargin;
    private boolean blind;
    private boolean normalised;
    private @Nullable LocalDate noticeFrom;
    private @Nullable LocalDate noticeUntil;
    private @Nullable Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "selection_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected SelectionCall() {}

    SelectionCall(CallForm form, Instant now) {
        this.createdAt = now;
        apply(form, now);
    }

    /** Settings, as checked by the service. */
    void apply(CallForm f, Instant now) {
        this.year = f.year();
        this.title = f.title();
        this.nominationOpens = f.nominationOpens();
        this.nominationCloses = f.nominationCloses();
        this.reviewCloses = f.reviewCloses();
        this.noticeDays = f.noticeDays();
        this.selectCount = f.selectCount();
        this.expertsPerCase = f.expertsPerCase();
        this.scoreScale = f.scoreScale();
        this.spreadMargin = f.spreadMargin();
        this.blind = f.blind();
        this.normalised = f.normalised();
        this.criteria.clear();
        this.criteria.addAll(f.criteria());
        this.updatedAt = now;
    }

    void take(CallTransition t, LocalDate today, Instant now) {
        if (!t.allows(state)) {
            throw new IllegalStateException(t + " is not allowed from " + state);
        }
        state = t.to();
        if (t == CallTransition.PUBLISH_NOTICE) {
            noticeFrom = today;
            noticeUntil = today.plusDays(noticeDays - 1L);
        } else if (t == CallTransition.PUBLISH) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    /**
     * A call run (in part) before the platform, recorded in the state it reached: published (its notice ran for its
     * days from the given day) or in review.
     */
    void recorded(CallState reached, @Nullable LocalDate noticeFrom, Instant now) {
        this.state = reached;
        if (reached == CallState.PUBLISHED && noticeFrom != null) {
            this.noticeFrom = noticeFrom;
            this.noticeUntil = noticeFrom.plusDays(noticeDays - 1L);
            this.publishedAt = now;
        }
        this.updatedAt = now;
    }

    CallForm toForm() {
        return new CallForm(year, title, nominationOpens, nominationCloses, reviewCloses, noticeDays, selectCount,
                expertsPerCase, scoreScale, spreadMargin, blind, normalised, List.copyOf(criteria));
    }

    Long getId() {
        return id;
    }

    int getYear() {
        return year;
    }

    String getTitle() {
        return title;
    }

    CallState getState() {
        return state;
    }

    LocalDate getNominationOpens() {
        return nominationOpens;
    }

    LocalDate getNominationCloses() {
        return nominationCloses;
    }

    LocalDate getReviewCloses() {
        return reviewCloses;
    }

    int getSelectCount() {
        return selectCount;
    }

    int getExpertsPerCase() {
        return expertsPerCase;
    }

    int getScoreScale() {
        return scoreScale;
    }

    int getSpreadMargin() {
        return spreadMargin;
    }

    boolean isBlind() {
        return blind;
    }

    boolean isNormalised() {
        return normalised;
    }

    @Nullable LocalDate getNoticeFrom() {
        return noticeFrom;
    }

    @Nullable LocalDate getNoticeUntil() {
        return noticeUntil;
    }

    @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    List<Criterion> getCriteria() {
        return criteria;
    }

    long getVersion() {
        return version;
    }

    /** Nominations are taken on these days (both included). */
    boolean nominating(LocalDate day) {
        return state == CallState.NOMINATING && !day.isBefore(nominationOpens) && !day.isAfter(nominationCloses);
    }
}
