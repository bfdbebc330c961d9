package org.jigai.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jigai.audit.AuditLog;
import org.jigai.base.ContactFormats;
import org.jigai.base.CreditCode;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Region;
import org.jigai.base.SecretTokens;
import org.jigai.base.Upsert;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, colleagues, staff accounts, roles and passwords. Every check happens here, not in a view. */
@Service
public class AccountService {

    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    public static final int INVITATION_NOTE_MAX = 50;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final OrganizationRepository organizations;
    private final UserAccountRepository users;
    private final InvitationRepository invitations;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog audit;
    private final Clock clock;

    AccountService(OrganizationRepository organizations, UserAccountRepository users, InvitationRepository invitations,
            PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, AuditLog audit, Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.invitations = invitations;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers an enterprise or provider with its first user; open to anyone. */
    @Transactional
    public AccountPrincipal register(Registration r) {
        var problems = new InvalidInputException.Collector();
        if (r.type() == null || !Role.ORGANIZATION_ROLES.contains(r.type())) {
            problems.add("type", "validation.required");
        }
        String name = trim(r.organizationName());
        if (name.isEmpty()) {
            problems.add("organizationName", "validation.required");
        } else if (!characters("organizationName", name, problems)) {
            // noted
        } else if (name.length() < Organization.NAME_MIN || name.length() > Organization.NAME_MAX) {
            problems.add("organizationName", "validation.length", Organization.NAME_MIN, Organization.NAME_MAX);
        }
        String code = CreditCode.normalize(r.creditCode());
        if (code.isEmpty()) {
            problems.add("creditCode", "validation.required");
        } else {
            CreditCode.Problem problem = CreditCode.check(code);
            if (problem != null) {
                problems.add("creditCode", problem.key());
            } else if (organizations.existsByCreditCode(code)) {
                problems.add("creditCode", "validation.creditCode.taken");
            }
        }
        if (r.region() == null || Region.ofCode(r.region()).isEmpty()) {
            problems.add("region", "validation.required");
        }
        String contact = trim(r.contactName());
        checkName("contactName", contact, problems);
        String mobile = trim(r.mobile());
        checkMobile("mobile", mobile, true, problems);
        String email = trim(r.email());
        checkEmail("email", email, true, problems);
        String username = trim(r.username());
        checkUsername(username, problems);
        passwordPolicy.check("password", username, r.password(), problems);
        problems.throwIfAny();

        Instant now = clock.instant();
        Organization org;
        UserAccount user;
        try {
            org = organizations.saveAndFlush(
                    new Organization(r.type(), name, code, r.region(), contact, mobile, email, now));
            user = users.saveAndFlush(new UserAccount(username, passwordEncoder.encode(r.password()), contact, mobile,
                    email, org, true, EnumSet.of(r.type()), now));
        } catch (DataIntegrityViolationException race) {
            // Another registration with the same code or user name committed between the check and the insert.
            throw organizations.existsByCreditCode(code)
                    ? InvalidInputException.of("creditCode", "validation.creditCode.taken")
                    : InvalidInputException.of("username", "validation.username.taken");
        }
        audit.recordAs(username, AuditLog.ACCOUNT_REGISTERED, org.getType() + " " + code, name);
        return AccountPrincipal.of(user);
    }

    /** Creates a one-time link with which a colleague joins the current user's organisation. */
    @Transactional
    @PreAuthorize("hasAnyRole('ENTERPRISE','PROVIDER')")
    public OpenInvitation invite(@Nullable String note, String baseUrl) {
        AccountPrincipal me = requireOrganizationAdmin();
        String cleanNote = trim(note);
        var noteProblems = new InvalidInputException.Collector();
        if (characters("note", cleanNote, noteProblems) && cleanNote.length() > INVITATION_NOTE_MAX) {
            noteProblems.add("note", "validation.length", 0, INVITATION_NOTE_MAX);
        }
        noteProblems.throwIfAny();
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        var invitation = invitations.save(new Invitation(SecretTokens.hash(token), organizations.getReferenceById(me.organizationId()),
                me.id(), cleanNote.isEmpty() ? null : cleanNote, now, now.plus(INVITATION_VALIDITY)));
        audit.record(AuditLog.INVITATION_CREATED, me.organizationName(), cleanNote);
        return new OpenInvitation(invitation.getId(), invitation.getNote(), invitation.getCreatedAt(),
                invitation.getExpiresAt(), baseUrl + "invite/" + token);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ENTERPRISE','PROVIDER')")
    public List<OpenInvitation> openInvitations() {
        AccountPrincipal me = requireOrganizationAdmin();
        return invitations.findByOrganizationIdAndAcceptedByIsNullAndExpiresAtAfterOrderByCreatedAtDesc(
                        me.organizationId(), clock.instant()).stream()
                .map(i -> new OpenInvitation(i.getId(), i.getNote(), i.getCreatedAt(), i.getExpiresAt(), null))
                .toList();
    }

    /** The organisation an invitation link leads to, while it is still open; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<String> invitingOrganization(String token) {
        return invitations.findByTokenHash(SecretTokens.hash(token))
                .filter(i -> i.isOpen(clock.instant()))
                .map(i -> i.getOrganization().getName());
    }

    /** Joins the organisation of an open invitation; the new user gets the organisation's role. */
    @Transactional
    public AccountPrincipal acceptInvitation(String token, NewColleague c) {
        Invitation invitation = invitations.findByTokenHash(SecretTokens.hash(token))
                .filter(i -> i.isOpen(clock.instant()))
                .orElseThrow(() -> InvalidInputException.of("token", "validation.invitation.invalid"));
        var problems = new InvalidInputException.Collector();
        String displayName = trim(c.displayName());
        checkName("displayName", displayName, problems);
        String mobile = trim(c.mobile());
        checkMobile("mobile", mobile, false, problems);
        String email = trim(c.email());
        checkEmail("email", email, false, problems);
        String username = trim(c.username());
        checkUsername(username, problems);
        passwordPolicy.check("password", username, c.password(), problems);
        problems.throwIfAny();
        Organization org = invitation.getOrganization();
        UserAccount user;
        try {
            user = users.saveAndFlush(new UserAccount(username, passwordEncoder.encode(c.password()), displayName,
                    blankToNull(mobile), blankToNull(email), org, false, EnumSet.of(org.getType()), clock.instant()));
        } catch (DataIntegrityViolationException race) {
            throw InvalidInputException.of("username", "validation.username.taken");
        }
        invitation.acceptedBy(user.getId());
        audit.recordAs(username, AuditLog.INVITATION_ACCEPTED, org.getName(), null);
        return AccountPrincipal.of(user);
    }

    /** The people of the current user's organisation. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ENTERPRISE','PROVIDER')")
    public List<UserSummary> colleagues() {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        if (me.organizationId() == null) {
            return List.of();
        }
        return users.findByOrganizationIdOrderByCreatedAt(me.organizationId()).stream().map(UserSummary::of).toList();
    }

    /** The current user's own account. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public UserSummary me() {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        return UserSummary.of(users.findById(me.id()).orElseThrow());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changePassword(@Nullable String currentPassword, @Nullable String newPassword) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        UserAccount user = users.findById(me.id()).orElseThrow();
        var problems = new InvalidInputException.Collector();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            problems.add("currentPassword", "validation.password.wrongCurrent");
        }
        passwordPolicy.check("newPassword", user.getUsername(), newPassword, problems);
        problems.throwIfAny();
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        audit.record(AuditLog.PASSWORD_CHANGED, user.getUsername(), null);
    }

    /** Creates a bureau, expert or admin account. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary createStaffAccount(NewStaffAccount a) {
        var problems = new InvalidInputException.Collector();
        String username = trim(a.username());
        checkUsername(username, problems);
        String displayName = trim(a.displayName());
        checkName("displayName", displayName, problems);
        String mobile = trim(a.mobile());
        checkMobile("mobile", mobile, false, problems);
        String email = trim(a.email());
        checkEmail("email", email, false, problems);
        if (a.roles().isEmpty() || !Role.STAFF_ROLES.containsAll(a.roles())) {
            problems.add("roles", "validation.roles.staff");
        }
        passwordPolicy.check("password", username, a.password(), problems);
        problems.throwIfAny();
        UserAccount user;
        try {
            user = users.saveAndFlush(new UserAccount(username, passwordEncoder.encode(a.password()), displayName,
                    blankToNull(mobile), blankToNull(email), null, false, a.roles(), clock.instant()));
        } catch (DataIntegrityViolationException race) {
            throw InvalidInputException.of("username", "validation.username.taken");
        }
        audit.record(AuditLog.ACCOUNT_CREATED, username, String.valueOf(a.roles()));
        return UserSummary.of(user);
    }

    /** Changes a staff account's roles; organisation accounts keep the role of their organisation. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary changeRoles(long userId, Set<Role> roles) {
        UserAccount user = users.findById(userId).orElseThrow(() -> InvalidInputException.of("user", "validation.notFound"));
        if (user.getOrganization() != null) {
            throw InvalidInputException.of("roles", "validation.roles.organization");
        }
        if (roles.isEmpty() || !Role.STAFF_ROLES.containsAll(roles)) {
            throw InvalidInputException.of("roles", "validation.roles.staff");
        }
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        if (me.id() == userId && !roles.contains(Role.ADMIN)) {
            throw InvalidInputException.of("roles", "validation.roles.ownAdmin");
        }
        Set<Role> before = user.getRoles();
        user.setRoles(roles);
        audit.record(AuditLog.ROLES_CHANGED, user.getUsername(), before + " -> " + roles);
        return UserSummary.of(user);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary setEnabled(long userId, boolean enabled) {
        UserAccount user = users.findById(userId).orElseThrow(() -> InvalidInputException.of("user", "validation.notFound"));
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        if (me.id() == userId && !enabled) {
            throw InvalidInputException.of("enabled", "validation.roles.ownAdmin");
        }
        user.setEnabled(enabled);
        audit.record(enabled ? AuditLog.ACCOUNT_ENABLED : AuditLog.ACCOUNT_DISABLED, user.getUsername(), null);
        return UserSummary.of(user);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Page<UserSummary> listUsers(@Nullable String filter, Pageable pageable) {
        return users.search(trim(filter), pageable).map(UserSummary::of);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long countUsers(@Nullable String filter) {
        return users.countSearch(trim(filter));
    }

    /** For Spring Security's log-in: the account behind a user name, if any. */
    @Transactional(readOnly = true)
    public Optional<AccountPrincipal> findLogin(String username) {
        return users.findByUsername(username).map(AccountPrincipal::of);
    }

    /** For token authentication: the account's current state, so a disabled user's tokens stop working. */
    @Transactional(readOnly = true)
    public Optional<AccountPrincipal> findById(long id) {
        return users.findById(id).map(AccountPrincipal::of);
    }

    /** Creates the {@code admin} account at first start; never changes an existing one. */
    @Transactional
    public boolean createAdminIfMissing(String password) {
        if (users.existsByUsername(AdminBootstrap.ADMIN)) {
            return false;
        }
        users.save(new UserAccount(AdminBootstrap.ADMIN, passwordEncoder.encode(password), org.jigai.base.Person.FIRST_ADMIN_NAME, null, null,
                null, false, EnumSet.of(Role.ADMIN), clock.instant()));
        audit.recordAs("system", AuditLog.ACCOUNT_CREATED, AdminBootstrap.ADMIN, "[ADMIN]");
        return true;
    }

    /** Name, type and region of organisations by id, for pages that show whose record they show. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, OrganizationInfo> organizations(java.util.Collection<Long> ids) {
        var found = new java.util.HashMap<Long, OrganizationInfo>();
        organizations.findAllById(ids).forEach(o -> found.put(o.getId(),
                info(o)));
        return found;
    }

    private static OrganizationInfo info(Organization o) {
        return new OrganizationInfo(o.getId(), o.getRef(), o.getName(), o.getType(), o.getCreditCode(), o.getRegion(),
                o.getIndustries(), o.getDescription());
    }

    /** An organisation by the caller's own identifier, for imports and the API. */
    @Transactional(readOnly = true)
    public Optional<OrganizationInfo> organizationByRef(String ref) {
        return organizations.findByRef(ref).map(AccountService::info);
    }

    /** An organisation by its unified social credit code, for imports that name it so. */
    @Transactional(readOnly = true)
    public Optional<OrganizationInfo> organizationByCreditCode(String creditCode) {
        return organizations.findByCreditCode(creditCode).map(AccountService::info);
    }

    /** All organisations, public facts only, for the API's paged list. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<OrganizationInfo> listOrganizations(Pageable pageable) {
        return organizations.findAllByOrderByIdAsc(pageable).map(AccountService::info);
    }

    /**
     * Creates or updates an organisation by the caller's {@code ref} (bureau or admin data exchange). A credit
     * code that another organisation already has is refused: one organisation per code.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public ImportResult importOrganization(String ref, @Nullable String type, @Nullable String name,
            @Nullable String creditCode, @Nullable String region, java.util.Set<org.jigai.base.Industry> industries,
            @Nullable String description) {
        var problems = new InvalidInputException.Collector();
        Role role = "ENTERPRISE".equals(type) ? Role.ENTERPRISE : "PROVIDER".equals(type) ? Role.PROVIDER : null;
        if (role == null) {
            problems.add("type", "import.error.type");
        }
        String cleanName = org.jigai.base.Checks.text("name", name, Organization.NAME_MAX, true, problems);
        String code = CreditCode.normalize(creditCode);
        CreditCode.Problem codeProblem = code.isEmpty() ? null : CreditCode.check(code);
        if (code.isEmpty()) {
            problems.add("uscc", "validation.required");
        } else if (codeProblem != null) {
            problems.add("uscc", codeProblem.key());
        }
        if (region == null || Region.ofCode(region).isEmpty()) {
            problems.add("region", "import.error.region");
        }
        String cleanDescription = org.jigai.base.Checks.text("description", description, 5000, false, problems);
        problems.throwIfAny();
        var existing = organizations.findByRef(ref);
        var sameCode = organizations.findByCreditCode(code);
        if (sameCode.isPresent() && (existing.isEmpty() || !existing.get().getId().equals(sameCode.get().getId()))) {
            throw InvalidInputException.of("uscc", "validation.creditCode.taken");
        }
        String desc = cleanDescription.isEmpty() ? null : cleanDescription;
        if (existing.isEmpty()) {
            var org = organizations.saveAndFlush(Organization.imported(ref, role, cleanName, code, region, industries,
                    desc, clock.instant()));
            return new ImportResult(org.getId(), org.getType(), org.getRegion(), org.getIndustries(), Upsert.CREATED);
        }
        Organization org = existing.get();
        if (org.getType() != role || !org.getCreditCode().equals(code)) {
            throw InvalidInputException.of(org.getType() != role ? "type" : "uscc", "import.error.immutable");
        }
        boolean changed = org.update(cleanName, region, industries, desc);
        return new ImportResult(org.getId(), org.getType(), org.getRegion(), org.getIndustries(),
                changed ? Upsert.UPDATED : Upsert.UNCHANGED);
    }

    /** What importing one organisation did. */
    public record ImportResult(long id, Role type, String region, java.util.Set<org.jigai.base.Industry> industries,
            Upsert outcome) {}

    /** The ids of organisations whose name contains the text (LIKE wildcards in it match themselves), for filters. */
    @Transactional(readOnly = true)
    public java.util.List<Long> organizationIdsNamed(String text, int limit) {
        String literal = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return organizations.idsNamedLike(literal, org.springframework.data.domain.Limit.of(limit));
    }

    /** The ids of organisations of one type whose name contains the text (LIKE wildcards match themselves). */
    @Transactional(readOnly = true)
    public java.util.List<Long> organizationIdsNamed(String text, Role type, int limit) {
        String literal = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return organizations.idsOfTypeNamedLike(literal, type, org.springframework.data.domain.Limit.of(limit));
    }

    /** Organisation names by id, for lists that show whose record a row is. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> organizationNames(java.util.Collection<Long> ids) {
        var names = new java.util.HashMap<Long, String>();
        organizations.findAllById(ids).forEach(o -> names.put(o.getId(), o.getName()));
        return names;
    }

    /**
     * An organisation's contact details as it registered them. Only for a module that has decided the reader may see
     * them (a collaboration after both sides agreed to exchange them); never shown otherwise.
     */
    @Transactional(readOnly = true)
    public Optional<ContactDetails> contacts(long organizationId) {
        return organizations.findById(organizationId).map(o -> new ContactDetails(o.getName(), o.getContactName(),
                o.getContactMobile(), o.getContactEmail()));
    }

    /** The enabled users of an organisation, to tell them of something that concerns it. */
    @Transactional(readOnly = true)
    public List<Recipient> recipients(long organizationId) {
        return users.findByOrganizationIdOrderByCreatedAt(organizationId).stream().filter(UserAccount::isEnabled)
                .map(u -> new Recipient(u.getId(), u.getDisplayName(), u.getEmail())).toList();
    }

    /** Enabled users by id, to address e-mail. */
    @Transactional(readOnly = true)
    public List<Recipient> recipientsById(java.util.Collection<Long> userIds) {
        return users.findAllById(userIds).stream().filter(UserAccount::isEnabled)
                .map(u -> new Recipient(u.getId(), u.getDisplayName(), u.getEmail())).toList();
    }

    /** Enabled bureau staff, to tell them of a report. */
    @Transactional(readOnly = true)
    public List<Recipient> bureauStaff() {
        return users.findAll().stream().filter(u -> u.isEnabled() && u.getRoles().contains(Role.BUREAU))
                .map(u -> new Recipient(u.getId(), u.getDisplayName(), u.getEmail())).toList();
    }

    /** Enabled experts, by name: whom the bureau assigns case reviews. */
    @Transactional(readOnly = true)
    public List<Recipient> experts() {
        return users.findEnabledWithRole(Role.EXPERT).stream()
                .map(u -> new Recipient(u.getId(), u.getDisplayName(), u.getEmail())).toList();
    }

    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }

    private AccountPrincipal requireOrganizationAdmin() {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        if (me.organizationId() == null || !me.organizationAdmin()) {
            throw new AccessDeniedException("only the organisation's first user invites colleagues");
        }
        return me;
    }

    private void checkUsername(String username, InvalidInputException.Collector problems) {
        if (username.isEmpty()) {
            problems.add("username", "validation.required");
        } else if (username.length() < UserAccount.USERNAME_MIN || username.length() > UserAccount.USERNAME_MAX) {
            problems.add("username", "validation.length", UserAccount.USERNAME_MIN, UserAccount.USERNAME_MAX);
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add("username", "validation.username.format");
        } else if (users.existsByUsername(username)) {
            problems.add("username", "validation.username.taken");
        }
    }

    private static void checkName(String field, String name, InvalidInputException.Collector problems) {
        if (name.isEmpty()) {
            problems.add(field, "validation.required");
        } else if (!characters(field, name, problems)) {
            return;
        } else if (name.length() > UserAccount.DISPLAY_NAME_MAX) {
            problems.add(field, "validation.length", 1, UserAccount.DISPLAY_NAME_MAX);
        }
    }

    private static void checkMobile(String field, String mobile, boolean required, InvalidInputException.Collector problems) {
        if (mobile.isEmpty()) {
            if (required) {
                problems.add(field, "validation.required");
            }
        } else if (!ContactFormats.isMobile(mobile)) {
            problems.add(field, "validation.mobile");
        }
    }

    private static void checkEmail(String field, String email, boolean required, InvalidInputException.Collector problems) {
        if (email.isEmpty()) {
            if (required) {
                problems.add(field, "validation.required");
            }
        } else if (!ContactFormats.isEmail(email)) {
            problems.add(field, "validation.email");
        }
    }

    /** False, with the problem noted, when the text holds a character no text may hold (see Checks). */
    private static boolean characters(String field, String text, InvalidInputException.Collector problems) {
        int bad = org.jigai.base.Checks.forbiddenInIdentifier(text);
        if (bad >= 0) {
            problems.add(field, "validation.characters", String.format("U+%04X", bad));
            return false;
        }
        return true;
    }

    private static String trim(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    private static @Nullable String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

}
