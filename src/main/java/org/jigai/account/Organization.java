package org.jigai.account;

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
import java.util.HashSet;
import java.util.Set;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/** An enterprise or a service provider, identified by its Unified Social Credit Code. */
@Entity
@Table(name = "organization")
public class Organization {

    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 100;
    public static final int CONTACT_NAME_MAX = 50;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int ADDRESS_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Role type;

    private @Nullable String ref;
    private String name;
    private String creditCode;
    private String region;
    private @Nullable String contactName;
    private @Nullable String contactMobile;
    private @Nullable String contactEmail;
    private @Nullable String description;
    private @Nullable String address;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organization_industry", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "industry")
    @Enumerated(EnumType.STRING)
    private Set<Industry> industries = new HashSet<>();

    @Version
    private long version;

    protected Organization() {}

    Organization(Role type, String name, String creditCode, String region, @Nullable String contactName,
            @Nullable String contactMobile, @Nullable String contactEmail, Instant createdAt) {
        if (!Role.ORGANIZATION_ROLES.contains(type)) {
            throw new IllegalArgumentException("an organisation is an enterprise or a provider: " + type);
        }
        this.type = type;
        this.name = name;
        this.creditCode = creditCode;
        this.region = region;
        this.contactName = contactName;
        this.contactMobile = contactMobile;
        this.contactEmail = contactEmail;
        this.createdAt = createdAt;
    }

    /** Imported organisations: name, region, industries and description from the caller's record. */
    static Organization imported(String ref, Role type, String name, String creditCode, String region,
            Set<Industry> industries, @Nullable String description, Instant now) {
        var org = new Organization(type, name, creditCode, region, null, null, null, now);
        org.ref = ref;
        org.industries = new HashSet<>(industries);
        org.description = description;
        return org;
    }

    /** Applies an imported record; returns whether anything changed. */
    boolean update(String name, String region, Set<Industry> industries, @Nullable String description) {
        boolean changed = !name.equals(this.name) || !region.equals(this.region)
                || !industries.equals(this.industries) || !java.util.Objects.equals(description, this.description);
        this.name = name;
        this.region = region;
        this.industries = new HashSet<>(industries);
        this.description = description;
        return changed;
    }

    /** The organisation's own page: everything but its name, type and credit code, which registration fixed. */
    void updateProfile(@Nullable String description, Set<Industry> industries, String region,
            @Nullable String contactName, @Nullable String contactMobile, @Nullable String contactEmail,
            @Nullable String address) {
        this.description = description;
        this.industries = new HashSet<>(industries);
        this.region = region;
        this.contactName = contactName;
        this.contactMobile = contactMobile;
        this.contactEmail = contactEmail;
        this.address = address;
    }

    public Long getId() { return id; }
    public @Nullable String getAddress() { return address; }
    public long getVersion() { return version; }
    public @Nullable String getRef() { return ref; }
    public Set<Industry> getIndustries() { return Set.copyOf(industries); }
    public @Nullable String getDescription() { return description; }
    public Role getType() { return type; }
    public String getName() { return name; }
    public String getCreditCode() { return creditCode; }
    public String getRegion() { return region; }
    public @Nullable String getContactName() { return contactName; }
    public @Nullable String getContactMobile() { return contactMobile; }
    public @Nullable String getContactEmail() { return contactEmail; }
    public Instant getCreatedAt() { return createdAt; }
}
