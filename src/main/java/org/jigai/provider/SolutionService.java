package org.jigai.provider;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.account.Role;
import org.jigai.audit.AuditLog;
import org.jigai.base.Checks;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Upsert;
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

/**
 * Solutions: the provider writes, publishes and archives its own; every signed-in user reads published ones.
 * Another provider's draft or archived solution is "not found".
 */
@Service
public class SolutionService {

    private final SolutionRepository solutions;
    private final AccountService accounts;
    private final Clock clock;
    private final ProviderProfileRepository profiles;
    private final SolutionAccess access;
    private final AuditLog audit;

    private final ApplicationEventPublisher events;

    public static final String SOLUTION_HIDDEN = "SOLUTION_HIDDEN";
    public static final String SOLUTION_SHOWN = "SOLUTION_SHOWN";
    public static final String SOLUTION_RESUBMITTED = "SOLUTION_RESUBMITTED";
    public static final int REASON_MAX = 200;

    SolutionService(SolutionRepository solutions, AccountService accounts, Clock clock,
            ProviderProfileRepository profiles, ApplicationEventPublisher events, SolutionAccess access,
            AuditLog audit) {
        this.audit = audit;
        this.access = access;
        this.events = events;
        this.profiles = profiles;
        this.solutions = solutions;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public long create(SolutionForm form, boolean publish) {
        AccountPrincipal me = provider();
        check(form, me.organizationId(), !publish);
        var solution = new Solution(me.organizationId(), form, clock.instant());
        if (publish) {
            solution.publish(clock.instant());
        }
        return changed(solutions.save(solution)).getId();
    }

    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public void update(long id, long version, SolutionForm form) {
        Solution solution = own(id);
        if (solution.getVersion() != version) {
            throw new OptimisticLockingFailureException("solution " + id + " changed since version " + version);
        }
        check(form, solution.getOrganizationId(), solution.getStatus() == SolutionStatus.DRAFT);
        solution.apply(form, clock.instant());
        changed(solution);
    }

    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public void publish(long id) {
        Solution solution = own(id);
        if (!access.actions(AccountPrincipal.current().orElseThrow(), snapshot(solution)).publish()) {
            throw InvalidInputException.of("status", "solution.error.notPublishable");
        }
        check(solution.toForm(), solution.getOrganizationId()); // a draft may lack what publishing needs
        changed(solution).publish(clock.instant());
    }

    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public void archive(long id) {
        Solution solution = own(id);
        if (!access.actions(AccountPrincipal.current().orElseThrow(), snapshot(solution)).archive()) {
            throw InvalidInputException.of("status", "solution.error.notArchivable");
        }
        changed(solution).archive(clock.instant());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SolutionDetails details(long id) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Solution s = solutions.findById(id).filter(x -> access.mayRead(me, snapshot(x)))
                .orElseThrow(NoSuchElementException::new);
        var may = access.actions(me, snapshot(s));
        String provider = accounts.organizationNames(List.of(s.getOrganizationId())).getOrDefault(s.getOrganizationId(), "");
        return new SolutionDetails(s.getId(), s.getRef(), s.getVersion(), s.getOrganizationId(), provider, s.getTitle(),
                s.getDescription(), s.getCategories(), s.getIndustries(), s.getDirections(), s.getPriceMinWan(),
                s.getPriceMaxWan(), s.getDeliveryWeeks(), s.getTags(), references(s), s.getStatus(), s.getPublishedAt(),
                may.mine(), may.publish(), may.archive(), s.isHidden(), s.getHiddenReason(), s.getResubmittedAt(),
                may.moderate(), may.resubmit());
    }

    /** Moderation: hides a published solution from everyone but its provider and staff, with a reason. */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void hide(long id, @Nullable String reason) {
        Solution solution = moderated(id);
        var problems = new InvalidInputException.Collector();
        String clean = Checks.text("reason", reason, REASON_MAX, true, problems);
        problems.throwIfAny();
        solution.hide(clean, clock.instant());
        changed(solution);
        audit.record(SOLUTION_HIDDEN, "#" + id + " " + solution.getTitle(), clean);
    }

    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void unhide(long id) {
        Solution solution = moderated(id);
        solution.unhide(clock.instant());
        changed(solution);
        audit.record(SOLUTION_SHOWN, "#" + id + " " + solution.getTitle(), null);
    }

    /** The provider asks the bureau to show its hidden solution again, after changing it as the reason asked. */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public void resubmit(long id) {
        Solution solution = own(id);
        if (!access.actions(provider(), snapshot(solution)).resubmit()) {
            throw InvalidInputException.of("status", "solution.error.notResubmittable");
        }
        solution.resubmit(clock.instant());
        changed(solution);
        audit.record(SOLUTION_RESUBMITTED, "#" + id + " " + solution.getTitle(), null);
    }

    /** The bureau's review list of hidden solutions, those resubmitted by their provider first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('BUREAU')")
    public Page<SolutionSummary> hiddenForReview(Pageable pageable) {
        var me = AccountPrincipal.current().orElseThrow();
        Specification<Solution> hidden = (root, query, cb) -> cb.isTrue(root.get("moderation").get("hidden"));
        return summaries(solutions.findAll(access.readable(me).and(hidden), PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Order.asc("moderation.resubmittedAt").nullsLast(), Sort.Order.desc("updatedAt")))));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('BUREAU')")
    public long countHiddenForReview(boolean resubmittedOnly) {
        var me = AccountPrincipal.current().orElseThrow();
        Specification<Solution> hidden = (root, query, cb) -> resubmittedOnly
                ? cb.and(cb.isTrue(root.get("moderation").get("hidden")), cb.isNotNull(root.get("moderation").get("resubmittedAt")))
                : cb.isTrue(root.get("moderation").get("hidden"));
        return solutions.count(access.readable(me).and(hidden));
    }

    private Solution moderated(long id) {
        var me = AccountPrincipal.current().orElseThrow();
        return solutions.findById(id).filter(s -> access.mayRead(me, snapshot(s)) && access.actions(me, snapshot(s)).moderate())
                .orElseThrow(NoSuchElementException::new);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PROVIDER')")
    public Page<SolutionSummary> mine(@Nullable SolutionStatus status, Pageable pageable) {
        AccountPrincipal me = provider();
        var plain = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
        return summaries(status == null
                ? solutions.findByOrganizationIdOrderByUpdatedAtDesc(me.organizationId(), plain)
                : solutions.findByOrganizationIdAndStatusOrderByUpdatedAtDesc(me.organizationId(), status, plain));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PROVIDER')")
    public long countMine(@Nullable SolutionStatus status) {
        AccountPrincipal me = provider();
        return status == null ? solutions.countByOrganizationId(me.organizationId())
                : solutions.countByOrganizationIdAndStatus(me.organizationId(), status);
    }

    /** Published solutions, newest first; {@code organizationId} narrows to one provider. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<SolutionSummary> browse(SolutionFilter filter, @Nullable Long organizationId, Pageable pageable) {
        var me = AccountPrincipal.current().orElseThrow();
        return summaries(solutions.findAll(access.listable(me).and(browsable(filter, organizationId)),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by(Sort.Direction.DESC, "id")))));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long countBrowse(SolutionFilter filter, @Nullable Long organizationId) {
        var me = AccountPrincipal.current().orElseThrow();
        return solutions.count(access.listable(me).and(browsable(filter, organizationId)));
    }

    /**
     * Every solution this caller may read, newest change first: a provider's own in every state and everyone's
     * published ones; for staff also those archived after publication (API pages and exports).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<SolutionSummary> visible(Pageable pageable) {
        var me = AccountPrincipal.current().orElseThrow();
        return summaries(solutions.findAll(access.readable(me), PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by(Sort.Direction.DESC, "id")))));
    }

    /** Creates or updates a provider's solution by the caller's {@code ref}; a new one is published at once. */
    @Transactional
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public Upsert importSolution(long organizationId, String ref, SolutionForm form) {
        check(form, organizationId);
        var existing = solutions.findByRef(ref);
        if (existing.isEmpty()) {
            changed(solutions.save(Solution.imported(organizationId, ref, form, clock.instant())));
            return Upsert.CREATED;
        }
        Solution solution = existing.get();
        if (solution.getOrganizationId() != organizationId) {
            throw InvalidInputException.of("providerRef", "import.error.immutable");
        }
        if (solution.sameContent(form)) {
            return Upsert.UNCHANGED;
        }
        solution.apply(form, clock.instant());
        changed(solution);
        return Upsert.UPDATED;
    }

    /** A solution by the caller's {@code ref}, if this reader may see it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<SolutionDetails> byRef(String ref) {
        return solutions.findByRef(ref).map(Solution::getId).flatMap(id -> {
            try {
                return java.util.Optional.of(details(id));
            } catch (NoSuchElementException notVisible) {
                return java.util.Optional.empty();
            }
        });
    }

    private static Specification<Solution> browsable(SolutionFilter filter, @Nullable Long organizationId) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (organizationId != null) {
                predicates.add(cb.equal(root.get("organizationId"), organizationId));
            }
            if (filter.industry() != null) {
                predicates.add(cb.equal(root.join("industries", JoinType.INNER), filter.industry()));
            }
            if (filter.direction() != null) {
                predicates.add(cb.equal(root.join("directions", JoinType.INNER), filter.direction()));
            }
            if (filter.category() != null) {
                predicates.add(cb.equal(root.join("categories", JoinType.INNER), filter.category()));
            }
            if (filter.budgetWan() != null) {
                predicates.add(cb.or(cb.isNull(root.get("priceMinWan")),
                        cb.lessThanOrEqualTo(root.get("priceMinWan"), filter.budgetWan())));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private Page<SolutionSummary> summaries(Page<Solution> page) {
        Map<Long, String> names = accounts.organizationNames(
                page.getContent().stream().map(Solution::getOrganizationId).collect(Collectors.toSet()));
        return page.map(s -> new SolutionSummary(s.getId(), s.getRef(), s.getOrganizationId(), s.getTitle(), s.getDescription(),
                names.getOrDefault(s.getOrganizationId(), ""), s.getCategories(), s.getIndustries(), s.getDirections(),
                s.getPriceMinWan(), s.getPriceMaxWan(), s.getDeliveryWeeks(), s.getTags(), s.getStatus(), s.getUpdatedAt(),
                s.getPublishedAt(), s.isHidden(), s.getHiddenReason(), s.getResubmittedAt()));
    }

    private Solution changed(Solution solution) {
        events.publishEvent(new SolutionChanged(solution.getId()));
        return solution;
    }

    private AccountPrincipal provider() {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        if (me.organizationId() == null || !me.has(Role.PROVIDER)) {
            throw new AccessDeniedException("solutions belong to providers");
        }
        return me;
    }

    private Solution own(long id) {
        AccountPrincipal me = provider();
        return solutions.findById(id).filter(s -> access.actions(me, snapshot(s)).mine())
                .orElseThrow(NoSuchElementException::new);
    }

    // ------------------------------------------------------------------ for derived data (the search index)

    /** The solution as stored, for the search index; no authorization, so never hand it to a user as it is. */
    @Transactional(readOnly = true)
    public java.util.Optional<SolutionSnapshot> snapshot(long id) {
        return solutions.findById(id).map(SolutionService::snapshot);
    }

    /** Published solutions with an id above {@code afterId}, in id order: the pages of an index rebuild. */
    @Transactional(readOnly = true)
    public List<SolutionSnapshot> publishedSnapshots(long afterId, int limit) {
        return solutions.findByIdGreaterThanAndStatusOrderByIdAsc(afterId, SolutionStatus.PUBLISHED,
                org.springframework.data.domain.Limit.of(limit)).stream().map(SolutionService::snapshot).toList();
    }

    /** The ids of one provider's published solutions (their index entries carry the provider's facts). */
    @Transactional(readOnly = true)
    public List<Long> publishedIds(long organizationId) {
        return solutions.findByOrganizationIdAndStatus(organizationId, SolutionStatus.PUBLISHED).stream()
                .map(Solution::getId).toList();
    }

    @Transactional(readOnly = true)
    public org.jigai.base.IndexFacts indexFacts() {
        return new org.jigai.base.IndexFacts(solutions.countByStatus(SolutionStatus.PUBLISHED), solutions.lastChange());
    }

    static SolutionSnapshot snapshot(Solution s) {
        return new SolutionSnapshot(s.getId(), s.getRef(), s.getOrganizationId(), s.getTitle(), s.getDescription(),
                s.getCategories(), s.getIndustries(), s.getDirections(), s.getTags(), s.getPriceMinWan(),
                s.getPriceMaxWan(), s.getDeliveryWeeks(), s.getStatus(), s.getUpdatedAt(), s.getPublishedAt(),
                s.isHidden(), s.getResubmittedAt());
    }

    /** The linked reference projects that the provider's profile still has, in the profile's order. */
    private List<ReferenceProject> references(Solution s) {
        Set<String> linked = s.getReferenceTitles();
        if (linked.isEmpty()) {
            return List.of();
        }
        return profiles.findById(s.getOrganizationId()).map(ProviderProfile::getReferences).orElse(List.of()).stream()
                .filter(r -> linked.contains(r.title())).toList();
    }

    private void check(SolutionForm f, long organizationId) {
        check(f, organizationId, false);
    }

    /** A draft needs its title; whatever else it holds must be valid, but may be missing until publication. */
    private void check(SolutionForm f, long organizationId, boolean draft) {
        var problems = new InvalidInputException.Collector();
        if (f.references() != null && !f.references().isEmpty()) {
            Set<String> known = profiles.findById(organizationId).map(ProviderProfile::getReferences).orElse(List.of())
                    .stream().map(ReferenceProject::title).collect(Collectors.toSet());
            if (!known.containsAll(f.references())) {
                problems.add("references", "solution.error.references");
            }
        }
        collect(f, problems);
        (draft ? problems.withoutMissing(Set.of("validation.required", "provider.error.categories",
                "solution.error.industries", "need.error.directions"), Set.of("title")) : problems).throwIfAny();
    }

    /** Every problem of a solution's own content, added to {@code problems} (imports report all of a row's). */
    public static void check(SolutionForm f, InvalidInputException.Collector problems) {
        collect(f, problems);
        problems.throwIfAny();
    }

    private static void collect(SolutionForm f, InvalidInputException.Collector problems) {
        Checks.text("title", f.title(), SolutionForm.TITLE_MAX, true, problems);
        Checks.text("description", f.description(), SolutionForm.DESCRIPTION_MAX, true, problems);
        if (f.categories().isEmpty()) {
            problems.add("categories", "provider.error.categories");
        }
        if (f.industries().isEmpty()) {
            problems.add("industries", "solution.error.industries");
        }
        if (f.directions().isEmpty()) {
            problems.add("directions", "need.error.directions");
        }
        Checks.amountRange("priceMinWan", f.priceMinWan(), "priceMaxWan", f.priceMaxWan(), problems);
        Checks.wholeNumber("deliveryWeeks", f.deliveryWeeks(), 1, SolutionForm.WEEKS_MAX, problems);
        Checks.text("tags", f.tags(), SolutionForm.TAGS_MAX, false, problems);
    }
}
