package org.jigai.project;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.account.OrganizationInfo;
import org.jigai.account.Recipient;
import org.jigai.account.Role;
import org.jigai.audit.AuditLog;
import org.jigai.base.Checks;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Region;
import org.jigai.base.Translations;
import org.jigai.base.Upsert;
import org.jigai.engagement.EngagementDetails;
import org.jigai.engagement.EngagementService;
import org.jigai.engagement.EngagementState;
import org.jigai.engagement.Side;
import org.jigai.need.NeedForm;
import org.jigai.need.NeedService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
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
 * Everything done with key projects. Each public action checks {@link ProjectAccess} ("not found" when the caller may
 * not read the project at all, a refusal next to the field otherwise), audits what it did and keeps the project's
 * overdue marker ({@code oldestMissingDue}) current.
 */
@Service
public class ProjectService {

    public static final int REASON_MAX = 200;
    public static final int COMMENT_MAX = 1000;
    public static final String AUDIT_PREFIX = "PROJECT_";
    public static final String REGISTERED = "PROJECT_REGISTERED";
    public static final String UPDATED = "PROJECT_UPDATED";
    public static final String REPORT_FILED = "PROJECT_REPORT_FILED";
    public static final String PERIOD_SKIPPED = "PROJECT_PERIOD_SKIPPED";
    public static final String COMMENTED = "PROJECT_COMMENTED";
    public static final String CADENCE_SET = "PROJECT_CADENCE_SET";
    public static final String PROBLEM_TO_NEED = "PROJECT_PROBLEM_TO_NEED";
    public static final String IMPORTED = "PROJECT_IMPORTED";
    public static final String URGED = "PROJECT_URGED";
    private static final Logger log = LoggerFactory.getLogger(ProjectService.class);

    private final ProjectRepository projects;
    private final StageChangeRepository stageChanges;
    private final ProgressReportRepository reports;
    private final SkipRepository skips;
    private final CommentRepository comments;
    private final EditRepository edits;
    private final CadenceRepository cadences;
    private final ReminderRepository reminders;
    private final ProjectAccess access;
    private final AccountService accounts;
    private final NeedService needs;
    private final EngagementService engagements;
    private final AuditLog audit;
    private final Translations translations;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final PlatformTransactionManager transactionManager;
    @PersistenceContext
    private EntityManager em;

    ProjectService(ProjectRepository projects, StageChangeRepository stageChanges, ProgressReportRepository reports,
            SkipRepository skips, CommentRepository comments, EditRepository edits, CadenceRepository cadences,
            ReminderRepository reminders,
            ProjectAccess access, AccountService accounts, NeedService needs, EngagementService engagements,
            AuditLog audit, Translations translations, ApplicationEventPublisher publisher, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.projects = projects;
        this.stageChanges = stageChanges;
        this.reports = reports;
        this.skips = skips;
        this.comments = comments;
        this.edits = edits;
        this.cadences = cadences;
        this.reminders = reminders;
        this.access = access;
        this.accounts = accounts;
        this.needs = needs;
        this.engagements = engagements;
        this.audit = audit;
        this.translations = translations;
        this.publisher = publisher;
        this.clock = clock;
        this.transactionManager = transactionManager;
    }

    // ------------------------------------------------------------------ registering and editing

    /**
     * The enterprise registers a project, optionally from one of its signed or completed engagements (then linked).
     * Returns its id.
     */
    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public long create(ProjectForm form, @Nullable Long engagementId) {
        AccountPrincipal me = enterprise();
        var problems = new InvalidInputException.Collector();
        ProjectForm clean = check(form, null, problems);
        checkPartners(clean.providerIds(), Set.of(), problems);
        problems.throwIfAny();
        if (engagementId != null) {
            checkEngagement(me, engagementId);
        }
        Instant now = clock.instant();
        LocalDate today = today();
        var p = new Project(me.organizationId(), "new-" + java.util.UUID.randomUUID(), today.getYear(), clean, now);
        if (engagementId != null) {
            p.linkEngagement(engagementId);
        }
        try {
            p = projects.saveAndFlush(p);
        } catch (org.springframework.dao.DataIntegrityViolationException taken) {
            // another registration of the same engagement committed first (uk_project_engagement)
            throw InvalidInputException.of("engagement", "project.error.engagementTaken");
        }
        p.setRef(refFor(p.getId(), today.getYear()));
        audit.record(REGISTERED, target(p), engagementId == null ? null : "engagement:" + engagementId);
        refreshMissing(p, today);
        return p.getId();
    }

    /** A form pre-filled from a signed or completed engagement of the caller's enterprise. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ENTERPRISE')")
    public ProjectForm fromEngagement(long engagementId) {
        AccountPrincipal me = enterprise();
        EngagementDetails e = checkEngagement(me, engagementId);
        var need = needs.details(e.summary().needId());
        BigDecimal price = e.summary().signedPriceWan();
        BigDecimal total = need.budgetMaxWan() != null && (price == null || need.budgetMaxWan().compareTo(price) >= 0)
                ? need.budgetMaxWan() : price;
        return new ProjectForm(need.title(), need.industry(), need.directions(), need.region(), total, price,
                need.expectedStart(), need.expectedFinish(), need.expectedFinish(), null, need.description() == null
                        ? null : cut(need.description(), ProjectForm.DESCRIPTION_MAX),
                List.of(), Set.of(e.summary().providerId()));
    }

    /** The project registered from an engagement, if any (for the engagement's page). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Long> projectOfEngagement(long engagementId) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        return projects.findByEngagementId(engagementId).stream().filter(p -> access.mayRead(me, p))
                .map(Project::getId).findFirst();
    }

    private EngagementDetails checkEngagement(AccountPrincipal me, long engagementId) {
        EngagementDetails e = engagements.details(engagementId); // "not found" unless a party or staff
        if (e.summary().side() != Side.ENTERPRISE || e.summary().enterpriseId() != me.organizationId()) {
            throw new NoSuchElementException();
        }
        if (e.summary().state() != EngagementState.SIGNED && e.summary().state() != EngagementState.COMPLETED) {
            throw InvalidInputException.of("engagement", "project.error.engagementNotSigned");
        }
        if (!projects.findByEngagementId(engagementId).isEmpty()) {
            throw InvalidInputException.of("engagement", "project.error.engagementTaken");
        }
        return e;
    }

    /** Saves new content over the version the editor started from; a newer version in between is refused. */
    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public void update(long id, long version, ProjectForm form) {
        AccountPrincipal me = enterprise();
        Project p = lockedReadable(me, id);
        if (!access.mayEdit(me, p)) {
            throw InvalidInputException.of("stage", "project.error.notEditable");
        }
        if (p.getVersion() != version) {
            throw InvalidInputException.of("version", "project.error.stale");
        }
        var problems = new InvalidInputException.Collector();
        ProjectForm clean = check(form, p.getId(), problems);
        checkPartners(clean.providerIds(), p.getProviderIds(), problems);
        notBelowInvested(clean, p, problems);
        problems.throwIfAny();
        if (p.sameAs(clean)) {
            return;
        }
        String changed = String.join(",", p.changedFields(clean));
        p.apply(clean, clock.instant());
        edits.save(new Records.Edit(p.getId(), me.id(), changed, clock.instant()));
        audit.record(UPDATED, target(p), changed);
    }

    /**
     * Every problem of a project's description, added to {@code problems}; returns the form with its texts stripped.
     * {@code self} is the project being edited (its own filing number is not a clash).
     */
    ProjectForm check(ProjectForm f, @Nullable Long self, InvalidInputException.Collector problems) {
        String name = Checks.text("name", f.name(), ProjectForm.NAME_MAX, true, problems);
        if (f.industry() == null) {
            problems.add("industry", "validation.required");
        }
        if (f.directions() == null || f.directions().isEmpty()) {
            problems.add("directions", "project.error.directions");
        }
        if (f.region() == null || f.region().isBlank()) {
            problems.add("region", "validation.required");
        } else if (Region.ofCode(f.region()).isEmpty() || Region.ofCode(f.region()).get() == Region.QINGDAO) {
            // a project is in a district (or another city), never in "Qingdao" as a whole
            problems.add("region", "project.error.region");
        }
        required("totalInvestmentWan", f.totalInvestmentWan(), problems);
        required("equipmentInvestmentWan", f.equipmentInvestmentWan(), problems);
        Checks.amount("totalInvestmentWan", f.totalInvestmentWan(), problems);
        Checks.amount("equipmentInvestmentWan", f.equipmentInvestmentWan(), problems);
        if (f.totalInvestmentWan() != null && !problems.has("totalInvestmentWan")
                && f.totalInvestmentWan().compareTo(ProjectForm.THRESHOLD_WAN) < 0) {
            problems.add("totalInvestmentWan", "project.error.threshold", ProjectForm.THRESHOLD_WAN.intValue());
        }
        if (f.totalInvestmentWan() != null && f.equipmentInvestmentWan() != null
                && !problems.has("equipmentInvestmentWan")
                && f.equipmentInvestmentWan().compareTo(f.totalInvestmentWan()) > 0) {
            problems.add("equipmentInvestmentWan", "project.error.equipmentAboveTotal");
        }
        required("plannedStart", f.plannedStart(), problems);
        required("plannedCompletion", f.plannedCompletion(), problems);
        required("plannedProduction", f.plannedProduction(), problems);
        plausible("plannedStart", f.plannedStart(), problems);
        plausible("plannedCompletion", f.plannedCompletion(), problems);
        plausible("plannedProduction", f.plannedProduction(), problems);
        if (f.plannedStart() != null && f.plannedCompletion() != null
                && f.plannedCompletion().isBefore(f.plannedStart())) {
            problems.add("plannedCompletion", "project.error.completionBeforeStart");
        }
        if (f.plannedCompletion() != null && f.plannedProduction() != null
                && f.plannedProduction().isBefore(f.plannedCompletion())) {
            problems.add("plannedProduction", "project.error.productionBeforeCompletion");
        }
        String filing = f.filingNumber() == null ? "" : f.filingNumber().strip();
        if (!filing.isEmpty()) {
            if (!filing.matches(ProjectForm.FILING_NUMBER_PATTERN)) {
                problems.add("filingNumber", "project.error.filingNumber");
            } else {
                projects.findByFilingNumber(filing).filter(other -> !other.getId().equals(self))
                        .ifPresent(other -> problems.add("filingNumber", "project.error.filingNumberTaken"));
            }
        }
        String description = Checks.text("description", f.description(), ProjectForm.DESCRIPTION_MAX, false, problems);
        List<ExpectedResult> results = new ArrayList<>();
        if (f.results() != null) {
            if (f.results().size() > ExpectedResult.MAX) {
                problems.add("results", "project.error.tooManyResults", ExpectedResult.MAX);
            }
            for (ExpectedResult r : f.results()) {
                if (r == null || r.kind() == null || r.amount() == null) {
                    problems.add("results", "project.error.result");
                    continue;
                }
                String unit = Checks.text("results", r.unit(), ExpectedResult.UNIT_MAX, true, problems);
                Checks.amount("results", r.amount(), problems);
                results.add(new ExpectedResult(r.kind(), r.amount(), unit));
            }
        }
        Set<Long> providerIds = f.providerIds() == null ? Set.of() : new HashSet<>(f.providerIds());
        if (!providerIds.isEmpty()) {
            Map<Long, OrganizationInfo> orgs = accounts.organizations(providerIds);
            for (long id : providerIds) {
                var org = orgs.get(id);
                if (org == null || org.type() != Role.PROVIDER) {
                    problems.add("providerIds", "project.error.unknownProvider");
                    break;
                }
            }
        }
        return new ProjectForm(name, f.industry(), f.directions() == null ? Set.of() : f.directions(), f.region(),
                f.totalInvestmentWan(), f.equipmentInvestmentWan(), f.plannedStart(), f.plannedCompletion(),
                f.plannedProduction(), filing.isEmpty() ? null : filing, description.isEmpty() ? null : description,
                results, providerIds);
    }

    /**
     * The providers an enterprise may name on its project: those it works with (an active, signed or completed
     * engagement) and those already named.
     */
    private void checkPartners(Set<Long> providerIds, Set<Long> already, InvalidInputException.Collector problems) {
        if (providerIds.isEmpty() || problems.has("providerIds")) {
            return;
        }
        Set<Long> partners = new HashSet<>(already);
        engagements.mine(EnumSet.of(EngagementState.ACTIVE, EngagementState.SIGNED, EngagementState.COMPLETED),
                org.springframework.data.domain.PageRequest.of(0, 1000)).forEach(e -> partners.add(e.providerId()));
        if (!partners.containsAll(providerIds)) {
            problems.add("providerIds", "project.error.notPartner");
        }
    }

    /** The total investment can be lowered, but not below what reports say was invested already. */
    private static void notBelowInvested(ProjectForm f, Project p, InvalidInputException.Collector problems) {
        if (f.totalInvestmentWan() != null && p.getInvestedWan() != null && !problems.has("totalInvestmentWan")
                && f.totalInvestmentWan().compareTo(p.getInvestedWan()) < 0) {
            problems.add("totalInvestmentWan", "project.error.totalBelowInvested", Formats.plain(p.getInvestedWan()));
        }
    }

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** A date of this century: anything else is a typo (0001-01-01, +10000-01-01). */
    static void plausible(String field, @Nullable LocalDate day, InvalidInputException.Collector problems) {
        if (day != null && (day.isBefore(EARLIEST) || day.isAfter(LATEST)) && !problems.has(field)) {
            problems.add(field, "project.error.dateRange", EARLIEST.toString(), LATEST.toString());
        }
    }

    /** Investment to date above twice the total is a typo (an extra zero), not an overrun. */
    static void believable(@Nullable BigDecimal invested, @Nullable BigDecimal total,
            InvalidInputException.Collector problems) {
        if (invested != null && total != null && !problems.has("investedWan")
                && invested.compareTo(total.multiply(BigDecimal.TWO)) > 0) {
            problems.add("investedWan", "project.error.investedAboveTotal", Formats.plain(total));
        }
    }

    private static void required(String field, @Nullable Object value, InvalidInputException.Collector problems) {
        if (value == null) {
            problems.add(field, "validation.required");
        }
    }

    /** 「XM2026-00042」: the year and the project's own id, so that two registrations never compete for one ref. */
    private String refFor(long id, int year) {
        String ref = "XM" + year + "-" + String.format("%05d", id);
        return projects.findByRef(ref).isEmpty() ? ref : ref + "-" + java.util.UUID.randomUUID().toString().substring(0, 4);
    }

    // ------------------------------------------------------------------ stages

    /**
     * The enterprise moves its project by one transition of the table: dated ones on their actual day (not in the
     * future, not before the previous stage's), SUSPEND with a reason.
     */
    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public void take(long id, ProjectTransition t, @Nullable LocalDate day, @Nullable String reason) {
        AccountPrincipal me = enterprise();
        Project p = lockedReadable(me, id);
        if (!access.owner(me, p)) {
            throw new NoSuchElementException();
        }
        String clean = null;
        if (t == ProjectTransition.SUSPEND) {
            var problems = new InvalidInputException.Collector();
            clean = Checks.text("reason", reason, REASON_MAX, true, problems);
            problems.throwIfAny();
        }
        LocalDate today = today();
        p.take(t, t.dated() ? day : null, clean, today, clock.instant());
        stageChanges.save(new StageChange(p.getId(), t, p.getStage(), t.dated() ? day : null, clean, me.id(),
                clock.instant()));
        audit.record(AUDIT_PREFIX + t.name(), target(p), t.dated() && day != null ? day.toString() : null);
        refreshMissing(p, today);
    }

    // ------------------------------------------------------------------ reports

    /** The periods the project owes reports for, newest first, with where each stands today. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PeriodView> periods(long id) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Project p = readable(me, id);
        var views = periodViews(p, today());
        return views.reversed();
    }

    private List<PeriodView> periodViews(Project p, LocalDate today) {
        var byPeriod = new HashMap<LocalDate, List<ProgressReport>>();
        for (var r : reports.findByProjectIdOrderByPeriodStartAscReportVersionAsc(p.getId())) {
            byPeriod.computeIfAbsent(r.getPeriodStart(), k -> new ArrayList<>()).add(r);
        }
        Map<LocalDate, String> skipped = new HashMap<>();
        skips.findByProjectId(p.getId()).forEach(s -> skipped.put(s.getPeriodStart(), s.getReason()));
        Map<Long, String> authors = authors(byPeriod.values().stream().flatMap(List::stream)
                .map(ProgressReport::getAuthorId).toList());
        var views = new ArrayList<PeriodView>();
        BigDecimal previous = null;
        for (Period period : calendar(p).periods(registered(p), production(p), today)) {
            var versions = new ArrayList<ReportView>();
            ReportView draft = null;
            for (var r : byPeriod.getOrDefault(period.start(), List.of())) {
                var view = view(r, previous, authors);
                if (r.isFiled()) {
                    versions.add(view);
                } else {
                    draft = view;
                }
            }
            if (!versions.isEmpty()) {
                previous = versions.getLast().investedWan();
            }
            PeriodState state;
            if (!versions.isEmpty()) {
                state = PeriodState.FILED;
            } else if (skipped.containsKey(period.start())) {
                state = PeriodState.SKIPPED;
            } else if (ReportCalendar.veryLate(period.due(), today)) {
                state = PeriodState.VERY_LATE;
            } else if (ReportCalendar.overdue(period.due(), today)) {
                state = PeriodState.OVERDUE;
            } else if (period.due().equals(today)) {
                state = PeriodState.DUE;
            } else {
                state = PeriodState.OPEN;
            }
            views.add(new PeriodView(period, state, versions, draft, skipped.get(period.start())));
        }
        return views;
    }

    private static ReportView view(ProgressReport r, @Nullable BigDecimal previous, Map<Long, String> authors) {
        BigDecimal inPeriod = previous == null ? r.getInvestedWan() : r.getInvestedWan().subtract(previous);
        return new ReportView(r.getId(), r.getPeriodStart(), r.getPeriodEnd(), r.getReportVersion(), r.isFiled(),
                r.getPercentComplete(), r.getInvestedWan(), inPeriod, r.getMilestones(), r.getProblems(),
                r.getCorrectionNote(), authors.getOrDefault(r.getAuthorId(), ""), r.getFiledAt(), r.isImported());
    }

    /**
     * Saves the period's report as a draft, or files it ({@code file}). A period already filed takes a correction:
     * the next version, with a note saying what was corrected. Investment made to date never falls below an earlier
     * period's filed figure, nor rises above a later one's.
     */
    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public ReportView saveReport(long id, LocalDate periodStart, ReportForm form, boolean file) {
        AccountPrincipal me = enterprise();
        Project p = lockedReadable(me, id);
        if (!access.owner(me, p)) {
            throw new NoSuchElementException();
        }
        if (!access.mayReport(me, p)) {
            throw InvalidInputException.of("report", "project.error.noReportsOwed");
        }
        LocalDate today = today();
        var views = periodViews(p, today);
        PeriodView pv = views.stream().filter(v -> v.period().start().equals(periodStart)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("period", "project.error.period"));
        if (pv.state() == PeriodState.SKIPPED) {
            throw InvalidInputException.of("period", "project.error.periodSkipped");
        }
        boolean correction = !pv.versions().isEmpty();
        var problems = new InvalidInputException.Collector();
        if (form.percentComplete() == null) {
            problems.add("percentComplete", "validation.required");
        } else {
            Checks.wholeNumber("percentComplete", form.percentComplete(), 0, 100, problems);
        }
        required("investedWan", form.investedWan(), problems);
        Checks.amount("investedWan", form.investedWan(), problems);
        if (form.investedWan() != null && !problems.has("investedWan")) {
            BigDecimal earlier = null;
            BigDecimal later = null;
            for (PeriodView v : views) {
                if (v.latest() == null) {
                    continue;
                }
                if (v.period().start().isBefore(periodStart)) {
                    earlier = v.latest().investedWan();
                } else if (v.period().start().isAfter(periodStart) && later == null) {
                    later = v.latest().investedWan();
                }
            }
            if (earlier != null && form.investedWan().compareTo(earlier) < 0) {
                problems.add("investedWan", "project.error.investmentFell", Formats.plain(earlier));
            } else if (later != null && form.investedWan().compareTo(later) > 0) {
                problems.add("investedWan", "project.error.investmentAboveLater", Formats.plain(later));
            }
        }
        if (form.percentComplete() != null && !problems.has("percentComplete")) {
            // progress, like investment, never goes back: not below an earlier period's, not above a later one's
            Integer earlier = null;
            Integer later = null;
            for (PeriodView v : views) {
                if (v.latest() == null) {
                    continue;
                }
                if (v.period().start().isBefore(periodStart)) {
                    earlier = v.latest().percentComplete();
                } else if (v.period().start().isAfter(periodStart) && later == null) {
                    later = v.latest().percentComplete();
                }
            }
            if (earlier != null && form.percentComplete() < earlier) {
                problems.add("percentComplete", "project.error.progressFell", earlier);
            } else if (later != null && form.percentComplete() > later) {
                problems.add("percentComplete", "project.error.progressAboveLater", later);
            }
        }
        believable(form.investedWan(), p.getTotalInvestmentWan(), problems);
        String milestones = Checks.text("milestones", form.milestones(), ReportForm.MILESTONES_MAX, false, problems);
        List<Problem> cleanProblems = new ArrayList<>();
        List<Problem> given = form.problems() == null ? List.of() : form.problems();
        if (given.size() > Problem.MAX) {
            problems.add("problems", "project.error.tooManyProblems", Problem.MAX);
        }
        for (Problem pr : given) {
            if (pr == null || pr.kind() == null) {
                problems.add("problems", "project.error.problemKind");
                continue;
            }
            String text = Checks.text("problems", pr.description(), Problem.DESCRIPTION_MAX, true, problems);
            // a correction keeps the need a problem was already turned into
            Long needId = pv.latest() == null ? null : pv.latest().problems().stream()
                    .filter(old -> old.kind() == pr.kind() && old.description().equals(text) && old.needId() != null)
                    .map(Problem::needId).findFirst().orElse(null);
            cleanProblems.add(new Problem(pr.kind(), text, needId));
        }
        String note = Checks.text("correctionNote", form.correctionNote(), ReportForm.NOTE_MAX, correction, problems);
        problems.throwIfAny();
        Instant now = clock.instant();
        ProgressReport report;
        if (pv.draft() != null) {
            report = reports.findById(pv.draft().id()).orElseThrow();
        } else {
            report = new ProgressReport(p.getId(), pv.period(), pv.versions().size() + 1, me.id(), now);
        }
        report.write(form.percentComplete(), form.investedWan(), milestones.isEmpty() ? null : milestones,
                cleanProblems, correction && !note.isEmpty() ? note : null, me.id(), now);
        if (file) {
            report.file(now);
            p.reported(periodStart, form.percentComplete(), form.investedWan(), now);
        }
        report = reports.save(report);
        if (file) {
            audit.record(REPORT_FILED, target(p), periodStart + " v" + report.getReportVersion());
            refreshMissing(p, today);
        }
        BigDecimal before = null;
        for (PeriodView v : views) {
            if (v.period().start().isBefore(periodStart) && v.latest() != null) {
                before = v.latest().investedWan();
            }
        }
        return view(report, before, Map.of(me.id(), me.displayName()));
    }

    /**
     * The enterprise turns a problem of a filed report into a draft need of its own, linked to the problem: its
     * kind's words make the matching engine look for the right providers (financing → FINANCE …). The need opens
     * for editing and publishing like any other. Returns the need's id (the existing one if it was made before).
     */
    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public long problemToNeed(long reportId, int index) {
        AccountPrincipal me = enterprise();
        long projectId = reports.projectOf(reportId).orElseThrow();
        Project p = lockedReadable(me, projectId);
        ProgressReport report = reports.findById(reportId).orElseThrow();
        if (!access.mayMakeNeeds(me, p)) {
            throw new NoSuchElementException();
        }
        if (!report.isFiled() || index < 0 || index >= report.getProblems().size()) {
            throw InvalidInputException.of("problem", "project.error.problem");
        }
        Problem problem = report.getProblems().get(index);
        if (problem.needId() != null) {
            return problem.needId();
        }
        // the matching engine reads Chinese words, so the need is written in Chinese whatever the page's language
        var zh = Translations.CHINESE;
        String cue = translations.get(zh, problem.kind().cueKey());
        String title = cut(translations.get(zh, "project.problem.needTitle", cue, p.getName()), NeedForm.TITLE_MAX);
        String description = translations.get(zh, "project.problem.needDescription", p.getName(),
                translations.get(zh, problem.kind().labelKey()), problem.description());
        var form = new NeedForm(title, cut(description, NeedForm.DESCRIPTION_MAX), p.getIndustry(),
                p.getDirections(), p.getRegion(), null, null, null, null,
                org.jigai.need.Visibility.ALL_PROVIDERS, null);
        long needId = needs.create(form, false);
        report.linkNeed(index, needId);
        audit.record(PROBLEM_TO_NEED, target(p), "need:" + needId);
        return needId;
    }

    // ------------------------------------------------------------------ the bureau's scheduling

    /** The bureau skips a period a project owes (with a reason): it no longer counts as missing. */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void skip(long id, LocalDate periodStart, @Nullable String reason) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Project p = lockedReadable(me, id);
        schedules(me);
        var problems = new InvalidInputException.Collector();
        String clean = Checks.text("reason", reason, REASON_MAX, true, problems);
        problems.throwIfAny();
        LocalDate today = today();
        PeriodView pv = periodViews(p, today).stream().filter(v -> v.period().start().equals(periodStart)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("period", "project.error.period"));
        if (pv.state() == PeriodState.FILED || pv.state() == PeriodState.SKIPPED) {
            throw InvalidInputException.of("period", "project.error.notSkippable");
        }
        skips.save(new Records.Skip(p.getId(), periodStart, clean, me.id(), clock.instant()));
        audit.record(PERIOD_SKIPPED, target(p), periodStart.toString());
        refreshMissing(p, today);
        publisher.publishEvent(new ProjectNotice(p.getId(), p.getEnterpriseId(), p.getName(),
                ProjectNotice.Type.SKIPPED, periodStart.toString()));
    }

    /**
     * The bureau urges the enterprise to file a missing report (催报): the enterprise's users are told at once, named
     * with the oldest missing report's due day. Only while a report is overdue.
     */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void urge(long id) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Project p = lockedReadable(me, id);
        schedules(me);
        LocalDate today = today();
        refreshMissing(p, today);
        if (p.getOldestMissingDue() == null || !ReportCalendar.overdue(p.getOldestMissingDue(), today)) {
            throw InvalidInputException.of("report", "project.error.nothingOverdue");
        }
        audit.record(URGED, target(p), p.getOldestMissingDue().toString());
        publisher.publishEvent(new ProjectNotice(p.getId(), p.getEnterpriseId(), p.getName(), ProjectNotice.Type.URGED,
                p.getOldestMissingDue().toString()));
    }

    /** A bureau comment on the project's timeline; the enterprise sees it and is told. */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void comment(long id, @Nullable String text) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Project p = readable(me, id);
        schedules(me);
        var problems = new InvalidInputException.Collector();
        String clean = Checks.text("comment", text, COMMENT_MAX, true, problems);
        problems.throwIfAny();
        comments.save(new Records.Comment(p.getId(), me.id(), clean, clock.instant()));
        audit.record(COMMENTED, target(p), null);
        publisher.publishEvent(new ProjectNotice(p.getId(), p.getEnterpriseId(), p.getName(),
                ProjectNotice.Type.COMMENT, null));
    }

    /**
     * The bureau sets the cadence for the whole library ({@code projectId} null) or one project, for a year: a
     * future year's setting applies from its first day, the current year's from the next period of the new cadence
     * (periods already under way keep theirs). Returns the setting as stored.
     */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public CadenceSetting setCadence(@Nullable Long projectId, int year, @Nullable Cadence cadence, int dueDay) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        schedules(me);
        Project p = projectId == null ? null : lockedReadable(me, projectId);
        LocalDate today = today();
        var problems = new InvalidInputException.Collector();
        if (cadence == null) {
            problems.add("cadence", "validation.required");
        }
        Checks.wholeNumber("dueDay", dueDay, 1, 28, problems);
        if (year < today.getYear() || year > today.getYear() + 1) {
            problems.add("year", "validation.range", today.getYear(), today.getYear() + 1);
        }
        problems.throwIfAny();
        // this year: from the next period of the new cadence, and never inside the period under way
        ReportCalendar current = p == null ? new ReportCalendar(librarySettings(), List.of()) : calendar(p);
        LocalDate underWayEnds = current.periodOf(today).end().plusDays(1);
        LocalDate candidate = cadence.nextPeriodStart(today);
        if (underWayEnds.isAfter(candidate)) {
            candidate = underWayEnds;
        }
        if (!cadence.periodStart(candidate).equals(candidate)) {
            candidate = cadence.nextPeriodStart(candidate);
        }
        LocalDate from = year > today.getYear() ? LocalDate.of(year, 1, 1) : candidate;
        var setting = new CadenceSetting(from, cadence, dueDay);
        // a setting of the same scope from the same day replaces the earlier one; later ones stay
        var scope = p == null ? cadences.findByProjectIdIsNull() : cadences.findByProjectId(p.getId());
        scope.stream().filter(r -> r.setting().effectiveFrom().equals(from)).forEach(cadences::delete);
        cadences.save(new Records.CadenceRow(p == null ? null : p.getId(), setting, me.id(), clock.instant()));
        audit.record(CADENCE_SET, p == null ? "project-library" : target(p),
                cadence + " " + dueDay + " " + from);
        // settings apply from a day after today: no period owed today changes, so no overdue marker does either
        return setting;
    }

    /** The setting that will be in force at the end of {@code year}, for the library or one project (the dialog's start). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('BUREAU')")
    public CadenceSetting cadenceFor(@Nullable Long projectId, int year) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        var calendar = projectId == null ? new ReportCalendar(librarySettings(), List.of())
                : calendar(readable(me, projectId));
        return calendar.inForce(LocalDate.of(year, 12, 31));
    }

    // ------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ProjectDetails details(long id) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Project p = readable(me, id);
        LocalDate today = today();
        var summary = summaries(List.of(p), today).getFirst();
        Set<ProjectTransition> may = EnumSet.noneOf(ProjectTransition.class);
        for (var t : ProjectTransition.values()) {
            if (access.mayTake(me, p, t)) {
                may.add(t);
            }
        }
        var own = cadences.findByProjectId(p.getId()).stream().map(Records.CadenceRow::setting).toList();
        var calendar = calendar(p);
        CadenceSetting next = null;
        var upcoming = new ArrayList<LocalDate>();
        librarySettings().forEach(c -> upcoming.add(c.effectiveFrom()));
        own.forEach(c -> upcoming.add(c.effectiveFrom()));
        for (LocalDate day : upcoming.stream().filter(d -> d.isAfter(today)).sorted().toList()) {
            var then = calendar.inForce(day);
            if (!then.equals(calendar.inForce(today))) {
                next = then;
                break;
            }
        }
        return new ProjectDetails(summary, p.getVersion(), p.getDescription(), p.getPlannedStart(),
                p.getPlannedProduction(), p.getResults(), accounts.organizationNames(p.getProviderIds()),
                p.getEngagementId(), p.getStageBeforeSuspension(), p.getSuspensionReason(),
                calendar.inForce(today), next, own.stream().anyMatch(s -> !s.effectiveFrom().isAfter(today)),
                access.owner(me, p), access.mayEdit(me, p), may, access.mayReport(me, p), access.mayMakeNeeds(me, p),
                access.maySchedule(me));
    }

    /** The projects the caller may read that match the filter, newest first (the library, or 我的项目). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<ProjectSummary> list(LibraryFilter filter, Pageable pageable) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Order.asc("oldestMissingDue").nullsLast(), Sort.Order.desc("id")));
        var page = projects.findAll(spec(me, filter), sorted);
        LocalDate today = today();
        var content = summaries(page.getContent(), today);
        return new org.springframework.data.domain.PageImpl<>(content, sorted, page.getTotalElements());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long count(LibraryFilter filter) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        return projects.count(spec(me, filter));
    }

    /**
     * The caller's projects with a report due within {@value ReportCalendar#REMIND_BEFORE_DAYS} days or missing
     * (the enterprise's home card); the overdue ones across the library for bureau staff.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ProjectSummary> reportsWanted(int limit) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        LocalDate today = today();
        LocalDate until = access.maySchedule(me) ? today.minusDays(1)
                : today.plusDays(ReportCalendar.REMIND_BEFORE_DAYS);
        Specification<Project> due = (r, q, c) -> c.lessThanOrEqualTo(r.get("oldestMissingDue"), until);
        var page = projects.findAll(access.readable(me).and(due), org.springframework.data.domain.PageRequest.of(0,
                limit, Sort.by("oldestMissingDue", "id")));
        return summaries(page.getContent(), today);
    }

    /** Sums over the filtered projects, and this year's counts against the targets over all the caller may read. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public LibraryTotals totals(LibraryFilter filter) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        LocalDate today = today();
        var cb = em.getCriteriaBuilder();
        var q = cb.createTupleQuery();
        var root = q.from(Project.class);
        var where = spec(me, filter).toPredicate(root, q, cb);
        var missing = root.<LocalDate>get("oldestMissingDue");
        q.multiselect(cb.count(root), cb.sum(root.<BigDecimal>get("totalInvestmentWan")),
                cb.sum(root.<BigDecimal>get("investedWan")),
                cb.sum(cb.<Integer>selectCase().when(cb.lessThan(missing, today), 1).otherwise(0)),
                cb.sum(cb.<Integer>selectCase().when(cb.lessThanOrEqualTo(missing,
                        today.minusDays(ReportCalendar.VERY_LATE_DAYS)), 1).otherwise(0)));
        if (where != null) {
            q.where(where);
        }
        var t = em.createQuery(q).getSingleResult();
        LocalDate jan1 = LocalDate.of(today.getYear(), 1, 1);
        LocalDate dec31 = LocalDate.of(today.getYear(), 12, 31);
        Specification<Project> key = (r, qq, c) -> c.greaterThanOrEqualTo(r.get("totalInvestmentWan"),
                ProjectForm.KEY_PROJECT_WAN);
        Specification<Project> tracked = (r, qq, c) -> c.and(
                c.lessThan(r.get("createdAt"), dec31.plusDays(1).atStartOfDay(Formats.ZONE).toInstant()),
                c.or(c.isNull(r.get("actualProduction")), c.greaterThanOrEqualTo(r.get("actualProduction"), jan1)));
        Specification<Project> completed = (r, qq, c) -> c.between(r.get("actualCompletion"), jan1, dec31);
        long trackedKey = projects.count(access.readable(me).and(key).and(tracked));
        long completedKey = projects.count(access.readable(me).and(key).and(completed));
        return new LibraryTotals(t.get(0, Long.class), orZero(t.get(1, BigDecimal.class)),
                orZero(t.get(2, BigDecimal.class)), orZero(t.get(3)), orZero(t.get(4)), today.getYear(), trackedKey,
                completedKey);
    }

    private static BigDecimal orZero(@Nullable BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

    private static long orZero(@Nullable Object n) {
        return n == null ? 0 : ((Number) n).longValue();
    }

    /** The project's timeline, newest first: registration, stage changes, filed reports, skips, settings, comments. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TimelineEntry> timeline(long id) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Project p = readable(me, id);
        var entries = new ArrayList<TimelineEntry>();
        var changes = stageChanges.findByProjectIdOrderByIdAsc(p.getId());
        var filed = reports.findByProjectIdOrderByPeriodStartAscReportVersionAsc(p.getId()).stream()
                .filter(ProgressReport::isFiled).toList();
        var skipped = skips.findByProjectId(p.getId());
        var said = comments.findByProjectIdOrderByIdAsc(p.getId());
        var edited = edits.findByProjectIdOrderByIdAsc(p.getId());
        var people = new HashSet<Long>();
        edited.forEach(e -> people.add(e.getActorId()));
        changes.forEach(c -> { if (c.getActorId() != null) people.add(c.getActorId()); });
        filed.forEach(r -> people.add(r.getAuthorId()));
        skipped.forEach(s -> people.add(s.getActorId()));
        said.forEach(c -> people.add(c.getAuthorId()));
        Map<Long, String> names = authors(people);
        entries.add(new TimelineEntry(p.getCreatedAt(), "project.timeline.registered", new Object[] {p.getRef()},
                null, null, false));
        for (var c : changes) {
            entries.add(new TimelineEntry(c.getOccurredAt(), "project.timeline.stage",
                    new Object[] {c.getTransition(), c.getStageAfter(), c.getActualDate()}, c.getReason(),
                    c.getActorId() == null ? null : names.get(c.getActorId()), false));
        }
        for (var r : filed) {
            entries.add(new TimelineEntry(r.getFiledAt() == null ? r.getUpdatedAt() : r.getFiledAt(),
                    r.getReportVersion() > 1 ? "project.timeline.correction" : "project.timeline.report",
                    new Object[] {r.getPeriodStart(), r.getPeriodEnd(), r.getReportVersion(), r.getPercentComplete(),
                            Formats.plain(r.getInvestedWan())},
                    r.getCorrectionNote(), r.isImported() ? null : names.get(r.getAuthorId()), false));
        }
        for (var s : skipped) {
            entries.add(new TimelineEntry(s.getOccurredAt(), "project.timeline.skipped",
                    new Object[] {s.getPeriodStart()}, s.getReason(), names.get(s.getActorId()), false));
        }
        for (var c : said) {
            entries.add(new TimelineEntry(c.getOccurredAt(), "project.timeline.comment", new Object[0], c.getText(),
                    names.get(c.getAuthorId()), true));
        }
        for (var e : edited) {
            entries.add(new TimelineEntry(e.getOccurredAt(), "project.timeline.edited",
                    new Object[] {new FieldList(List.of(e.getFields().split(",")))}, null, names.get(e.getActorId()),
                    false));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }

    /** The names of a project's fields that an edit changed (the page writes them out with their labels). */
    public record FieldList(List<String> fields) {}

    // ------------------------------------------------------------------ exchange (export, import, API)

    /** Every project the filter selects with its latest filed report, for the xlsx export (bureau and admin). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public List<ExportRow> exportRows(LibraryFilter filter) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        if (!access.mayExchange(me)) {
            throw new NoSuchElementException();
        }
        var all = projects.findAll(spec(me, filter), Sort.by("id"));
        LocalDate today = today();
        var summaries = summaries(all, today);
        Map<Long, OrganizationInfo> owners = accounts.organizations(all.stream().map(Project::getEnterpriseId)
                .collect(java.util.stream.Collectors.toSet()));
        var rows = new ArrayList<ExportRow>();
        Map<Long, List<ProgressReport>> filedByProject = new HashMap<>();
        for (int from = 0; from < all.size(); from += 500) {
            var ids = all.subList(from, Math.min(all.size(), from + 500)).stream().map(Project::getId).toList();
            reports.findByProjectIdInAndStatus(ids, ProgressReport.Status.FILED)
                    .forEach(r -> filedByProject.computeIfAbsent(r.getProjectId(), k -> new ArrayList<>()).add(r));
        }
        for (int i = 0; i < all.size(); i++) {
            Project p = all.get(i);
            var filed = filedByProject.getOrDefault(p.getId(), List.of()).stream()
                    .sorted(Comparator.comparing(ProgressReport::getPeriodStart)
                            .thenComparing(ProgressReport::getReportVersion))
                    .toList();
            // the latest version of each period; the last period's is this export's period
            var latestPerPeriod = new java.util.TreeMap<LocalDate, ProgressReport>();
            filed.forEach(r -> latestPerPeriod.put(r.getPeriodStart(), r));
            ProgressReport last = latestPerPeriod.isEmpty() ? null : latestPerPeriod.lastEntry().getValue();
            var before = last == null ? null : latestPerPeriod.lowerEntry(last.getPeriodStart());
            BigDecimal inPeriod = last == null ? null
                    : before == null ? last.getInvestedWan() : last.getInvestedWan().subtract(before.getValue().getInvestedWan());
            rows.add(new ExportRow(summaries.get(i), p.getPlannedStart(), p.getPlannedProduction(), p.getDirections(),
                    p.getDescription(), owners.containsKey(p.getEnterpriseId())
                            ? owners.get(p.getEnterpriseId()).creditCode() : "",
                    last == null ? null : last.getPeriodStart(), last == null ? null : last.getPeriodEnd(), inPeriod,
                    last == null ? null : last.getProblems()));
        }
        return rows;
    }

    /** One project of the export: its summary, the latest period's figures and problems. */
    public record ExportRow(ProjectSummary summary, LocalDate plannedStart, LocalDate plannedProduction,
            Set<org.jigai.base.Direction> directions, @Nullable String description, String creditCode,
            @Nullable LocalDate periodStart, @Nullable LocalDate periodEnd, @Nullable BigDecimal periodInvestedWan,
            @Nullable List<Problem> problems) {}

    /**
     * One project of an import (bureau or admin): found by its filing number, else by {@code ref}; created for the
     * enterprise with that credit code when neither matches. Stage and actual dates are checked like the stage
     * table's (in order, none in the future, production after completion); investment to date and percent are
     * taken only while no report was filed in the platform. Throws the row's problems.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public Upsert importProject(ImportedProject row) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        if (!access.mayExchange(me)) {
            throw new NoSuchElementException();
        }
        var problems = new InvalidInputException.Collector();
        String ref = row.ref() == null ? "" : row.ref().strip();
        String filing = row.form().filingNumber() == null ? "" : row.form().filingNumber().strip();
        if (ref.isEmpty() && filing.isEmpty()) {
            problems.add("ref", "project.error.refOrFiling");
        } else if (!ref.isEmpty() && (Checks.length(ref) > 100 || Checks.forbiddenInIdentifier(ref) >= 0)) {
            problems.add("ref", "import.error.ref");
        }
        // the ref decides when it is known; else the filing number; both known and apart is a conflict
        Project byRef = ref.isEmpty() ? null : projects.findByRef(ref).orElse(null);
        Project byFiling = filing.isEmpty() || !filing.matches(ProjectForm.FILING_NUMBER_PATTERN) ? null
                : projects.findByFilingNumber(filing).orElse(null);
        if (byRef != null && byFiling != null && !byRef.getId().equals(byFiling.getId())) {
            problems.add("filingNumber", "project.error.refFilingConflict", byFiling.getRef());
        }
        Project found = byRef != null ? byRef : byFiling;
        Project existing = found == null ? null : projects.findLockedById(found.getId()).orElseThrow();
        OrganizationInfo enterprise = null;
        String code = row.enterpriseCreditCode() == null ? "" : row.enterpriseCreditCode().strip();
        if (code.isEmpty()) {
            if (existing == null) {
                problems.add("enterpriseCreditCode", "validation.required");
            }
        } else {
            enterprise = accounts.organizationByCreditCode(code).filter(o -> o.type() == Role.ENTERPRISE).orElse(null);
            if (enterprise == null) {
                problems.add("enterpriseCreditCode", "project.error.unknownEnterprise");
            } else if (existing != null && existing.getEnterpriseId() != enterprise.id()) {
                problems.add("enterpriseCreditCode", "project.error.otherEnterprise");
            }
        }
        // what the source does not carry stays as it is: filing number, description, results, providers
        ProjectForm given = row.form();
        ProjectForm merged = existing == null ? given : new ProjectForm(given.name(), given.industry(),
                given.directions(), given.region(), given.totalInvestmentWan(), given.equipmentInvestmentWan(),
                given.plannedStart(), given.plannedCompletion(), given.plannedProduction(),
                filing.isEmpty() ? existing.getFilingNumber() : filing,
                given.description() == null ? existing.getDescription() : given.description(),
                existing.getResults(), existing.getProviderIds());
        ProjectForm clean = check(merged, existing == null ? null : existing.getId(), problems);
        if (existing != null) {
            notBelowInvested(clean, existing, problems);
        }
        LocalDate today = today();
        // no stage given: a new project is planned, an existing one keeps its stage and dates
        boolean keepStage = row.stage() == null && existing != null;
        ProjectStage stage = keepStage ? existing.getStage() : row.stage() == null ? ProjectStage.PLANNED : row.stage();
        LocalDate start = keepStage ? existing.getActualStart() : row.actualStart();
        LocalDate completion = keepStage ? existing.getActualCompletion() : row.actualCompletion();
        LocalDate production = keepStage ? existing.getActualProduction() : row.actualProduction();
        if (!keepStage) {
            checkImportedStage(stage, start, completion, production, today, problems);
            if (existing != null && rank(stage, start, completion, production) < rank(existing.getStage(),
                    existing.getActualStart(), existing.getActualCompletion(), existing.getActualProduction())) {
                problems.add("stage", "project.error.stageBackwards");
            }
            if (existing != null && existing.getLastReportedPeriod() != null && production != null
                    && production.isBefore(existing.getLastReportedPeriod())) {
                problems.add("actualProduction", "project.error.productionBeforeReports",
                        existing.getLastReportedPeriod().toString());
            }
        }
        if (row.libraryYear() != null) {
            Checks.wholeNumber("libraryYear", row.libraryYear(), 2015, today.getYear() + 1, problems);
        }
        if (row.percentComplete() != null) {
            Checks.wholeNumber("percentComplete", row.percentComplete(), 0, 100, problems);
        }
        Checks.amount("investedWan", row.investedWan(), problems);
        believable(row.investedWan(), clean.totalInvestmentWan(), problems);
        // once reports are filed here, progress comes from them: an import may repeat the figures, not change them
        if (existing != null && existing.getLastReportedPeriod() != null) {
            if (row.investedWan() != null && !Checks.sameAmount(row.investedWan(), existing.getInvestedWan())) {
                problems.add("investedWan", "project.error.figuresFromReports");
            }
            if (row.percentComplete() != null && !row.percentComplete().equals(existing.getPercentComplete())) {
                problems.add("percentComplete", "project.error.figuresFromReports");
            }
        }
        if (existing == null && !ref.isEmpty() && ref.matches("XM\\d{4}-\\d+.*")) {
            problems.add("ref", "project.error.reservedRef");
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        Upsert result;
        Project p;
        if (existing == null) {
            int year = row.libraryYear() == null ? today.getYear() : row.libraryYear();
            p = projects.saveAndFlush(new Project(enterprise.id(), ref.isEmpty() ? "new-" + java.util.UUID.randomUUID()
                    : ref, year, clean, now));
            if (ref.isEmpty()) {
                p.setRef(refFor(p.getId(), year));
            }
            result = Upsert.CREATED;
        } else {
            p = existing;
            boolean same = p.sameAs(clean) && p.getStage() == stage
                    && java.util.Objects.equals(p.getActualStart(), start)
                    && java.util.Objects.equals(p.getActualCompletion(), completion)
                    && java.util.Objects.equals(p.getActualProduction(), production)
                    && (row.libraryYear() == null || row.libraryYear() == p.getLibraryYear())
                    && (row.investedWan() == null || p.getLastReportedPeriod() != null
                            || Checks.sameAmount(row.investedWan(), p.getInvestedWan()));
            if (same) {
                return Upsert.UNCHANGED;
            }
            p.apply(clean, now);
            result = Upsert.UPDATED;
        }
        if (row.libraryYear() != null) {
            p.setLibraryYear(row.libraryYear());
        }
        if (!keepStage) {
            recordImportedStages(p, stage, start, completion, production, me.id(), now);
        }
        if (row.investedWan() != null && p.getLastReportedPeriod() == null) {
            p.importFigures(row.percentComplete(), row.investedWan());
        }
        audit.record(IMPORTED, target(p), result.name());
        refreshMissing(p, today);
        return result;
    }

    /** How far a project has come: planned 0, started 1, completed 2, in production 3 (a suspension keeps its dates). */
    private static int rank(ProjectStage stage, @Nullable LocalDate start, @Nullable LocalDate completion,
            @Nullable LocalDate production) {
        return switch (stage) {
            case PLANNED -> 0;
            case UNDER_CONSTRUCTION -> 1;
            case COMPLETED -> 2;
            case IN_PRODUCTION -> 3;
            case SUSPENDED -> completion != null ? 2 : start != null ? 1 : 0;
        };
    }

    /**
     * Sets the stage an import states and records each step it implies as a stage change of the timeline and the
     * audit log, dated with its actual day.
     */
    private void recordImportedStages(Project p, ProjectStage stage, @Nullable LocalDate start,
            @Nullable LocalDate completion, @Nullable LocalDate production, long actor, Instant now) {
        ProjectStage before = p.getStage();
        LocalDate oldStart = p.getActualStart();
        LocalDate oldCompletion = p.getActualCompletion();
        LocalDate oldProduction = p.getActualProduction();
        p.importStage(stage, start, completion, production, now);
        record Step(ProjectTransition t, @Nullable LocalDate old, @Nullable LocalDate now, ProjectStage after) {}
        for (var step : List.of(new Step(ProjectTransition.START, oldStart, start, ProjectStage.UNDER_CONSTRUCTION),
                new Step(ProjectTransition.COMPLETE, oldCompletion, completion, ProjectStage.COMPLETED),
                new Step(ProjectTransition.START_PRODUCTION, oldProduction, production, ProjectStage.IN_PRODUCTION))) {
            if (step.now() != null && !step.now().equals(step.old())) {
                stageChanges.save(new StageChange(p.getId(), step.t(), step.after(), step.now(), null, actor, now));
                audit.record(AUDIT_PREFIX + step.t().name(), target(p), step.now().toString());
            }
        }
        if (stage == ProjectStage.SUSPENDED && before != ProjectStage.SUSPENDED) {
            stageChanges.save(new StageChange(p.getId(), ProjectTransition.SUSPEND, stage, null, null, actor, now));
            audit.record(AUDIT_PREFIX + ProjectTransition.SUSPEND.name(), target(p), null);
        } else if (before == ProjectStage.SUSPENDED && stage != ProjectStage.SUSPENDED) {
            stageChanges.save(new StageChange(p.getId(), ProjectTransition.RESUME, stage, null, null, actor, now));
            audit.record(AUDIT_PREFIX + ProjectTransition.RESUME.name(), target(p), null);
        }
    }

    private static void checkImportedStage(ProjectStage stage, @Nullable LocalDate start,
            @Nullable LocalDate completion, @Nullable LocalDate production, LocalDate today,
            InvalidInputException.Collector problems) {
        boolean needsStart = stage == ProjectStage.UNDER_CONSTRUCTION || stage == ProjectStage.COMPLETED
                || stage == ProjectStage.IN_PRODUCTION;
        boolean needsCompletion = stage == ProjectStage.COMPLETED || stage == ProjectStage.IN_PRODUCTION;
        boolean needsProduction = stage == ProjectStage.IN_PRODUCTION;
        dateOf("actualStart", start, needsStart, stage != ProjectStage.PLANNED, today, problems);
        dateOf("actualCompletion", completion, needsCompletion, needsCompletion || stage == ProjectStage.SUSPENDED,
                today, problems);
        dateOf("actualProduction", production, needsProduction, needsProduction, today, problems);
        if (start != null && completion != null && completion.isBefore(start)) {
            problems.add("actualCompletion", "project.error.beforePrevious", start.toString());
        }
        if (completion != null && production != null && production.isBefore(completion)) {
            problems.add("actualProduction", "project.error.beforePrevious", completion.toString());
        }
    }

    private static void dateOf(String field, @Nullable LocalDate day, boolean required, boolean allowed,
            LocalDate today, InvalidInputException.Collector problems) {
        if (day == null) {
            if (required) {
                problems.add(field, "project.error.stageDate");
            }
        } else if (!allowed) {
            problems.add(field, "project.error.dateWithoutStage");
        } else if (day.isAfter(today)) {
            problems.add(field, "project.error.future");
        } else {
            plausible(field, day, problems);
        }
    }

    /** A project as an import states it. */
    public record ImportedProject(@Nullable String ref, @Nullable String enterpriseCreditCode, ProjectForm form,
            @Nullable ProjectStage stage, @Nullable LocalDate actualStart, @Nullable LocalDate actualCompletion,
            @Nullable LocalDate actualProduction, @Nullable Integer libraryYear, @Nullable Integer percentComplete,
            @Nullable BigDecimal investedWan) {}

    /** A project's id by its ref (bureau and admin, for imports and the data exchange). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public Optional<Long> idOfRef(String ref) {
        return projects.findByRef(ref).map(Project::getId);
    }

    /** A report of the time before the platform, as the bureau's spreadsheets hold it. */
    public record PastReport(LocalDate periodStart, int percentComplete, BigDecimal investedWan,
            @Nullable String milestones, List<Problem> problems) {}

    /**
     * Carries a project's history over from before the platform (bureau or admin, once, before any report was filed
     * here): its registration day, the stage changes its actual dates imply, and the reports filed then, each for a
     * period that has ended, checked like a report filed here (percent 0–100, investment never falling). Periods
     * left out stay owed.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public void backfill(long id, LocalDate registeredOn, List<PastReport> past) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Project p = lockedReadable(me, id);
        LocalDate today = today();
        if (!reports.findByProjectIdOrderByPeriodStartAscReportVersionAsc(id).isEmpty()) {
            throw InvalidInputException.of("history", "project.error.historyAfterReports");
        }
        if (registeredOn.isAfter(today)) {
            throw InvalidInputException.of("registeredOn", "project.error.future");
        }
        p.backdate(registeredOn.atTime(9, 0).atZone(Formats.ZONE).toInstant());
        var periods = calendar(p).periods(registeredOn, production(p), today);
        BigDecimal before = null;
        Instant last = null;
        var seen = new HashSet<LocalDate>();
        for (PastReport r : past.stream().sorted(Comparator.comparing(PastReport::periodStart)).toList()) {
            Period period = periods.stream().filter(x -> x.start().equals(r.periodStart())).findFirst()
                    .filter(x -> x.end().isBefore(today) && seen.add(x.start()))
                    .orElseThrow(() -> InvalidInputException.of("period", "project.error.period"));
            var problems = new InvalidInputException.Collector();
            Checks.wholeNumber("percentComplete", r.percentComplete(), 0, 100, problems);
            required("investedWan", r.investedWan(), problems);
            Checks.amount("investedWan", r.investedWan(), problems);
            Checks.text("milestones", r.milestones(), ReportForm.MILESTONES_MAX, false, problems);
            if (r.problems().size() > Problem.MAX) {
                problems.add("problems", "project.error.tooManyProblems", Problem.MAX);
            }
            for (Problem pr : r.problems()) {
                Checks.text("problems", pr.description(), Problem.DESCRIPTION_MAX, true, problems);
            }
            if (r.investedWan() != null && before != null && r.investedWan().compareTo(before) < 0) {
                problems.add("investedWan", "project.error.investmentFell", Formats.plain(before));
            }
            problems.throwIfAny();
            var report = new ProgressReport(id, period, 1, me.id(), clock.instant());
            report.write(r.percentComplete(), r.investedWan(), r.milestones(), r.problems(), null, me.id(),
                    clock.instant());
            Instant filed = period.due().minusDays(2).atTime(16, 30).atZone(Formats.ZONE).toInstant();
            report.file(filed);
            report.filedOn(filed);
            reports.save(report);
            p.reported(period.start(), r.percentComplete(), r.investedWan(), filed);
            before = r.investedWan();
            last = filed;
        }
        // the stage changes the import recorded happened on their actual days
        for (StageChange change : stageChanges.findByProjectIdOrderByIdAsc(id)) {
            if (change.getActualDate() != null) {
                change.backdate(change.getActualDate().atTime(18, 0).atZone(Formats.ZONE).toInstant());
            }
        }
        audit.record(AUDIT_PREFIX + "HISTORY_IMPORTED", target(p), past.size() + " reports");
        refreshMissing(p, today);
    }

    // ------------------------------------------------------------------ reminders

    @Scheduled(cron = "${jigai.project.reminder-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    public void runReminders() {
        runReminders(clock.instant());
    }

    /**
     * At {@code now}: brings every project's overdue marker up to date (new periods begin) and sends the reminders
     * due — before a report's due day, on it, and weekly after — each once per period and offset. Each project in a
     * transaction of its own, so that one failing is logged and retried next run. Returns the reminders sent.
     */
    public int runReminders(Instant now) {
        var separate = new TransactionTemplate(transactionManager);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        LocalDate today = LocalDate.ofInstant(now, Formats.ZONE);
        List<Long> ids = separate.execute(status -> projects.idsOwingReports());
        int sent = 0;
        for (long id : ids == null ? List.<Long>of() : ids) {
            try {
                Integer n = separate.execute(status -> remind(id, today, now));
                sent += n == null ? 0 : n;
            } catch (RuntimeException e) {
                log.error("report reminders of project {} failed; they are retried at the next run", id, e);
            }
        }
        if (sent > 0) {
            log.info("{} project report reminders", sent);
        }
        return sent;
    }

    /** {@link #runReminders(Instant)} for one project only (tests walk one project's calendar with fixed instants). */
    int runRemindersFor(long id, Instant now) {
        var separate = new TransactionTemplate(transactionManager);
        Integer n = separate.execute(status -> remind(id, LocalDate.ofInstant(now, Formats.ZONE), now));
        return n == null ? 0 : n;
    }

    private int remind(long id, LocalDate today, Instant now) {
        Project p = projects.findLockedById(id).orElseThrow();
        refreshMissing(p, today);
        // every missing period's reminder is recorded once; the enterprise gets one notice per project and run,
        // about the oldest period that called for one
        PeriodView first = null;
        Integer firstOffset = null;
        for (PeriodView v : periodViews(p, today)) {
            if (v.state() == PeriodState.FILED || v.state() == PeriodState.SKIPPED) {
                continue;
            }
            Integer offset = ReportCalendar.reminderOffset(v.period().due(), today);
            if (offset == null) {
                continue;
            }
            var key = new Records.ReminderKey(p.getId(), v.period().start(), offset);
            if (reminders.existsById(key)) {
                continue;
            }
            reminders.save(new Records.Reminder(p.getId(), v.period().start(), offset, now));
            if (first == null) {
                first = v;
                firstOffset = offset;
            }
        }
        if (first == null) {
            return 0;
        }
        var type = firstOffset < 0 ? ProjectNotice.Type.REPORT_DUE_SOON
                : firstOffset == 0 ? ProjectNotice.Type.REPORT_DUE : ProjectNotice.Type.REPORT_OVERDUE;
        publisher.publishEvent(new ProjectNotice(p.getId(), p.getEnterpriseId(), p.getName(), type,
                first.period().due().toString()));
        return 1;
    }

    // ------------------------------------------------------------------ helpers

    private void refreshMissing(Project p, LocalDate today) {
        LocalDate oldest = null;
        for (PeriodView v : periodViews(p, today)) {
            if (v.state() != PeriodState.FILED && v.state() != PeriodState.SKIPPED) {
                oldest = v.period().due();
                break;
            }
        }
        p.setOldestMissingDue(oldest);
    }

    private ReportCalendar calendar(Project p) {
        return new ReportCalendar(librarySettings(),
                cadences.findByProjectId(p.getId()).stream().map(Records.CadenceRow::setting).toList());
    }

    private List<CadenceSetting> librarySettings() {
        return cadences.findByProjectIdIsNull().stream().map(Records.CadenceRow::setting).toList();
    }

    private static LocalDate registered(Project p) {
        return LocalDate.ofInstant(p.getCreatedAt(), Formats.ZONE);
    }

    private static @Nullable LocalDate production(Project p) {
        return p.getStage() == ProjectStage.IN_PRODUCTION ? p.getActualProduction() : null;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    private List<ProjectSummary> summaries(List<Project> list, LocalDate today) {
        Map<Long, String> names = accounts.organizationNames(list.stream().map(Project::getEnterpriseId).toList());
        return list.stream().map(p -> {
            LocalDate missing = p.getOldestMissingDue();
            boolean overdue = missing != null && ReportCalendar.overdue(missing, today);
            boolean veryLate = missing != null && ReportCalendar.veryLate(missing, today);
            return new ProjectSummary(p.getId(), p.getRef(), p.getEnterpriseId(),
                    names.getOrDefault(p.getEnterpriseId(), ""), p.getName(), p.getStage(), p.getRegion(),
                    p.getIndustry(), p.getDirections(), p.getLibraryYear(), p.getTotalInvestmentWan(),
                    p.getEquipmentInvestmentWan(), p.getInvestedWan(), p.getPercentComplete(), p.getFilingNumber(),
                    p.getPlannedCompletion(), p.getActualStart(), p.getActualCompletion(), p.getActualProduction(),
                    missing, overdue, veryLate);
        }).toList();
    }

    private Specification<Project> spec(AccountPrincipal me, LibraryFilter f) {
        Specification<Project> spec = access.readable(me);
        LocalDate today = today();
        if (f.stage() != null) {
            spec = spec.and((r, q, c) -> c.equal(r.get("stage"), f.stage()));
        }
        if (f.year() != null) {
            spec = spec.and((r, q, c) -> c.equal(r.get("libraryYear"), f.year()));
        }
        if (f.region() != null && !f.region().isBlank()) {
            spec = spec.and((r, q, c) -> c.equal(r.get("region"), f.region()));
        }
        if (f.industry() != null) {
            spec = spec.and((r, q, c) -> c.equal(r.get("industry"), f.industry()));
        }
        if (f.direction() != null) {
            spec = spec.and((r, q, c) -> c.isMember(f.direction(), r.<Set<org.jigai.base.Direction>>get("directions")));
        }
        if (f.minInvestmentWan() != null) {
            spec = spec.and((r, q, c) -> c.greaterThanOrEqualTo(r.get("totalInvestmentWan"), f.minInvestmentWan()));
        }
        if (f.overdueOnly()) {
            spec = spec.and((r, q, c) -> c.lessThan(r.get("oldestMissingDue"), today));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((r, q, c) -> c.or(c.like(r.get("name"), like, '\\'), c.like(r.get("ref"), like, '\\'),
                    c.like(r.get("filingNumber"), like, '\\')));
        }
        return spec;
    }

    private Project readable(AccountPrincipal me, long id) {
        Project p = projects.findById(id).orElseThrow();
        if (!access.mayRead(me, p)) {
            throw new NoSuchElementException();
        }
        return p;
    }

    /** The project row locked first (so that what is read after waiting for the lock is current), then checked. */
    private Project lockedReadable(AccountPrincipal me, long id) {
        Project p = projects.findLockedById(id).orElseThrow();
        if (!access.mayRead(me, p)) {
            throw new NoSuchElementException();
        }
        return p;
    }

    private Map<Long, String> authors(Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        for (Recipient r : accounts.recipientsById(new HashSet<>(userIds))) {
            names.put(r.userId(), r.displayName());
        }
        return names;
    }

    private void schedules(AccountPrincipal me) {
        if (!access.maySchedule(me)) {
            throw new NoSuchElementException();
        }
    }

    private static AccountPrincipal enterprise() {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        if (me.organizationId() == null) {
            throw new NoSuchElementException();
        }
        return me;
    }

    private static String target(Project p) {
        return "project:" + p.getId();
    }

    private static String cut(String s, int max) {
        return Checks.length(s) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** For the bureau's dashboard: every key project of the library (at least 1000 万元), with its days. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public List<KeyProjectFact> keyProjectFacts() {
        Specification<Project> key = (r, q, c) -> c.greaterThanOrEqualTo(r.get("totalInvestmentWan"),
                ProjectForm.KEY_PROJECT_WAN);
        return projects.findAll(key).stream().map(p -> new KeyProjectFact(
                LocalDate.ofInstant(p.getCreatedAt(), Formats.ZONE), p.getActualCompletion(), p.getActualProduction(),
                p.getIndustry(), p.getRegion())).toList();
    }
}
