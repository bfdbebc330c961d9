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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jigai.base.ServiceCategory;
import org.jspecify.annotations.Nullable;

/** One year of the provider pool: its categories, application window and requirements; published once. */
@Entity
@Table(name = "pool_year")
class PoolYear {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pool_year")
    private int year;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private @Nullable String requirements;
    private @Nullable Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pool_year_category", joinColumns = @JoinColumn(name = "pool_year_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    private Set<ServiceCategory> categories = new HashSet<>();

    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected PoolYear() {}

    PoolYear(PoolYearForm form, Instant now) {
        this.createdAt = now;
        apply(form, now);
    }

    void apply(PoolYearForm form, Instant now) {
        this.year = form.year();
        this.opensOn = form.opensOn();
        this.closesOn = form.closesOn();
        this.requirements = form.requirements();
        this.categories = new HashSet<>(form.categories());
        this.updatedAt = now;
    }

    void publish(Instant now) {
        this.publishedAt = now;
        this.updatedAt = now;
    }

    /** Whether providers may start or submit applications on the day. */
    boolean windowOpen(LocalDate day) {
        return publishedAt != null && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** The last day of the pool's year: memberships end with it. */
    LocalDate lastDay() {
        return LocalDate.of(year, 12, 31);
    }

    PoolYearView view(LocalDate today) {
        var sorted = EnumSet.noneOf(ServiceCategory.class);
        sorted.addAll(categories);
        return new PoolYearView(id, year, opensOn, closesOn, requirements, java.util.List.copyOf(sorted),
                publishedAt != null, windowOpen(today), version);
    }

    Long getId() {
        return id;
    }

    int getYear() {
        return year;
    }

    LocalDate getOpensOn() {
        return opensOn;
    }

    LocalDate getClosesOn() {
        return closesOn;
    }

    @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    Set<ServiceCategory> getCategories() {
        return categories;
    }

    long getVersion() {
        return version;
    }
}
