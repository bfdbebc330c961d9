package org.jigai.provider;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.account.OrganizationInfo;
import org.jigai.account.Role;
import org.jigai.audit.AuditLog;
import org.jigai.base.Checks;
import org.jigai.base.ContactFormats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Industry;
import org.jigai.base.Region;
import org.jigai.base.ServiceCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Provider profiles: the provider edits its own; every signed-in user reads them, without contact details. */
@Service
public class ProviderService {

    private final ProviderProfileRepository profiles;
    private final SolutionRepository solutions;
    private final AccountService accounts;
    private final Clock clock;

    private final ApplicationEventPublisher events;
    private final ProviderAccess access;
    private final AuditLog audit;

    public static final String PROVIDER_HIDDEN = "PROVIDER_HIDDEN";
    public static final String PROVIDER_SHOWN = "PROVIDER_SHOWN";
    public static final String PROVIDER_RESUBMITTED = "PROVIDER_RESUBMITTED";

    ProviderService(ProviderProfileRepository profiles, SolutionRepository solutions, AccountService accounts,
            Clock clock, ApplicationEventPublisher events, ProviderAccess access, AuditLog audit) {
        this.audit = audit;
        this.access = access;
        this.events = events;
        this.profiles = profiles;
        this.solutions = solutions;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The current provider's own profile; empty fields until it is first saved. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PROVIDER')")
    public ProviderDetails mine() {
        AccountPrincipal me = provider();
        return details(me, me.organizationId());
    }

    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public void save(long version, ProfileForm form) {
        AccountPrincipal me = provider();
        check(form);
        Instant now = clock.instant();
        var profile = profiles.findById(me.organizationId()).orElse(null);
        if (profile == null) {
            profile = new ProviderProfile(me.organizationId(), now);
        } else if (profile.getVersion() != version) {
            throw new OptimisticLockingFailureException("profile changed since version " + version);
        }
        profile.apply(form, now);
        profiles.save(profile);
        events.publishEvent(new ProviderChanged(me.organizationId()));
    }

    /** A provider's public page; "not found" for anything that is not a provider. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ProviderDetails details(long organizationId) {
        return details(AccountPrincipal.current().orElseThrow(), organizationId);
    }

    private ProviderDetails details(AccountPrincipal me, long organizationId) {
        OrganizationInfo org = accounts.organizations(List.of(organizationId)).get(organizationId);
        var profile = profiles.findById(organizationId).orElse(null);
        boolean hidden = profile != null && profile.isHidden();
        if (org == null || org.type() != Role.PROVIDER || !access.mayRead(me, organizationId, hidden)) {
            throw new NoSuchElementException();
        }
        var may = access.actions(me, organizationId, hidden, profile != null && profile.getResubmittedAt() != null);
        boolean mine = may.mine();
        boolean contacts = may.contacts();
        if (profile == null) {
            return new ProviderDetails(organizationId, org.name(), org.region(), null, null, null, Set.of(), Set.of(),
                    Set.of(), List.of(), List.of(), null, null, null, mine, -1, false, null, null, false, false);
        }
        return new ProviderDetails(organizationId, org.name(), org.region(), profile.getDescription(),
                profile.getTeamSize(), profile.getFoundedYear(), profile.getCategories(), profile.getIndustries(),
                profile.getRegions(), profile.getQualifications(), profile.getReferences(),
                contacts ? profile.getContactName() : null, contacts ? profile.getContactMobile() : null,
                contacts ? profile.getContactEmail() : null, mine, profile.getVersion(), hidden,
                profile.getHiddenReason(), profile.getResubmittedAt(), may.moderate(), may.resubmit());
    }

    /** Moderation: hides a provider's profile from everyone but the provider and staff, with a reason it sees. */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void hide(long organizationId, @Nullable String reason) {
        var profile = profiles.findById(organizationId).orElseThrow(NoSuchElementException::new);
        var problems = new InvalidInputException.Collector();
        String clean = Checks.text("reason", reason, SolutionService.REASON_MAX, true, problems);
        problems.throwIfAny();
        profile.hide(clean, clock.instant());
        events.publishEvent(new ProviderChanged(organizationId));
        audit.record(PROVIDER_HIDDEN, name(organizationId), clean);
    }

    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void unhide(long organizationId) {
        var profile = profiles.findById(organizationId).orElseThrow(NoSuchElementException::new);
        profile.unhide(clock.instant());
        events.publishEvent(new ProviderChanged(organizationId));
        audit.record(PROVIDER_SHOWN, name(organizationId), null);
    }

    /** The provider asks the bureau to show its hidden profile again, after changing it as the reason asked. */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public void resubmit() {
        AccountPrincipal me = provider();
        var profile = profiles.findById(me.organizationId()).orElseThrow(NoSuchElementException::new);
        if (!access.actions(me, me.organizationId(), profile.isHidden(), profile.getResubmittedAt() != null).resubmit()) {
            throw InvalidInputException.of("status", "provider.error.notResubmittable");
        }
        profile.resubmit(clock.instant());
        events.publishEvent(new ProviderChanged(me.organizationId()));
        audit.record(PROVIDER_RESUBMITTED, name(me.organizationId()), null);
    }

    /** Hidden profiles for the bureau's review page, those resubmitted first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('BUREAU')")
    public Page<ProviderDetails> hiddenForReview(Pageable pageable) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Specification<ProviderProfile> hidden = (root, query, cb) -> cb.isTrue(root.get("moderation").get("hidden"));
        return profiles.findAll(hidden, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.asc("moderation.resubmittedAt").nullsLast(), Sort.Order.desc("updatedAt"))))
                .map(p -> details(me, p.getOrganizationId()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('BUREAU')")
    public long countHiddenForReview(boolean resubmittedOnly) {
        Specification<ProviderProfile> hidden = (root, query, cb) -> resubmittedOnly
                ? cb.and(cb.isTrue(root.get("moderation").get("hidden")), cb.isNotNull(root.get("moderation").get("resubmittedAt")))
                : cb.isTrue(root.get("moderation").get("hidden"));
        return profiles.count(hidden);
    }

    private String name(long organizationId) {
        var org = accounts.organizations(List.of(organizationId)).get(organizationId);
        return "#" + organizationId + " " + (org == null ? "" : org.name());
    }

    /**
     * Sets the categories, industries and description that an imported provider record carries; the rest of the
     * profile (qualifications, references, contacts) stays as the provider wrote it.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public boolean importProfile(long organizationId, Set<ServiceCategory> categories, Set<Industry> industries,
            @Nullable String description) {
        Instant now = clock.instant();
        var existing = profiles.findById(organizationId);
        var profile = existing.orElseGet(() -> new ProviderProfile(organizationId, now));
        var current = existing.orElse(null);
        var form = new ProfileForm(description, current == null ? null : current.getTeamSize(),
                current == null ? null : current.getFoundedYear(), categories, industries,
                current == null ? Set.of() : current.getRegions(),
                current == null ? List.of() : current.getQualifications(),
                current == null ? List.of() : current.getReferences(),
                current == null ? null : current.getContactName(), current == null ? null : current.getContactMobile(),
                current == null ? null : current.getContactEmail());
        check(form);
        boolean changed = current == null || !categories.equals(current.getCategories())
                || !industries.equals(current.getIndustries())
                || !java.util.Objects.equals(description == null || description.isBlank() ? null : description.strip(),
                        current.getDescription());
        if (changed) {
            profile.apply(form, now);
            profiles.save(profile);
            events.publishEvent(new ProviderChanged(organizationId));
        }
        return changed;
    }

    /**
     * The contact details a provider keeps on its profile (name, mobile, e-mail), for a module that has decided the
     * reader may see them (a collaboration after both sides agreed); empty without a profile or without any of them.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<org.jigai.account.ContactDetails> profileContacts(long organizationId) {
        return profiles.findById(organizationId)
                .filter(p -> p.getContactName() != null || p.getContactMobile() != null || p.getContactEmail() != null)
                .map(p -> new org.jigai.account.ContactDetails("", p.getContactName(), p.getContactMobile(),
                        p.getContactEmail()));
    }

    // ------------------------------------------------------------------ for derived data (the search index)

    /** A provider's public profile for the search index (never contact details); empty without a profile. */
    @Transactional(readOnly = true)
    public java.util.Optional<ProviderSnapshot> snapshot(long organizationId) {
        return profiles.findById(organizationId).map(p -> snapshots(List.of(p)).getFirst());
    }

    /** Profiles with an organisation id above {@code afterId}, in id order: the pages of an index rebuild. */
    @Transactional(readOnly = true)
    public List<ProviderSnapshot> snapshots(long afterId, int limit) {
        return snapshots(profiles.findByOrganizationIdGreaterThanOrderByOrganizationIdAsc(afterId,
                org.springframework.data.domain.Limit.of(limit)));
    }

    @Transactional(readOnly = true)
    public org.jigai.base.IndexFacts indexFacts() {
        return new org.jigai.base.IndexFacts(profiles.count(), profiles.lastChange());
    }

    private List<ProviderSnapshot> snapshots(List<ProviderProfile> found) {
        Map<Long, OrganizationInfo> orgs = accounts.organizations(
                found.stream().map(ProviderProfile::getOrganizationId).collect(Collectors.toSet()));
        return found.stream().map(p -> {
            var org = orgs.get(p.getOrganizationId());
            return new ProviderSnapshot(p.getOrganizationId(), org == null ? null : org.ref(),
                    org == null ? "" : org.name(), org == null ? "" : org.region(), p.getDescription(),
                    p.getCategories(), p.getIndustries(), p.getRegions(),
                    p.getQualifications().stream().map(Qualification::name).toList(), p.getReferences(),
                    solutions.countByOrganizationIdAndStatusAndModerationHiddenFalse(p.getOrganizationId(), SolutionStatus.PUBLISHED),
                    p.getUpdatedAt(), p.isHidden());
        }).toList();
    }

    /** The service categories of the given providers' profiles, for exports. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Set<ServiceCategory>> categories(java.util.Collection<Long> organizationIds) {
        return profiles.findAllById(organizationIds).stream().collect(Collectors.toMap(
                ProviderProfile::getOrganizationId, p -> Set.copyOf(p.getCategories())));
    }

    /** Providers with a profile, for everyone signed in. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<ProviderSummary> browse(ProviderFilter filter, Pageable pageable) {
        var page = profiles.findAll(browsable(filter), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "updatedAt")));
        Map<Long, OrganizationInfo> orgs = accounts.organizations(
                page.getContent().stream().map(ProviderProfile::getOrganizationId).collect(Collectors.toSet()));
        return page.map(p -> {
            var org = orgs.get(p.getOrganizationId());
            return new ProviderSummary(p.getOrganizationId(), org == null ? "" : org.name(),
                    org == null ? "" : org.region(), p.getCategories(), p.getIndustries(),
                    solutions.countByOrganizationIdAndStatusAndModerationHiddenFalse(p.getOrganizationId(), SolutionStatus.PUBLISHED));
        });
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long countBrowse(ProviderFilter filter) {
        return profiles.count(browsable(filter));
    }

    private static Specification<ProviderProfile> browsable(ProviderFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.isFalse(root.get("moderation").get("hidden"))); // the bureau finds hidden ones on its review page
            if (filter.category() != null) {
                predicates.add(cb.equal(root.join("categories", JoinType.INNER), filter.category()));
            }
            if (filter.industry() != null) {
                predicates.add(cb.equal(root.join("industries", JoinType.INNER), filter.industry()));
            }
            if (filter.region() != null) {
                Set<String> codes = Region.all().stream()
                        .filter(r -> r.code().equals(filter.region()) || r.cityCode().equals(filter.region()))
                        .map(Region::code).collect(Collectors.toSet());
                codes.add(filter.region());
                predicates.add(root.join("regions", JoinType.INNER).in(codes));
            }
            if (query != null) {
                query.distinct(true);
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private AccountPrincipal provider() {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        if (me.organizationId() == null || !me.has(Role.PROVIDER)) {
            throw new AccessDeniedException("profiles belong to providers");
        }
        return me;
    }

    static void check(ProfileForm f) {
        var problems = new InvalidInputException.Collector();
        Checks.text("description", f.description(), ProfileForm.DESCRIPTION_MAX, false, problems);
        Checks.wholeNumber("teamSize", f.teamSize(), 1, 1_000_000, problems);
        Checks.wholeNumber("foundedYear", f.foundedYear(), 1900, Year.now().getValue(), problems);
        if (f.categories().isEmpty()) {
            problems.add("categories", "provider.error.categories");
        }
        if (f.regions().stream().anyMatch(r -> Region.ofCode(r).isEmpty())) {
            problems.add("regions", "validation.required");
        }
        if (f.qualifications().size() > ProfileForm.MAX_ITEMS || f.references().size() > ProfileForm.MAX_ITEMS) {
            problems.add(f.qualifications().size() > ProfileForm.MAX_ITEMS ? "qualifications" : "references",
                    "provider.error.tooMany", ProfileForm.MAX_ITEMS);
        }
        for (Qualification q : f.qualifications()) {
            if (q.name() == null || q.name().isBlank() || Checks.length(q.name()) > Qualification.TEXT_MAX
                    || (q.number() != null && Checks.length(q.number()) > Qualification.TEXT_MAX)
                    || (q.issuer() != null && Checks.length(q.issuer()) > Qualification.TEXT_MAX)) {
                problems.add("qualifications", "provider.error.qualification", Qualification.TEXT_MAX);
            }
        }
        for (ReferenceProject r : f.references()) {
            if (r.title() == null || r.title().isBlank() || Checks.length(r.title()) > ReferenceProject.TITLE_MAX
                    || (r.result() != null && Checks.length(r.result()) > ReferenceProject.RESULT_MAX)
                    || (r.year() != null && (r.year() < 1950 || r.year() > Year.now().getValue()))) {
                problems.add("references", "provider.error.reference", ReferenceProject.TITLE_MAX,
                        ReferenceProject.RESULT_MAX);
            }
        }
        Checks.text("contactName", f.contactName(), 50, false, problems);
        String mobile = f.contactMobile() == null ? "" : f.contactMobile().strip();
        if (!mobile.isEmpty() && !ContactFormats.isMobile(mobile)) {
            problems.add("contactMobile", "validation.mobile");
        }
        String email = f.contactEmail() == null ? "" : f.contactEmail().strip();
        if (!email.isEmpty() && !ContactFormats.isEmail(email)) {
            problems.add("contactEmail", "validation.email");
        }
        problems.throwIfAny();
    }

}
