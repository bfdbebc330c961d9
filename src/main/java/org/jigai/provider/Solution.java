package org.jigai.provider;

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
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jigai.base.Checks;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jspecify.annotations.Nullable;

/** A solution a provider offers. State changes go through the methods that guard them. */
@Entity
@Table(name = "solution")
class Solution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long organizationId;
    private @Nullable String ref;
    private String title;
    /** May be missing while the solution is a draft; publishing requires it. */
    private @org.jspecify.annotations.Nullable String description;
    private @Nullable BigDecimal priceMinWan;
    private @Nullable BigDecimal priceMaxWan;
    private @Nullable Integer deliveryWeeks;
    private @Nullable String tags;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "solution_category", joinColumns = @JoinColumn(name = "solution_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    private Set<ServiceCategory> categories = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "solution_industry", joinColumns = @JoinColumn(name = "solution_id"))
    @Column(name = "industry")
    @Enumerated(EnumType.STRING)
    private Set<Industry> industries = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "solution_direction", joinColumns = @JoinColumn(name = "solution_id"))
    @Column(name = "direction")
    @Enumerated(EnumType.STRING)
    private Set<Direction> directions = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "solution_reference", joinColumns = @JoinColumn(name = "solution_id"))
    @Column(name = "title")
    private Set<String> referenceTitles = new HashSet<>();

    @Enumerated(EnumType.STRING)
    private SolutionStatus status = SolutionStatus.DRAFT;

    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant publishedAt;
    @jakarta.persistence.Embedded
    private org.jigai.base.Moderation moderation = new org.jigai.base.Moderation();

    @Version
    private long version;

    protected Solution() {}

    Solution(Long organizationId, SolutionForm form, Instant now) {
        this.organizationId = organizationId;
        this.createdAt = now;
        apply(form, now);
    }

    static Solution imported(Long organizationId, String ref, SolutionForm form, Instant now) {
        var solution = new Solution(organizationId, form, now);
        solution.ref = ref;
        solution.publish(now);
        return solution;
    }

    boolean sameContent(SolutionForm f) {
        String newTags = f.tags() == null || f.tags().isBlank() ? null : f.tags().strip();
        return title.equals(f.title() == null ? "" : f.title().strip())
                && java.util.Objects.equals(description, f.description() == null || f.description().isBlank() ? null
                        : f.description().strip())
                && categories.equals(f.categories()) && industries.equals(f.industries())
                && directions.equals(f.directions()) && Checks.sameAmount(priceMinWan, f.priceMinWan())
                && Checks.sameAmount(priceMaxWan, f.priceMaxWan()) && java.util.Objects.equals(deliveryWeeks, f.deliveryWeeks())
                && java.util.Objects.equals(tags, newTags)
                && (f.references() == null || referenceTitles.equals(f.references()));
    }

    void apply(SolutionForm f, Instant now) {
        title = f.title() == null ? "" : f.title().strip();
        description = f.description() == null || f.description().isBlank() ? null : f.description().strip();
        priceMinWan = f.priceMinWan();
        priceMaxWan = f.priceMaxWan();
        deliveryWeeks = f.deliveryWeeks();
        tags = f.tags() == null || f.tags().isBlank() ? null : f.tags().strip();
        categories = new HashSet<>(f.categories());
        industries = new HashSet<>(f.industries());
        directions = new HashSet<>(f.directions());
        if (f.references() != null) {
            referenceTitles = new HashSet<>(f.references());
        }
        updatedAt = now;
    }

    void publish(Instant now) {
        status = SolutionStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    void archive(Instant now) {
        status = SolutionStatus.ARCHIVED;
        updatedAt = now;
    }

    /** Moderation: hidden from everyone but its provider and staff, with a reason the provider sees. */
    void hide(String reason, Instant now) {
        moderation.hide(reason);
        updatedAt = now;
    }

    void unhide(Instant now) {
        moderation.show();
        updatedAt = now;
    }

    void resubmit(Instant now) {
        moderation.resubmit(now);
        updatedAt = now;
    }

    boolean isHidden() { return moderation.isHidden(); }
    @Nullable String getHiddenReason() { return moderation.getHiddenReason(); }
    @Nullable Instant getResubmittedAt() { return moderation.getResubmittedAt(); }

    Long getId() { return id; }
    Long getOrganizationId() { return organizationId; }
    @Nullable String getRef() { return ref; }
    String getTitle() { return title; }
    @org.jspecify.annotations.Nullable String getDescription() { return description; }

    /** The content as a form, for the checks that publishing runs. */
    SolutionForm toForm() {
        return new SolutionForm(title, description, getCategories(), getIndustries(), getDirections(), priceMinWan,
                priceMaxWan, deliveryWeeks, tags, getReferenceTitles());
    }
    @Nullable BigDecimal getPriceMinWan() { return priceMinWan; }
    @Nullable BigDecimal getPriceMaxWan() { return priceMaxWan; }
    @Nullable Integer getDeliveryWeeks() { return deliveryWeeks; }
    @Nullable String getTags() { return tags; }
    Set<ServiceCategory> getCategories() { return Set.copyOf(categories); }
    Set<Industry> getIndustries() { return Set.copyOf(industries); }
    Set<Direction> getDirections() { return Set.copyOf(directions); }
    Set<String> getReferenceTitles() { return Set.copyOf(referenceTitles); }
    SolutionStatus getStatus() { return status; }
    Instant getCreatedAt() { return createdAt; }
    Instant getUpdatedAt() { return updatedAt; }
    @Nullable Instant getPublishedAt() { return publishedAt; }
    long getVersion() { return version; }
}
