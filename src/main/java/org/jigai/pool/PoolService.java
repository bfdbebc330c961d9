package org.jigai.pool;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.account.OrganizationInfo;
import org.jigai.audit.AuditLog;
import org.jigai.base.Checks;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ServiceCategory;
import org.jigai.provider.ProviderDetails;
import org.jigai.provider.ProviderService;
import org.jigai.provider.ProviderSnapshot;
import org.jigai.provider.Qualification;
import org.jigai.provider.ReferenceProject;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything done with the provider pool. Each action checks {@link PoolAccess} ("not found" when the caller may not
 * read the application at all, a refusal next to the field otherwise), takes the application's row lock before
 * reading it, records the step in its history and the audit log, and tells the provider.
 */
@Service
public class PoolService {

    public static final int REASON_MAX = 200;
    /** Qualifications that expire within this many days of the review are flagged to the reviewer. */
    public static final int EXPIRY_WARNING_DAYS = 60;
    /** Renewal reminders go out this many days before a membership ends with its year. */
    public static final List<Integer> REMINDER_DAYS = List.of(30, 7);
    public static final String YEAR_SAVED = "POOL_YEAR_SAVED";
    public static final String YEAR_PUBLISHED = "POOL_YEAR_PUBLISHED";
    public static final String APPLIED = "POOL_APPLIED";
    public static final String EDITED = "POOL_APPLICATION_EDITED";
    private static final Logger log = LoggerFactory.getLogger(PoolService.class);

    private final PoolYearRepository years;
    private final PoolApplicationRepository applications;
    private final ApplicationStepRepository steps;
    private final PoolAccess access;
    private final AccountService accounts;
    private final ProviderService providers;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final TransactionTemplate perItem;

    PoolService(PoolYearRepository years, PoolApplicationRepository applications, ApplicationStepRepository steps,
            PoolAccess access, AccountService accounts, ProviderService providers, AuditLog audit,
            ApplicationEventPublisher publisher, Clock clock, PlatformTransactionManager transactionManager) {
        this.years = years;
        this.applications = applications;
        this.steps = steps;
        this.access = access;
        this.accounts = accounts;
        this.providers = providers;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
        this.perItem = new TransactionTemplate(transactionManager);
        this.perItem.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ------------------------------------------------------------------ pool years

    /** The pool years: every one for the bureau and admins, the published ones for everyone else signed in. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PoolYearView> years() {
        AccountPrincipal me = me();
        LocalDate today = today();
        return years.findAllByOrderByYearDesc().stream()
                .filter(y -> y.getPublishedAt() != null || PoolAccess.staff(me)).map(y -> y.view(today)).toList();
    }

    /** The bureau opens a pool year (id null) or changes one; returns its id. */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public long saveYear(@Nullable Long id, long version, PoolYearForm form) {
        var problems = new InvalidInputException.Collector();
        PoolYearForm clean = check(form, problems);
        PoolYear y = null;
        if (id != null) {
            y = years.findLockedById(id).orElseThrow();
            if (y.getVersion() != version) {
                throw new OptimisticLockingFailureException("pool year changed since version " + version);
            }
            if (y.getYear() != clean.year() && y.getPublishedAt() != null) {
                problems.add("year", "pool.error.yearPublished");
            }
            for (ServiceCategory dropped : EnumSet.complementOf(toSet(clean.categories()))) {
                if (y.getCategories().contains(dropped)
                        && applications.countByPoolYearIdAndCategory(y.getId(), dropped) > 0) {
                    problems.add("categories", "pool.error.categoryInUse", dropped.name());
                    break;
                }
            }
        }
        var sameYear = years.findByYear(clean.year());
        if (sameYear.isPresent() && (y == null || !sameYear.get().getId().equals(y.getId()))) {
            problems.add("year", "pool.error.yearTaken", clean.year());
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        if (y == null) {
            y = years.save(new PoolYear(clean, now));
        } else {
            y.apply(clean, now);
        }
        audit.record(YEAR_SAVED, "pool-year:" + y.getYear(), clean.opensOn() + "/" + clean.closesOn() + " "
                + clean.categories().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        publisher.publishEvent(new PoolChanged(0));
        return y.getId();
    }

    private static EnumSet<ServiceCategory> toSet(Set<ServiceCategory> categories) {
        var set = EnumSet.noneOf(ServiceCategory.class);
        set.addAll(categories);
        return set;
    }

    private PoolYearForm check(PoolYearForm form, InvalidInputException.Collector problems) {
        int thisYear = today().getYear();
        if (form.year() < thisYear - 1 || form.year() > thisYear + 2) {
            problems.add("year", "pool.error.yearRange", thisYear - 1, thisYear + 2);
        }
        if (form.opensOn() == null) {
            problems.add("opensOn", "validation.required");
        }
        if (form.closesOn() == null) {
            problems.add("closesOn", "validation.required");
        }
        if (form.closesOn() != null && form.closesOn().isAfter(LocalDate.of(form.year(), 12, 31))) {
            problems.add("closesOn", "pool.error.closesAfterYear", form.year());
        } else if (form.opensOn() != null && form.closesOn() != null && form.closesOn().isBefore(form.opensOn())) {
            problems.add("closesOn", "pool.error.closesBeforeOpens");
        }
        if (form.opensOn() != null && form.opensOn().isBefore(LocalDate.of(form.year() - 1, 1, 1))) {
            problems.add("opensOn", "pool.error.opensTooEarly", form.year() - 1);
        }
        if (form.categories() == null || form.categories().isEmpty()) {
            problems.add("categories", "validation.required");
        }
        String requirements = Checks.text("requirements", form.requirements(), PoolYearForm.REQUIREMENTS_MAX, false,
                problems);
        return new PoolYearForm(form.year(), form.opensOn(), form.closesOn(),
                form.categories() == null ? Set.of() : Set.copyOf(form.categories()),
                requirements.isEmpty() ? null : requirements);
    }

    /** Publishes a pool year: providers see it and may apply inside its window. */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void publishYear(long id) {
        PoolYear y = years.findLockedById(id).orElseThrow();
        if (y.getPublishedAt() != null) {
            throw InvalidInputException.of("year", "pool.error.alreadyPublished");
        }
        y.publish(clock.instant());
        audit.record(YEAR_PUBLISHED, "pool-year:" + y.getYear(), null);
        publisher.publishEvent(new PoolChanged(0));
    }

    // ------------------------------------------------------------------ applying

    /**
     * Starts the caller's application to a category of a published pool year inside its window, pre-filled from
     * its latest approved application of an earlier year in the same category (a renewal). An application of the
     * same year and category that already exists is returned instead. Returns its id.
     */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public long apply(long yearId, ServiceCategory category) {
        AccountPrincipal me = me();
        if (!access.mayApply(me)) {
            throw new NoSuchElementException();
        }
        // the year's row lock serialises two clicks on the same button: the second finds the first one's draft
        PoolYear y = years.findLockedById(yearId).filter(v -> v.getPublishedAt() != null)
                .orElseThrow(NoSuchElementException::new);
        long org = me.organizationId();
        var existing = applications.findByPoolYearIdAndOrganizationIdAndCategory(yearId, org, category);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        if (!y.getCategories().contains(category)) {
            throw InvalidInputException.of("category", "pool.error.categoryNotInYear");
        }
        if (!y.windowOpen(today())) {
            throw InvalidInputException.of("category", "pool.error.windowClosed");
        }
        Instant now = clock.instant();
        var a = new PoolApplication(yearId, org, category, now);
        var earlier = applications.earlier(org, category, y.getYear(), List.of(ApplicationState.APPROVED));
        if (!earlier.isEmpty()) {
            ProviderDetails profile = providers.mine();
            PoolApplication last = earlier.getFirst();
            var names = last.getQualifications().stream().map(Qualification::name).collect(Collectors.toSet());
            var titles = last.getReferences().stream().map(ReferenceProject::title).collect(Collectors.toSet());
            a.renewFrom(last, profile.qualifications().stream().filter(q -> names.contains(q.name())).toList(),
                    profile.references().stream().filter(r -> titles.contains(r.title())).toList());
        }
        a = applications.saveAndFlush(a);
        audit.record(APPLIED, target(a), y.getYear() + " " + category.name()
                + (a.getRenewedFrom() == null ? "" : " renewal-of:" + a.getRenewedFrom()));
        return a.getId();
    }

    /** Saves the answers of a draft or returned application over the version the editor started from. */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public void edit(long id, long version, ApplicationForm form) {
        AccountPrincipal me = me();
        PoolApplication a = lockedReadable(me, id);
        if (!access.mayEdit(me, a)) {
            throw InvalidInputException.of("statement", "pool.error.notEditable");
        }
        if (a.getVersion() != version) {
            throw new OptimisticLockingFailureException("application changed since version " + version);
        }
        var problems = new InvalidInputException.Collector();
        String statement = Checks.text("statement", form.statement(), ApplicationForm.STATEMENT_MAX, false, problems);
        ProviderDetails profile = providers.mine();
        var qualifications = pick("qualifications", profile.qualifications(), form.qualifications(), problems);
        var references = pick("references", profile.references(), form.references(), problems);
        problems.throwIfAny();
        a.edit(statement.isEmpty() ? null : statement, qualifications, references, clock.instant());
        audit.record(EDITED, target(a), null);
    }

    private static <T> List<T> pick(String field, List<T> offered, List<Integer> chosen,
            InvalidInputException.Collector problems) {
        var picked = new ArrayList<T>();
        for (int i : chosen.stream().distinct().sorted().toList()) {
            if (i < 0 || i >= offered.size()) {
                problems.add(field, "pool.error.notInProfile");
                return List.of();
            }
            picked.add(offered.get(i));
        }
        return picked;
    }

    /** The provider keeps an answer carried over from last year as it is. */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public void confirm(long id, String field) {
        AccountPrincipal me = me();
        PoolApplication a = lockedReadable(me, id);
        if (!access.mayEdit(me, a)) {
            throw InvalidInputException.of("statement", "pool.error.notEditable");
        }
        PoolApplication.Field f;
        try {
            f = PoolApplication.Field.valueOf(field);
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of("field", "pool.error.unknownField");
        }
        a.confirm(f, clock.instant());
    }

    /**
     * The bureau records a member it admitted before the platform (a pool year's list kept elsewhere): an approved
     * application with the provider's current profile qualifications and reference projects, its steps dated as given.
     * Returns its id; an existing application of the same year, provider and category is left as it is.
     */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public long enrol(long yearId, long organizationId, ServiceCategory category, @Nullable String statement,
            Instant approvedAt) {
        PoolYear y = years.findById(yearId).orElseThrow(NoSuchElementException::new);
        if (!y.getCategories().contains(category)) {
            throw InvalidInputException.of("category", "pool.error.categoryNotInYear");
        }
        var existing = applications.findByPoolYearIdAndOrganizationIdAndCategory(yearId, organizationId, category);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        ProviderDetails profile = providers.details(organizationId); // "not found" unless a provider
        var a = new PoolApplication(yearId, organizationId, category, approvedAt);
        a.edit(statement, profile.qualifications(), profile.references(), approvedAt);
        a.take(PoolTransition.SUBMIT, null, approvedAt);
        a.take(PoolTransition.APPROVE, null, approvedAt);
        a = applications.save(a);
        long actor = me().id();
        steps.save(new ApplicationStep(a.getId(), PoolTransition.APPROVE, actor, null, approvedAt));
        audit.record(PoolTransition.APPROVE.auditAction(), target(a), "enrolled " + y.getYear() + " " + category.name());
        publisher.publishEvent(new PoolChanged(a.getId()));
        return a.getId();
    }

    // ------------------------------------------------------------------ transitions

    /** Takes one transition of the table, with the date rules on top; a reason where the table asks for one. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void take(long id, PoolTransition t, @Nullable String reason) {
        AccountPrincipal me = me();
        PoolApplication a = lockedReadable(me, id);
        if (!access.mayTake(me, a, t)) {
            throw InvalidInputException.of("transition", "pool.error.notAllowed");
        }
        PoolYear y = years.findById(a.getPoolYearId()).orElseThrow();
        LocalDate today = today();
        var problems = new InvalidInputException.Collector();
        String why = Checks.text("reason", reason, REASON_MAX, t.reasoned(), problems);
        problems.throwIfAny();
        if (today.isAfter(y.lastDay())) {
            throw InvalidInputException.of("transition", "pool.error.yearOver", y.getYear());
        }
        boolean needsWindow = t == PoolTransition.REOPEN
                || (t == PoolTransition.SUBMIT && a.getState() == ApplicationState.DRAFT);
        if (needsWindow && !y.windowOpen(today)) {
            throw InvalidInputException.of("transition", "pool.error.windowClosed");
        }
        if (t == PoolTransition.SUBMIT) {
            checkComplete(a);
        }
        Instant now = clock.instant();
        a.take(t, why.isEmpty() ? null : why, now);
        steps.save(new ApplicationStep(a.getId(), t, me.id(), why.isEmpty() ? null : why, now));
        audit.record(t.auditAction(), target(a), why.isEmpty() ? null : why);
        publisher.publishEvent(new PoolChanged(a.getId()));
        var type = switch (t) {
            case APPROVE -> PoolNotice.Type.APPROVED;
            case RETURN -> PoolNotice.Type.RETURNED;
            case REJECT -> PoolNotice.Type.REJECTED;
            case REMOVE -> PoolNotice.Type.REMOVED;
            default -> null;
        };
        if (type != null) {
            publisher.publishEvent(new PoolNotice(a.getId(), a.getOrganizationId(), y.getYear(), a.getCategory(), type,
                    why.isEmpty() ? null : why));
        }
    }

    private void checkComplete(PoolApplication a) {
        var problems = new InvalidInputException.Collector();
        String statement = a.getStatement();
        if (statement == null || statement.isBlank()) {
            problems.add("statement", "validation.required");
        } else if (Checks.length(statement) < ApplicationForm.STATEMENT_MIN) {
            problems.add("statement", "pool.error.statementShort", ApplicationForm.STATEMENT_MIN);
        }
        if (a.getReferences().isEmpty()) {
            problems.add("references", "pool.error.referenceRequired");
        }
        for (PoolApplication.Field f : PoolApplication.Field.values()) {
            if (a.getPrefilled().contains(f)) {
                problems.add(f.name().toLowerCase(java.util.Locale.ROOT), "pool.error.unconfirmed");
            }
        }
        problems.throwIfAny();
    }

    // ------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ApplicationDetails details(long id) {
        AccountPrincipal me = me();
        PoolApplication a = applications.findById(id).filter(x -> access.mayRead(me, x))
                .orElseThrow(NoSuchElementException::new);
        PoolYear y = years.findById(a.getPoolYearId()).orElseThrow();
        LocalDate today = today();
        var may = access.actions(me, a);
        var transitions = EnumSet.noneOf(PoolTransition.class);
        for (PoolTransition t : may.transitions()) {
            boolean needsWindow = t == PoolTransition.REOPEN
                    || (t == PoolTransition.SUBMIT && a.getState() == ApplicationState.DRAFT);
            if (!today.isAfter(y.lastDay()) && (!needsWindow || y.windowOpen(today))) {
                transitions.add(t);
            }
        }
        String name = accounts.organizationNames(List.of(a.getOrganizationId())).getOrDefault(a.getOrganizationId(),
                "");
        var history = steps.findByApplicationIdOrderByIdAsc(a.getId()).stream()
                .map(s -> new ApplicationDetails.Step(s.getTransition(), s.getReason(), s.getTakenAt())).toList();
        return new ApplicationDetails(a.getId(), y.view(today), a.getCategory(), a.getOrganizationId(), name,
                a.getState(), a.getStatement(), List.copyOf(a.getQualifications()), List.copyOf(a.getReferences()),
                a.getPrefilled().stream().map(Enum::name).collect(Collectors.toSet()), a.getRenewedFrom(),
                a.getDecisionReason(), a.getSubmittedAt(), a.getDecidedAt(), today.plusDays(EXPIRY_WARNING_DAYS),
                history, may.mine(), may.edit() && !today.isAfter(y.lastDay()), transitions, a.getVersion());
    }

    /** The applications the caller may read, newest first, filtered (the bureau's review list, a provider's own). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<ApplicationSummary> list(ReviewFilter filter, Pageable pageable) {
        AccountPrincipal me = me();
        var page = applications.findAll(spec(me, filter), withOrder(pageable));
        return page.map(summaries(page.getContent())::get);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long count(ReviewFilter filter) {
        return applications.count(spec(me(), filter));
    }

    private Specification<PoolApplication> spec(AccountPrincipal me, ReviewFilter filter) {
        Specification<PoolApplication> s = access.readable(me);
        if (filter.year() != null) {
            var y = years.findByYear(filter.year());
            long yearId = y.map(PoolYear::getId).orElse(-1L);
            s = s.and((root, query, cb) -> cb.equal(root.get("poolYearId"), yearId));
        }
        if (filter.category() != null) {
            s = s.and((root, query, cb) -> cb.equal(root.get("category"), filter.category()));
        }
        if (filter.state() != null) {
            s = s.and((root, query, cb) -> cb.equal(root.get("state"), filter.state()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            var ids = accounts.organizationIdsNamed(filter.text().strip(), 500);
            s = s.and((root, query, cb) -> ids.isEmpty() ? cb.disjunction() : root.get("organizationId").in(ids));
        }
        return s;
    }

    private static Pageable withOrder(Pageable pageable) {
        return pageable.getSort().isSorted() ? pageable
                : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
    }

    private Map<PoolApplication, ApplicationSummary> summaries(List<PoolApplication> found) {
        var names = accounts.organizationNames(found.stream().map(PoolApplication::getOrganizationId)
                .collect(Collectors.toSet()));
        Map<Long, Integer> yearOf = years.findAllById(found.stream().map(PoolApplication::getPoolYearId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(PoolYear::getId, PoolYear::getYear));
        LocalDate warn = today().plusDays(EXPIRY_WARNING_DAYS);
        var out = new java.util.IdentityHashMap<PoolApplication, ApplicationSummary>();
        for (PoolApplication a : found) {
            int expiring = (int) a.getQualifications().stream()
                    .filter(q -> q.expiresOn() != null && !q.expiresOn().isAfter(warn)).count();
            out.put(a, new ApplicationSummary(a.getId(), yearOf.getOrDefault(a.getPoolYearId(), 0), a.getCategory(),
                    a.getOrganizationId(), names.getOrDefault(a.getOrganizationId(), ""), a.getState(),
                    a.getSubmittedAt(), a.getDecidedAt(), a.getRenewedFrom() != null, expiring, a.getUpdatedAt()));
        }
        return out;
    }

    /** Submitted applications waiting for the bureau (its home card and the review list's first filter). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public long waitingForReview() {
        return applications.countByState(ApplicationState.SUBMITTED);
    }

    // ------------------------------------------------------------------ members (public)

    /**
     * The members of the pool on the day, category by category (the categories of that year's pool in order), each
     * sorted by name: public, no sign-in needed. Providers whose profile the bureau hid are left out.
     */
    @Transactional(readOnly = true)
    public Map<ServiceCategory, List<Member>> members(LocalDate day) {
        var y = years.findByYear(day.getYear()).filter(v -> v.getPublishedAt() != null);
        Map<ServiceCategory, List<Member>> out = new java.util.EnumMap<>(ServiceCategory.class);
        if (y.isEmpty()) {
            return out;
        }
        toSet(y.get().getCategories()).forEach(c -> out.put(c, new ArrayList<>()));
        var approved = applications.findByPoolYearIdAndState(y.get().getId(), ApplicationState.APPROVED);
        Set<Long> orgIds = approved.stream().map(PoolApplication::getOrganizationId).collect(Collectors.toSet());
        Map<Long, OrganizationInfo> orgs = accounts.organizations(orgIds);
        Map<Long, Optional<ProviderSnapshot>> profiles = new java.util.HashMap<>();
        for (PoolApplication a : approved) {
            var org = orgs.get(a.getOrganizationId());
            var profile = profiles.computeIfAbsent(a.getOrganizationId(), providers::snapshot);
            if (org == null || profile.map(ProviderSnapshot::hidden).orElse(false)) {
                continue;
            }
            out.computeIfAbsent(a.getCategory(), c -> new ArrayList<>()).add(new Member(org.id(), org.name(),
                    org.creditCode(), org.region(), y.get().getYear(), a.getCategory(),
                    profile.map(ProviderSnapshot::industries).orElse(Set.of()),
                    a.getDecidedAt() == null ? a.getUpdatedAt() : a.getDecidedAt()));
        }
        var collator = java.text.Collator.getInstance(java.util.Locale.CHINA);
        out.values().forEach(list -> list.sort(Comparator.comparing(Member::name, collator)));
        return out;
    }

    /** Today's pool year, published, if there is one (public). */
    @Transactional(readOnly = true)
    public Optional<PoolYearView> currentYear() {
        LocalDate today = today();
        return years.findByYear(today.getYear()).filter(y -> y.getPublishedAt() != null).map(y -> y.view(today));
    }

    /** The pool years taking applications today (published, window open), nearest first (public). */
    @Transactional(readOnly = true)
    public List<PoolYearView> openYears() {
        LocalDate today = today();
        return years.findAllByOrderByYearDesc().stream().filter(y -> y.windowOpen(today)).map(y -> y.view(today))
                .sorted(Comparator.comparingInt(PoolYearView::year)).toList();
    }

    // ------------------------------------------------------------------ renewal reminders

    /** Daily at 08:10 Asia/Shanghai: members whose membership ends within 30 and 7 days and who have not reapplied. */
    @Scheduled(cron = "0 10 8 * * *", zone = "Asia/Shanghai")
    public void remindRenewals() {
        remindRenewals(today());
    }

    /**
     * Sends the renewal reminders due on the day (each application once per offset, the smaller offset alone when a
     * run was missed), one transaction per member. Returns how many were sent.
     */
    public int remindRenewals(LocalDate today) {
        var y = perItem.execute(s -> years.findByYear(today.getYear()));
        if (y == null || y.isEmpty()) {
            return 0;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, y.get().lastDay());
        Integer due = REMINDER_DAYS.stream().filter(d -> daysLeft <= d).min(Integer::compare).orElse(null);
        if (due == null || daysLeft < 0) {
            return 0;
        }
        var next = perItem.execute(s -> years.findByYear(today.getYear() + 1).filter(v -> v.getPublishedAt() != null));
        List<Long> ids = perItem.execute(s -> applications.findByPoolYearIdAndState(y.get().getId(),
                ApplicationState.APPROVED).stream().map(PoolApplication::getId).toList());
        int sent = 0;
        for (long id : ids) {
            try {
                Boolean done = perItem.execute(s -> remind(id, due, y.get(), next.orElse(null)));
                sent += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Renewal reminder for pool application {} failed; it is tried again tomorrow", id, e);
            }
        }
        return sent;
    }

    private boolean remind(long id, int days, PoolYear year, @Nullable PoolYear next) {
        PoolApplication a = applications.findLockedById(id).orElseThrow();
        if (a.getState() != ApplicationState.APPROVED
                || (a.getRemindedDays() != null && a.getRemindedDays() <= days)) {
            return false;
        }
        if (next != null) {
            var renewal = applications.findByPoolYearIdAndOrganizationIdAndCategory(next.getId(),
                    a.getOrganizationId(), a.getCategory());
            if (renewal.isPresent() && EnumSet.of(ApplicationState.SUBMITTED, ApplicationState.APPROVED,
                    ApplicationState.RETURNED).contains(renewal.get().getState())) {
                return false;
            }
        }
        a.reminded(days);
        publisher.publishEvent(new PoolNotice(a.getId(), a.getOrganizationId(), year.getYear(), a.getCategory(),
                PoolNotice.Type.RENEWAL_DUE, year.lastDay().toString()));
        return true;
    }

    // ------------------------------------------------------------------ helpers

    private PoolApplication lockedReadable(AccountPrincipal me, long id) {
        PoolApplication a = applications.findLockedById(id).orElseThrow(NoSuchElementException::new);
        if (!access.mayRead(me, a)) {
            throw new NoSuchElementException();
        }
        return a;
    }

    private static String target(PoolApplication a) {
        return "pool-application:" + a.getId();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    private static AccountPrincipal me() {
        return AccountPrincipal.current().orElseThrow();
    }

    /** For the bureau's dashboard: the year's members per category (approved and not removed), categories in order. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public Map<ServiceCategory, Long> memberCounts(int year) {
        Map<ServiceCategory, Long> out = new java.util.EnumMap<>(ServiceCategory.class);
        years.findByYear(year).ifPresent(y -> applications.findByPoolYearIdAndState(y.getId(), ApplicationState.APPROVED)
                .forEach(a -> out.merge(a.getCategory(), 1L, Long::sum)));
        return out;
    }
}
