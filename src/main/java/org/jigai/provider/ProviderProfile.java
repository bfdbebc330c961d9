package org.jigai.provider;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jspecify.annotations.Nullable;

/** What a provider says about itself; one per provider organisation. */
@Entity
@Table(name = "provider_profile")
class ProviderProfile {

    @Id
    private Long organizationId;

    private @Nullable String description;
    private @Nullable Integer teamSize;
    private @Nullable Integer foundedYear;
    private @Nullable String contactName;
    private @Nullable String contactMobile;
    private @Nullable String contactEmail;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "provider_category", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    private Set<ServiceCategory> categories = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "provider_industry", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "industry")
    @Enumerated(EnumType.STRING)
    private Set<Industry> industries = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "provider_region", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "region")
    private Set<String> regions = new HashSet<>();

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "provider_qualification", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "position")
    private List<Qualification> qualifications = new ArrayList<>();

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 200)
    @CollectionTable(name = "provider_reference", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "position")
    private List<ReferenceProject> references = new ArrayList<>();

    private Instant updatedAt;
    @jakarta.persistence.Embedded
    private org.jigai.base.Moderation moderation = new org.jigai.base.Moderation();

    @Version
    private long version;

    protected ProviderProfile() {}

    ProviderProfile(Long organizationId, Instant now) {
        this.organizationId = organizationId;
        this.updatedAt = now;
    }

    void apply(ProfileForm f, Instant now) {
        description = f.description() == null || f.description().isBlank() ? null : f.description().strip();
        teamSize = f.teamSize();
        foundedYear = f.foundedYear();
        contactName = blankToNull(f.contactName());
        contactMobile = blankToNull(f.contactMobile());
        contactEmail = blankToNull(f.contactEmail());
        categories = new HashSet<>(f.categories());
        industries = new HashSet<>(f.industries());
        regions = new HashSet<>(f.regions());
        qualifications = new ArrayList<>(f.qualifications());
        references = new ArrayList<>(f.references());
        updatedAt = now;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

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
    Long getOrganizationId() { return organizationId; }
    @Nullable String getDescription() { return description; }
    @Nullable Integer getTeamSize() { return teamSize; }
    @Nullable Integer getFoundedYear() { return foundedYear; }
    @Nullable String getContactName() { return contactName; }
    @Nullable String getContactMobile() { return contactMobile; }
    @Nullable String getContactEmail() { return contactEmail; }
    Set<ServiceCategory> getCategories() { return Set.copyOf(categories); }
    Set<Industry> getIndustries() { return Set.copyOf(industries); }
    Set<String> getRegions() { return Set.copyOf(regions); }
    List<Qualification> getQualifications() { return List.copyOf(qualifications); }
    List<ReferenceProject> getReferences() { return List.copyOf(references); }
    Instant getUpdatedAt() { return updatedAt; }
    long getVersion() { return version; }
}
