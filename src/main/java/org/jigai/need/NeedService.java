package org.jigai.need;

import jakarta.persistence.criteria.JoinType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.account.Role;
import org.jigai.audit.AuditLog;
import org.jigai.base.Checks;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Region;
import org.jigai.base.Upsert;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything done to needs. Who may read and do what is {@link NeedAccess}'s to decide; a need the caller may not
 * read is "not found", as if it did not exist.
 */
@Service
public class NeedService {

    public static final String NEED_HIDDEN = "NEED_HIDDEN";
    /** How long before its expiry the owner of a published need is reminded to renew it. */
    public static final java.time.Duration REMINDER_WINDOW = java.time.Duration.ofDays(14);
    public static final String NEED_SHOWN = "NEED_SHOWN";
    public static final String NEED_RESUBMITTED = "NEED_RESUBMITTED";
    private static final Logger log = LoggerFactory.getLogger(NeedService.class);

    private final NeedRepository needs;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final NeedAccess access;

    private final ApplicationEventPublisher events;
    private final NeedOwnerRevealRepository reveals;

    NeedService(NeedRepository needs, AccountService accounts, AuditLog audit, Clock clock,
            ApplicationEventPublisher events, NeedAccess access, NeedOwnerRevealRepository reveals) {
        this.reveals = reveals;
        this.access = access;
        this.events = events;
        this.needs = needs;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public long create(NeedForm form, boolean publish) {
        AccountPrincipal me = enterprise();
        if (publish) {
            check(form);
        } else {
            checkDraft(form);
        }
        Instant now = clock.instant();
        var need = new Need(me.organizationId(), form, now);
        if (publish) {
            need.publish(now);
        }
        return changed(needs.save(need)).getId();
    }

    /** Saves new content over the version the editor started from; a newer version in between is refused. */
    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public void update(long id, long version, NeedForm form) {
        Need need = own(id);
        if (need.getVersion() != version) {
            throw new OptimisticLockingFailureException("need " + id + " changed since version " + version);
        }
        if (!need.isEditable()) {
            throw InvalidInputException.of("status", "need.error.notEditable");
        }
        if (need.getStatus() == NeedStatus.DRAFT) {
            checkDraft(form);
        } else {
            check(form);
        }
        need.apply(form, clock.instant());
        changed(need);
    }

    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public void publish(long id) {
        Need need = own(id);
        if (!NeedLifecycle.PUBLISHABLE.contains(need.getStatus())) {
            throw InvalidInputException.of("status", "need.error.notPublishable");
        }
        check(need.toForm()); // a draft may lack what publishing needs
        need.publish(clock.instant());
        changed(need);
    }

    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public void renew(long id) {
        Need need = own(id);
        if (!NeedLifecycle.RENEWABLE.contains(need.getStatus())) {
            throw InvalidInputException.of("status", "need.error.notRenewable");
        }
        need.renew(clock.instant());
        changed(need);
    }

    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public void close(long id, @Nullable String reason) {
        Need need = own(id);
        String clean = reason(reason);
        if (!NeedLifecycle.CLOSABLE.contains(need.getStatus())) {
            throw InvalidInputException.of("status", "need.error.finished");
        }
        need.close(clean, clock.instant());
        changed(need);
    }

    /** Moderation: hides a need from providers, with a reason that its owner sees. */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void hide(long id, @Nullable String reason) {
        Need need = moderated(id);
        String clean = reason(reason);
        need.hide(clean, clock.instant());
        changed(need);
        audit.record(NEED_HIDDEN, "#" + id + " " + need.getTitle(), clean);
    }

    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void unhide(long id) {
        Need need = moderated(id);
        need.unhide(clock.instant());
        changed(need);
        audit.record(NEED_SHOWN, "#" + id + " " + need.getTitle(), null);
    }

    /**
     * The enterprise asks the bureau to show its hidden need again, after changing it as the reason asked; the need
     * stays hidden until the bureau decides (it appears at the top of the bureau's review list).
     */
    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public void resubmit(long id) {
        Need need = own(id);
        if (!access.actions(enterprise(), snapshot(need)).resubmit()) {
            throw InvalidInputException.of("status", "need.error.notResubmittable");
        }
        need.resubmit(clock.instant());
        changed(need);
        audit.record(NEED_RESUBMITTED, "#" + id + " " + need.getTitle(), null);
    }

    /** The current enterprise's needs that the bureau hid and that it has not resubmitted yet (at most 20). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ENTERPRISE')")
    public List<NeedSummary> mineHidden() {
        AccountPrincipal me = enterprise();
        Specification<Need> hidden = (root, query, cb) -> cb.and(cb.equal(root.get("organizationId"), me.organizationId()),
                cb.isTrue(root.get("moderation").get("hidden")), cb.isNull(root.get("moderation").get("resubmittedAt")));
        return summaries(needs.findAll(hidden, PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "updatedAt"))))
                .getContent();
    }

    /** The bureau's review list: hidden needs, those resubmitted by their enterprise first (oldest first). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('BUREAU')")
    public Page<NeedSummary> hiddenForReview(Pageable pageable) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Specification<Need> hidden = (root, query, cb) -> cb.isTrue(root.get("moderation").get("hidden"));
        return summaries(needs.findAll(access.readable(me).and(hidden), PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Order.asc("moderation.resubmittedAt").nullsLast(), Sort.Order.desc("updatedAt")))));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('BUREAU')")
    public long countHiddenForReview(boolean resubmittedOnly) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Specification<Need> hidden = (root, query, cb) -> resubmittedOnly
                ? cb.and(cb.isTrue(root.get("moderation").get("hidden")), cb.isNotNull(root.get("moderation").get("resubmittedAt")))
                : cb.isTrue(root.get("moderation").get("hidden"));
        return needs.count(access.readable(me).and(hidden));
    }

    /** One need, if this reader may see it; otherwise {@link NoSuchElementException}, as for a missing one. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public NeedDetails details(long id) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Need need = needs.findById(id).filter(n -> access.mayRead(me, snapshot(n)))
                .orElseThrow(NoSuchElementException::new);
        var may = access.actions(me, snapshot(need));
        boolean ownerShown = access.showsOwner(me, snapshot(need), me.organizationId() != null
                && reveals.existsById(new NeedOwnerReveal.Key(id, me.organizationId())));
        String owner = !ownerShown ? "" : accounts.organizationNames(List.of(need.getOrganizationId())).getOrDefault(
                need.getOrganizationId(), "");
        return new NeedDetails(need.getId(), need.getRef(), need.getOrganizationId(), need.getVersion(), need.getTitle(), need.getDescription(),
                need.getIndustry(), need.getDirections(), need.getRegion(), need.getBudgetMinWan(),
                need.getBudgetMaxWan(), need.getExpectedStart(), need.getExpectedFinish(), need.getVisibility(),
                need.getContactPreference(), need.getStatus(), need.getCloseReason(), need.isHidden(), need.getHiddenReason(), owner,
                need.getCreatedAt(), need.getPublishedAt(), need.getExpiresAt(), may.mine(), may.edit(), may.publish(),
                may.renew(), may.close(), may.moderate(), may.match(), need.getResubmittedAt(), may.resubmit(),
                need.isAnonymous(), ownerShown);
    }

    /** The current enterprise's own needs, newest change first; {@code status} null for all. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ENTERPRISE')")
    public Page<NeedSummary> mine(@Nullable NeedStatus status, Pageable pageable) {
        AccountPrincipal me = enterprise();
        Page<Need> page = status == null
                ? needs.findByOrganizationIdOrderByUpdatedAtDesc(me.organizationId(), unsorted(pageable))
                : needs.findByOrganizationIdAndStatusOrderByUpdatedAtDesc(me.organizationId(), status, unsorted(pageable));
        return summaries(page);
    }

    /** The current enterprise's published needs that expire within {@link #REMINDER_WINDOW}, soonest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ENTERPRISE')")
    public List<NeedSummary> expiringSoon() {
        AccountPrincipal me = enterprise();
        var found = needs.findByOrganizationIdAndStatusAndExpiresAtBeforeOrderByExpiresAtAsc(me.organizationId(),
                NeedStatus.PUBLISHED, clock.instant().plus(REMINDER_WINDOW));
        return summaries(new org.springframework.data.domain.PageImpl<>(found)).getContent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ENTERPRISE')")
    public long countMine(@Nullable NeedStatus status) {
        AccountPrincipal me = enterprise();
        return status == null ? needs.countByOrganizationId(me.organizationId())
                : needs.countByOrganizationIdAndStatus(me.organizationId(), status);
    }

    /** Open needs this reader may read (providers and staff), newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PROVIDER','BUREAU','ADMIN')")
    public Page<NeedSummary> browse(NeedFilter filter, Pageable pageable) {
        var page = needs.findAll(browsable(filter), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by(Sort.Direction.DESC, "id"))));
        return summaries(page);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PROVIDER','BUREAU','ADMIN')")
    public long countBrowse(NeedFilter filter) {
        return needs.count(browsable(filter));
    }

    /**
     * Creates or updates a need by the caller's {@code ref} for an enterprise (bureau or admin data exchange).
     * A new need is published at once; an unchanged one is left alone.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public Upsert importNeed(long organizationId, String ref, NeedForm form) {
        check(form);
        Instant now = clock.instant();
        var existing = needs.findByRef(ref);
        if (existing.isEmpty()) {
            changed(needs.save(Need.imported(organizationId, ref, form, now)));
            return Upsert.CREATED;
        }
        Need need = existing.get();
        if (need.getOrganizationId() != organizationId) {
            throw InvalidInputException.of("enterpriseRef", "import.error.immutable");
        }
        if (need.sameContent(form)) {
            return Upsert.UNCHANGED;
        }
        if (!need.isEditable()) {
            throw InvalidInputException.of("status", "need.error.notEditable");
        }
        need.apply(form, now);
        changed(need);
        return Upsert.UPDATED;
    }

    /** A need by the caller's {@code ref}, if this reader may see it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<NeedDetails> byRef(String ref) {
        return needs.findByRef(ref).map(Need::getId).flatMap(id -> {
            try {
                return java.util.Optional.of(details(id));
            } catch (NoSuchElementException notVisible) {
                return java.util.Optional.empty();
            }
        });
    }

    /**
     * Every need this caller may read, newest change first: an enterprise's own in every state, the open ones for
     * providers, every need ever published for staff (API pages and exports).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<NeedSummary> visible(Pageable pageable) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        return summaries(needs.findAll(access.readable(me), PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by(Sort.Direction.DESC, "id")))));
    }

    // ------------------------------------------------------------------ for derived data (the search index)

    /** The need as stored, for the search index; no authorization, so never hand it to a user as it is. */
    @Transactional(readOnly = true)
    public java.util.Optional<NeedSnapshot> snapshot(long id) {
        return needs.findById(id).map(NeedService::snapshot);
    }

    /** Needs open to providers with an id above {@code afterId}, in id order: the pages of an index rebuild. */
    @Transactional(readOnly = true)
    public List<NeedSnapshot> openSnapshots(long afterId, int limit) {
        return needs.findByIdGreaterThanAndStatusInAndModerationHiddenFalseOrderByIdAsc(afterId, NeedStatus.OPEN,
                org.springframework.data.domain.Limit.of(limit)).stream().map(NeedService::snapshot).toList();
    }

    @Transactional(readOnly = true)
    public org.jigai.base.IndexFacts indexFacts() {
        return new org.jigai.base.IndexFacts(needs.countByStatusInAndModerationHiddenFalse(NeedStatus.OPEN), needs.lastChange());
    }

    static NeedSnapshot snapshot(Need n) {
        return new NeedSnapshot(n.getId(), n.getRef(), n.getOrganizationId(), n.getTitle(), n.getDescription(),
                n.getIndustry(), n.getDirections(), n.getRegion(), n.getBudgetMinWan(), n.getBudgetMaxWan(),
                n.getStatus(), n.getVisibility(), n.isHidden(), n.getUpdatedAt(), n.getPublishedAt(),
                n.getResubmittedAt(), n.isAnonymous());
    }

    /** Published needs expire after 90 days unless renewed. */
    // ------------------------------------------------------------------ for the collaboration module

    /**
     * A collaboration's effect on its need: {@code IN_NEGOTIATION} when a provider is taken into talks,
     * {@code CONTRACTED} at signature, {@code COMPLETED} when the last milestone is approved, {@code PUBLISHED} again
     * when a signed engagement is cancelled. The engagement module has already decided the caller may do this.
     */
    @Transactional
    public void progress(long id, NeedStatus to) {
        Need need = needs.findById(id).orElseThrow(NoSuchElementException::new);
        Instant now = clock.instant();
        switch (to) {
            case IN_NEGOTIATION -> {
                if (!need.negotiate(now)) {
                    return;
                }
            }
            case CONTRACTED -> need.contract(now);
            case COMPLETED -> need.complete(now);
            case PUBLISHED -> need.reopen(now);
            default -> throw new IllegalArgumentException("a collaboration does not move a need to " + to);
        }
        changed(need);
    }

    /**
     * The enterprise invited this provider or accepted its interest: from now on the provider sees which enterprise
     * posted the need, even when it was published anonymously.
     */
    @Transactional
    public void revealOwnerTo(long needId, long providerId) {
        var key = new NeedOwnerReveal.Key(needId, providerId);
        if (!reveals.existsById(key)) {
            reveals.save(new NeedOwnerReveal(key, clock.instant()));
        }
    }

    /** Whether the need was published anonymously, for the collaboration's own lists. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> anonymousAmong(java.util.Collection<Long> ids) {
        var anonymous = new java.util.HashSet<Long>();
        needs.findAllById(ids).forEach(n -> {
            if (n.isAnonymous()) {
                anonymous.add(n.getId());
            }
        });
        return anonymous;
    }

    /** Titles of needs by id, for the lists of engagements (their parties know which need each is about). */
    @Transactional(readOnly = true)
    public Map<Long, String> titles(java.util.Collection<Long> ids) {
        var titles = new java.util.HashMap<Long, String>();
        needs.findAllById(ids).forEach(n -> titles.put(n.getId(), n.getTitle()));
        return titles;
    }

    /** Tells enterprises, once per validity, that a published need expires within the reminder window. */
    @Scheduled(cron = "${jigai.needs.reminder-cron:0 15 8 * * *}", zone = "Asia/Shanghai")
    @Transactional
    public int remindExpiring() {
        return remindExpiring(clock.instant());
    }

    @Transactional
    public int remindExpiring(Instant now) {
        int reminded = 0;
        for (Need need : needs.findByStatusAndExpiresAtBefore(NeedStatus.PUBLISHED, now.plus(REMINDER_WINDOW))) {
            if (need.remindExpiryIfDue(now, REMINDER_WINDOW)) {
                events.publishEvent(new NeedExpiringSoon(need.getId(), need.getOrganizationId(), need.getTitle(),
                        java.util.Objects.requireNonNull(need.getExpiresAt())));
                reminded++;
            }
        }
        return reminded;
    }

    @Scheduled(cron = "${jigai.needs.expiry-cron:0 5 * * * *}", zone = "Asia/Shanghai")
    @Transactional
    public int expireOverdue() {
        Instant now = clock.instant();
        int expired = 0;
        for (Need need : needs.findByStatusAndExpiresAtBefore(NeedStatus.PUBLISHED, now.plusMillis(1))) {
            if (need.expireIfDue(now)) {
                changed(need);
                expired++;
            }
        }
        if (expired > 0) {
            log.info("{} needs expired", expired);
        }
        return expired;
    }

    private Specification<Need> browsable(NeedFilter filter) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Specification<Need> filters = (root, query, cb) -> {
            var predicates = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
            if (filter.industry() != null) {
                predicates.add(cb.equal(root.get("industry"), filter.industry()));
            }
            if (filter.direction() != null) {
                var directions = root.join("directions", JoinType.INNER);
                predicates.add(cb.equal(directions, filter.direction()));
            }
            if (filter.region() != null) {
                Set<String> codes = Region.all().stream()
                        .filter(r -> r.code().equals(filter.region()) || r.cityCode().equals(filter.region()))
                        .map(Region::code).collect(Collectors.toSet());
                predicates.add(root.get("region").in(codes));
            }
            if (filter.minBudgetWan() != null) {
                predicates.add(cb.greaterThanOrEqualTo(cb.coalesce(root.get("budgetMaxWan"), root.get("budgetMinWan")),
                        filter.minBudgetWan()));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
        return access.listable(me).and(filters);
    }

    /** A need the current bureau user may moderate; any other is "not found". */
    private Need moderated(long id) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        return needs.findById(id).filter(n -> access.mayRead(me, snapshot(n)) && access.actions(me, snapshot(n)).moderate())
                .orElseThrow(NoSuchElementException::new);
    }

    private Need changed(Need need) {
        events.publishEvent(new NeedChanged(need.getId()));
        return need;
    }

    private Page<NeedSummary> summaries(Page<Need> page) {
        Map<Long, String> names = accounts.organizationNames(
                page.getContent().stream().map(Need::getOrganizationId).collect(Collectors.toSet()));
        var me = AccountPrincipal.current().orElse(null);
        return page.map(n -> {
            boolean shown = me != null && access.showsOwner(me, snapshot(n), false);
            return new NeedSummary(n.getId(), n.getRef(), n.getOrganizationId(), n.getTitle(), n.getDescription(),
                    n.getIndustry(), n.getDirections(), n.getRegion(), n.getBudgetMinWan(), n.getBudgetMaxWan(),
                    n.getStatus(), n.isHidden(), shown ? names.getOrDefault(n.getOrganizationId(), "") : "",
                    n.getUpdatedAt(), n.getPublishedAt(), n.getExpiresAt(), n.getHiddenReason(), n.getResubmittedAt(),
                    shown);
        });
    }

    private AccountPrincipal enterprise() {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        if (me.organizationId() == null || !me.has(Role.ENTERPRISE)) {
            throw new org.springframework.security.access.AccessDeniedException("needs belong to enterprises");
        }
        return me;
    }

    /** The current enterprise's need; another organisation's is "not found". */
    private Need own(long id) {
        AccountPrincipal me = enterprise();
        return needs.findById(id).filter(n -> access.actions(me, snapshot(n)).mine())
                .orElseThrow(NoSuchElementException::new);
    }

    private static Pageable unsorted(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
    }

    private static String reason(@Nullable String reason) {
        var problems = new InvalidInputException.Collector();
        String clean = Checks.text("reason", reason, NeedForm.REASON_MAX, true, problems);
        problems.throwIfAny();
        return clean;
    }

    static void check(NeedForm f) {
        var problems = new InvalidInputException.Collector();
        check(f, problems);
        problems.throwIfAny();
    }

    /** A draft needs its title; whatever else it holds must be valid, but may be missing until publication. */
    static void checkDraft(NeedForm f) {
        var problems = new InvalidInputException.Collector();
        check(f, problems);
        problems.withoutMissing(Set.of("validation.required", "need.error.directions"), Set.of("title")).throwIfAny();
    }

    /** Every problem of a need's content, added to {@code problems} (for imports that report all of a row's). */
    public static void check(NeedForm f, InvalidInputException.Collector problems) {
        Checks.text("title", f.title(), NeedForm.TITLE_MAX, true, problems);
        Checks.text("description", f.description(), NeedForm.DESCRIPTION_MAX, true, problems);
        if (f.industry() == null) {
            problems.add("industry", "validation.required");
        }
        if (f.directions() == null || f.directions().isEmpty()) {
            problems.add("directions", "need.error.directions");
        }
        if (f.region() == null) {
            problems.add("region", "validation.required");
        } else if (Region.ofCode(f.region()).isEmpty()) {
            problems.add("region", "import.error.region");
        }
        Checks.amountRange("budgetMinWan", f.budgetMinWan(), "budgetMaxWan", f.budgetMaxWan(), problems);
        if (f.expectedStart() != null && f.expectedFinish() != null
                && f.expectedFinish().isBefore(f.expectedStart())) {
            problems.add("expectedFinish", "need.error.finishBeforeStart");
        }
        if (f.visibility() == null) {
            problems.add("visibility", "validation.required");
        }
        if (f.contactPreference() == null) {
            problems.add("contactPreference", "validation.required");
        }
    }

    /** For the bureau's dashboard: every need published between the two days (both included), as it is classified now. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public List<NeedFact> publishedBetween(java.time.LocalDate from, java.time.LocalDate to) {
        var start = from.atStartOfDay(org.jigai.base.Formats.ZONE).toInstant();
        var end = to.plusDays(1).atStartOfDay(org.jigai.base.Formats.ZONE).toInstant();
        Specification<Need> published = (r, q, c) -> c.and(c.greaterThanOrEqualTo(r.get("publishedAt"), start),
                c.lessThan(r.get("publishedAt"), end));
        return needs.findAll(published).stream().map(n -> new NeedFact(n.getId(),
                java.time.LocalDate.ofInstant(n.getPublishedAt(), org.jigai.base.Formats.ZONE), n.getIndustry(),
                n.getDirections(), n.getRegion())).toList();
    }
}
