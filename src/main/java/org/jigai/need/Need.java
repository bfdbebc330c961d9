package org.jigai.need;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jigai.base.Checks;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/** A technology-upgrade need of one enterprise. State changes go through the methods that guard them. */
@Entity
@Table(name = "need")
class Need {

    static final Duration VALIDITY = Duration.ofDays(90);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long organizationId;
    private @Nullable String ref;
    private String title;
    /** Description, industry and region may be missing while the need is a draft; publishing requires them. */
    private @Nullable String description;

    @Enumerated(EnumType.STRING)
    private @Nullable Industry industry;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "need_direction", joinColumns = @JoinColumn(name = "need_id"))
    @Column(name = "direction")
    @Enumerated(EnumType.STRING)
    private Set<Direction> directions = new HashSet<>();

    private @Nullable String region;
    private @Nullable BigDecimal budgetMinWan;
    private @Nullable BigDecimal budgetMaxWan;
    private @Nullable LocalDate expectedStart;
    private @Nullable LocalDate expectedFinish;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    private ContactPreference contactPreference;
    private boolean anonymous;
    private @Nullable Instant expiryRemindedAt;

    @Enumerated(EnumType.STRING)
    private NeedStatus status = NeedStatus.DRAFT;

    private @Nullable String closeReason;
    @jakarta.persistence.Embedded
    private org.jigai.base.Moderation moderation = new org.jigai.base.Moderation();
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant publishedAt;
    private @Nullable Instant expiresAt;

    @Version
    private long version;

    protected Need() {}

    Need(Long organizationId, NeedForm form, Instant now) {
        this.organizationId = organizationId;
        this.createdAt = now;
        apply(form, now);
    }

    /** A need imported from another platform under the caller's {@code ref}; published at once. */
    static Need imported(Long organizationId, String ref, NeedForm form, Instant now) {
        var need = new Need(organizationId, form, now);
        need.ref = ref;
        need.publish(now);
        return need;
    }

    /** Whether the form says exactly what the need already says (amounts compared by value). */
    boolean sameContent(NeedForm f) {
        return title.equals(strip(f.title())) && java.util.Objects.equals(description, blankToNull(f.description()))
                && industry == f.industry() && directions.equals(f.directions())
                && java.util.Objects.equals(region, f.region())
                && Checks.sameAmount(budgetMinWan, f.budgetMinWan()) && Checks.sameAmount(budgetMaxWan, f.budgetMaxWan())
                && java.util.Objects.equals(expectedStart, f.expectedStart())
                && java.util.Objects.equals(expectedFinish, f.expectedFinish()) && visibility == f.visibility()
                && contactPreference == f.contactPreference() && anonymous == f.anonymous();
    }

    /** Replaces the content; allowed while the need is not yet in negotiation. */
    void apply(NeedForm form, Instant now) {
        if (!isEditable()) {
            throw new IllegalStateException("a need in status " + status + " cannot be edited");
        }
        title = strip(form.title());
        description = blankToNull(form.description());
        industry = form.industry();
        directions = new HashSet<>(form.directions() == null ? Set.of() : form.directions());
        region = form.region();
        budgetMinWan = form.budgetMinWan();
        budgetMaxWan = form.budgetMaxWan();
        expectedStart = form.expectedStart();
        expectedFinish = form.expectedFinish();
        visibility = form.visibility() == null ? Visibility.ALL_PROVIDERS : form.visibility();
        contactPreference = form.contactPreference() == null ? ContactPreference.PLATFORM : form.contactPreference();
        anonymous = form.anonymous();
        updatedAt = now;
    }

    private static String strip(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The content as a form, for the checks that publishing runs. */
    NeedForm toForm() {
        return new NeedForm(title, description, industry, getDirections(), region, budgetMinWan, budgetMaxWan,
                expectedStart, expectedFinish, visibility, contactPreference, anonymous);
    }

    boolean isEditable() {
        return NeedLifecycle.EDITABLE.contains(status);
    }

    void publish(Instant now) {
        if (!NeedLifecycle.PUBLISHABLE.contains(status)) {
            throw new IllegalStateException("only a draft or an expired need is published");
        }
        status = NeedStatus.PUBLISHED;
        publishedAt = now;
        expiresAt = now.plus(VALIDITY);
        expiryRemindedAt = null;
        updatedAt = now;
    }

    /** Another 90 days from now, for a published need or one that has just expired. */
    void renew(Instant now) {
        if (!NeedLifecycle.RENEWABLE.contains(status)) {
            throw new IllegalStateException("only a published or expired need is renewed");
        }
        status = NeedStatus.PUBLISHED;
        expiresAt = now.plus(VALIDITY);
        expiryRemindedAt = null;
        updatedAt = now;
    }

    void close(String reason, Instant now) {
        if (!NeedLifecycle.CLOSABLE.contains(status)) {
            throw new IllegalStateException("the need is already finished");
        }
        status = NeedStatus.CLOSED;
        closeReason = reason;
        updatedAt = now;
    }

    /** A provider was taken into talks: a published need is now in negotiation (it no longer expires). */
    boolean negotiate(Instant now) {
        if (status == NeedStatus.PUBLISHED) {
            status = NeedStatus.IN_NEGOTIATION;
            updatedAt = now;
            return true;
        }
        return false;
    }

    void contract(Instant now) {
        if (!NeedStatus.OPEN.contains(status) && status != NeedStatus.EXPIRED) {
            throw new IllegalStateException("only an open need is contracted, not a " + status + " one");
        }
        status = NeedStatus.CONTRACTED;
        updatedAt = now;
    }

    void complete(Instant now) {
        if (status != NeedStatus.CONTRACTED) {
            throw new IllegalStateException("only a contracted need is completed, not a " + status + " one");
        }
        status = NeedStatus.COMPLETED;
        updatedAt = now;
    }

    /** The signed engagement was cancelled: the need is published again for another 90 days. */
    void reopen(Instant now) {
        if (status == NeedStatus.CONTRACTED || status == NeedStatus.IN_NEGOTIATION) {
            status = NeedStatus.PUBLISHED;
            expiresAt = now.plus(VALIDITY);
            updatedAt = now;
        }
    }

    /** Whether the enterprise is to be told now that the need expires within {@code window} (once per validity). */
    boolean remindExpiryIfDue(Instant now, java.time.Duration window) {
        if (status == NeedStatus.PUBLISHED && expiresAt != null && expiryRemindedAt == null
                && !now.isBefore(expiresAt.minus(window)) && now.isBefore(expiresAt)) {
            expiryRemindedAt = now;
            return true;
        }
        return false;
    }

    boolean expireIfDue(Instant now) {
        if (status == NeedStatus.PUBLISHED && expiresAt != null && !now.isBefore(expiresAt)) {
            status = NeedStatus.EXPIRED;
            updatedAt = now;
            return true;
        }
        return false;
    }

    void hide(String reason, Instant now) {
        moderation.hide(reason);
        updatedAt = now;
    }

    void unhide(Instant now) {
        moderation.show();
        updatedAt = now;
    }

    /** The enterprise has changed a hidden need and asks the bureau to show it again. */
    void resubmit(Instant now) {
        moderation.resubmit(now);
        updatedAt = now;
    }

    Long getId() { return id; }
    Long getOrganizationId() { return organizationId; }
    @Nullable String getRef() { return ref; }
    String getTitle() { return title; }
    @Nullable String getDescription() { return description; }
    @Nullable Industry getIndustry() { return industry; }
    Set<Direction> getDirections() { return Set.copyOf(directions); }
    @Nullable String getRegion() { return region; }
    @Nullable BigDecimal getBudgetMinWan() { return budgetMinWan; }
    @Nullable BigDecimal getBudgetMaxWan() { return budgetMaxWan; }
    @Nullable LocalDate getExpectedStart() { return expectedStart; }
    @Nullable LocalDate getExpectedFinish() { return expectedFinish; }
    Visibility getVisibility() { return visibility; }
    ContactPreference getContactPreference() { return contactPreference; }
    boolean isAnonymous() { return anonymous; }
    NeedStatus getStatus() { return status; }
    @Nullable String getCloseReason() { return closeReason; }
    boolean isHidden() { return moderation.isHidden(); }
    @Nullable String getHiddenReason() { return moderation.getHiddenReason(); }
    @Nullable Instant getResubmittedAt() { return moderation.getResubmittedAt(); }
    Instant getCreatedAt() { return createdAt; }
    Instant getUpdatedAt() { return updatedAt; }
    @Nullable Instant getPublishedAt() { return publishedAt; }
    @Nullable Instant getExpiresAt() { return expiresAt; }
    long getVersion() { return version; }
}
