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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person who signs in; belongs to an organisation unless staff (bureau, expert, admin). */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 50;
    public static final int DISPLAY_NAME_MAX = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String passwordHash;
    private String displayName;
    private @Nullable String mobile;
    private @Nullable String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private @Nullable Organization organization;

    private boolean organizationAdmin;
    private boolean enabled = true;
    private @Nullable String locale;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected UserAccount() {}

    UserAccount(String username, String passwordHash, String displayName, @Nullable String mobile,
            @Nullable String email, @Nullable Organization organization, boolean organizationAdmin, Set<Role> roles,
            Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.mobile = mobile;
        this.email = email;
        this.organization = organization;
        this.organizationAdmin = organizationAdmin;
        this.createdAt = createdAt;
        setRoles(roles);
    }

    void setRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        boolean organizationRole = newRoles.stream().anyMatch(Role.ORGANIZATION_ROLES::contains);
        if (organizationRole != (organization != null)) {
            throw new IllegalArgumentException("enterprise and provider roles go with an organisation, and only they");
        }
        roles = new HashSet<>(EnumSet.copyOf(newRoles));
    }

    void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    String getPasswordHash() { return passwordHash; }
    public String getDisplayName() { return displayName; }
    public @Nullable String getMobile() { return mobile; }
    public @Nullable String getEmail() { return email; }
    public @Nullable Organization getOrganization() { return organization; }
    public boolean isOrganizationAdmin() { return organizationAdmin; }
    public boolean isEnabled() { return enabled; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }
    public long getVersion() { return version; }
}
