package org.jigai.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An enterprise or a service provider, identified by its Unified Social Credit Code. */
@Entity
@Table(name = "organization")
public class Organization {

    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 100;
    public static final int CONTACT_NAME_MAX = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Role type;

    private String name;
    private String creditCode;
    private String region;
    private String contactName;
    private String contactMobile;
    private String contactEmail;
    private Instant createdAt;

    @Version
    private long version;

    protected Organization() {}

    Organization(Role type, String name, String creditCode, String region, String contactName, String contactMobile,
            String contactEmail, Instant createdAt) {
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

    public Long getId() { return id; }
    public Role getType() { return type; }
    public String getName() { return name; }
    public String getCreditCode() { return creditCode; }
    public String getRegion() { return region; }
    public String getContactName() { return contactName; }
    public String getContactMobile() { return contactMobile; }
    public String getContactEmail() { return contactEmail; }
    public Instant getCreatedAt() { return createdAt; }
}
