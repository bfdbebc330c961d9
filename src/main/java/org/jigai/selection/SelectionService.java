package org.jigai.selection;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.account.Role;
import org.jigai.audit.AuditLog;
import org.jigai.base.Checks;
import org.jigai.base.FileStore;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Region;
import org.jigai.engagement.EngagementService;
import org.jigai.engagement.EngagementState;
import org.jigai.project.LibraryFilter;
import org.jigai.project.ProjectService;
import org.jigai.project.ProjectStage;
import org.jigai.selection.SelectionViews.CallView;
import org.jigai.selection.SelectionViews.CaseCard;
import org.jigai.selection.SelectionViews.CaseFilter;
import org.jigai.selection.SelectionViews.CaseStory;
import org.jigai.selection.SelectionViews.FileView;
import org.jigai.selection.SelectionViews.NominationDetails;
import org.jigai.selection.SelectionViews.NominationSummary;
import org.jigai.selection.SelectionViews.ObjectionView;
import org.jigai.selection.SelectionViews.Source;
import org.jigai.selection.SelectionViews.StepView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call, the nominations and the notice of the case selection. Each action checks {@link SelectionAccess} ("not
 * found" when the caller may not read the record, a refusal next to the field otherwise), takes the record's row lock
 * before reading it, records the step in the nomination's history and the audit log, and tells those concerned. The
 * experts' side is {@link ReviewService}.
 */
@Service
public class SelectionService {

    public static final int REASON_MAX = 200;
    /** How many years back a call may be recorded. */
    public static final int YEARS_BACK = 5;
    public static final int GROUNDS_MIN = 10;
    public static final int GROUNDS_MAX = 2000;
    public static final int RESPONSE_MAX = 500;
    public static final int PHOTOS_MAX = 8;
    public static final int DOCUMENTS_MAX = 8;
    public static final String FOLDER = "cases";
    public static final String CALL_SAVED = "SELECTION_CALL_SAVED";
    public static final String RECORDED = "SELECTION_CALL_RECORDED";
    public static final String NOMINATED = "NOMINATION_CREATED";
    public static final String NOMINATION_EDITED = "NOMINATION_EDITED";
    public static final String FILE_ADDED = "NOMINATION_FILE_ADDED";
    public static final String FILE_REMOVED = "NOMINATION_FILE_REMOVED";
    public static final String OBJECTION_LODGED = "SELECTION_OBJECTION_LODGED";
    public static final String OBJECTION_HANDLED = "SELECTION_OBJECTION_HANDLED";
    private static final Set<String> PHOTO_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private final SelectionCallRepository calls;
    private final NominationRepository nominations;
    private final NominationFileRepository files;
    private final NominationStepRepository steps;
    private final ObjectionRepository objections;
    private final ReviewAssignmentRepository reviews;
    private final SelectionAccess access;
    private final AccountService accounts;
    private final ProjectService projects;
    private final EngagementService engagements;
    private final FileStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    SelectionService(SelectionCallRepository calls, NominationRepository nominations, NominationFileRepository files,
            NominationStepRepository steps, ObjectionRepository objections, ReviewAssignmentRepository reviews,
            SelectionAccess access,
            AccountService accounts, ProjectService projects, EngagementService engagements, FileStore store,
            AuditLog audit, ApplicationEventPublisher publisher, Clock clock) {
        this.calls = calls;
        this.nominations = nominations;
        this.files = files;
        this.steps = steps;
        this.objections = objections;
        this.reviews = reviews;
        this.access = access;
        this.accounts = accounts;
        this.projects = projects;
        this.engagements = engagements;
        this.store = store;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ calls

    /** The calls: every one for staff, the opened ones for everyone else (signed in or not). */
    @Transactional(readOnly = true)
    public List<CallView> calls() {
        var me = AccountPrincipal.current().orElse(null);
        boolean staff = me != null && SelectionAccess.staff(me);
        var counts = staff ? counts() : Map.<Long, Map<NominationState, Long>>of();
        return calls.findAllByOrderByYearDesc().stream().filter(c -> staff || c.getState() != CallState.DRAFT)
                .map(c -> view(c, counts.getOrDefault(c.getId(), Map.of()))).toList();
    }

    /** Submitted nominations per call and state, in one query. */
    private Map<Long, Map<NominationState, Long>> counts() {
        Map<Long, Map<NominationState, Long>> out = new HashMap<>();
        for (Object[] row : nominations.submittedCounts()) {
            out.computeIfAbsent((Long) row[0], k -> new EnumMap<>(NominationState.class))
                    .put((NominationState) row[1], (Long) row[2]);
        }
        return out;
    }

    @Transactional(readOnly = true)
    public CallView call(long id) {
        var me = AccountPrincipal.current().orElse(null);
        boolean staff = me != null && SelectionAccess.staff(me);
        var c = calls.findById(id).filter(x -> staff || x.getState() != CallState.DRAFT)
                .orElseThrow(NoSuchElementException::new);
        return view(c, staff);
    }

    /** The bureau opens a call (id null) or changes one; returns its id. */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public long saveCall(@Nullable Long id, long version, CallForm form) {
        var problems = new InvalidInputException.Collector();
        CallForm clean = check(form, problems);
        SelectionCall c = null;
        if (id != null) {
            c = calls.findLockedById(id).orElseThrow(NoSuchElementException::new);
            if (c.getVersion() != version) {
                throw new OptimisticLockingFailureException("call changed since version " + version);
            }
            if (c.getState() == CallState.NOTICE || c.getState() == CallState.PUBLISHED) {
                problems.add("title", "selection.error.callClosed");
            } else if (c.getState() == CallState.REVIEWING) {
                // what experts score against and what was nominated stays as it was
                var was = c.toForm();
                if (!was.criteria().equals(clean.criteria()) || was.scoreScale() != clean.scoreScale()) {
                    problems.add("criteria", "selection.error.fixedInReview");
                }
                if (!was.nominationOpens().equals(clean.nominationOpens())
                        || !was.nominationCloses().equals(clean.nominationCloses())) {
                    problems.add("nominationCloses", "selection.error.fixedInReview");
                }
                if (was.blind() != clean.blind()) {
                    problems.add("blind", "selection.error.fixedInReview");
                }
                // what proposes the selection is fixed once scores come in: the ranking's kind and the number
                if (was.normalised() != clean.normalised()) {
                    problems.add("normalised", "selection.error.fixedInReview");
                }
                if (was.selectCount() != clean.selectCount()) {
                    problems.add("selectCount", "selection.error.fixedInReview");
                }
                if (was.expertsPerCase() != clean.expertsPerCase()) {
                    problems.add("expertsPerCase", "selection.error.fixedInReview");
                }
            }
            if (c.getState() == CallState.NOMINATING && clean.nominationCloses() != null
                    && clean.nominationCloses().isBefore(today()) && !problems.has("nominationCloses")) {
                // closing early would cut off enterprises still writing: the window only moves forward
                problems.add("nominationCloses", "selection.error.closesPast");
            }
            if (c.getYear() != clean.year() && c.getState() != CallState.DRAFT) {
                problems.add("year", "selection.error.yearFixed");
            }
        }
        var same = calls.findByYear(clean.year());
        if (same.isPresent() && (c == null || !same.get().getId().equals(c.getId()))) {
            problems.add("year", "selection.error.yearTaken", clean.year());
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        if (c == null) {
            c = calls.save(new SelectionCall(clean, now));
        } else {
            c.apply(clean, now);
        }
        audit.record(CALL_SAVED, "selection-call:" + c.getYear(), clean.nominationOpens() + "/"
                + clean.nominationCloses() + "/" + clean.reviewCloses() + " select " + clean.selectCount() + " experts "
                + clean.expertsPerCase() + " scale " + clean.scoreScale() + " spread " + clean.spreadMargin()
                + (clean.blind() ? " blind" : "") + (clean.normalised() ? " normalised" : "") + " " + clean.criteria());
        return c.getId();
    }

    private CallForm check(CallForm f, InvalidInputException.Collector problems) {
        LocalDate today = today();
        // earlier years' selections may be recorded on the platform; the next year's call may open this year
        if (f.year() < today.getYear() - YEARS_BACK || f.year() > today.getYear() + 1) {
            problems.add("year", "validation.range", today.getYear() - YEARS_BACK, today.getYear() + 1);
        }
        String title = Checks.text("title", f.title(), CallForm.TITLE_MAX, true, problems);
        if (f.nominationOpens() == null) {
            problems.add("nominationOpens", "validation.required");
        }
        if (f.nominationCloses() == null) {
            problems.add("nominationCloses", "validation.required");
        }
        if (f.reviewCloses() == null) {
            problems.add("reviewCloses", "validation.required");
        }
        if (f.nominationOpens() != null && f.nominationCloses() != null
                && f.nominationCloses().isBefore(f.nominationOpens())) {
            problems.add("nominationCloses", "selection.error.closesBeforeOpens");
        }
        if (f.nominationCloses() != null && f.reviewCloses() != null
                && !f.reviewCloses().isAfter(f.nominationCloses())) {
            problems.add("reviewCloses", "selection.error.reviewBeforeNominations");
        }
        Checks.wholeNumber("noticeDays", f.noticeDays(), 5, 30, problems);
        Checks.wholeNumber("selectCount", f.selectCount(), 1, 50, problems);
        Checks.wholeNumber("expertsPerCase", f.expertsPerCase(), CallForm.MIN_EXPERTS, 9, problems);
        Checks.wholeNumber("scoreScale", f.scoreScale(), 5, 100, problems);
        // totals run from 0 to 100: a margin of 100 or more would flag nothing
        Checks.wholeNumber("spreadMargin", f.spreadMargin(), 1, 99, problems);
        var criteria = new ArrayList<Criterion>();
        int weights = 0;
        var names = new HashSet<String>();
        for (Criterion c : f.criteria() == null ? List.<Criterion>of() : f.criteria()) {
            String name = c.name() == null ? "" : c.name().strip();
            if (name.isEmpty() && c.weight() == 0) {
                continue;
            }
            String clean = Checks.text("criteria", name, Criterion.NAME_MAX, true, problems);
            if (c.weight() < 1 || c.weight() > 100) {
                problems.add("criteria", "selection.error.weight");
            }
            if (!names.add(clean)) {
                problems.add("criteria", "selection.error.criterionTwice", clean);
            }
            weights += c.weight();
            criteria.add(new Criterion(clean, c.weight()));
        }
        if (criteria.isEmpty()) {
            problems.add("criteria", "validation.required");
        } else if (criteria.size() > CallForm.CRITERIA_MAX) {
            problems.add("criteria", "selection.error.criteriaMax", CallForm.CRITERIA_MAX);
        } else if (weights != 100 && !problems.has("criteria")) {
            problems.add("criteria", "selection.error.weights", weights);
        }
        return new CallForm(f.year(), title, f.nominationOpens(), f.nominationCloses(), f.reviewCloses(),
                f.noticeDays(), f.selectCount(), f.expertsPerCase(), f.scoreScale(), f.spreadMargin(), f.blind(),
                f.normalised(), criteria);
    }

    /** OPEN, START_REVIEW and PUBLISH (PUBLISH_NOTICE is {@link ReviewService#publishNotice}). */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void takeCall(long id, CallTransition t) {
        LocalDate today = today();
        var c = calls.findLockedById(id).orElseThrow(NoSuchElementException::new);
        if (!t.allows(c.getState())) {
            throw InvalidInputException.of("state", "selection.error.callState");
        }
        Instant now = clock.instant();
        var list = nominations.findByCallIdOrderByIdAsc(c.getId());
        switch (t) {
            case OPEN -> {
                if (c.getNominationCloses().isBefore(today)) {
                    throw InvalidInputException.of("nominationCloses", "selection.error.windowOver");
                }
            }
            case START_REVIEW -> {
                if (!today.isAfter(c.getNominationCloses())) {
                    throw InvalidInputException.of("state", "selection.error.stillNominating",
                            c.getNominationCloses().toString());
                }
                long waiting = list.stream().filter(n -> n.getState() == NominationState.SUBMITTED).count();
                if (waiting > 0) {
                    throw InvalidInputException.of("state", "selection.error.unchecked", waiting);
                }
            }
            case PUBLISH -> {
                if (c.getNoticeUntil() == null || !today.isAfter(c.getNoticeUntil())) {
                    throw InvalidInputException.of("state", "selection.error.noticeRunning",
                            c.getNoticeUntil() == null ? "" : c.getNoticeUntil().toString());
                }
                long open = list.isEmpty() ? 0 : objections.findByNominationIdInOrderByIdAsc(
                        list.stream().map(Nomination::getId).toList()).stream().filter(o -> o.getOutcome() == null)
                        .count();
                if (open > 0) {
                    throw InvalidInputException.of("state", "selection.error.objectionsOpen", open);
                }
                var published = new ArrayList<Long>();
                for (Nomination seen : list) {
                    if (seen.getState() == NominationState.SELECTED) {
                        var n = nominations.findLockedById(seen.getId()).orElseThrow();
                        takeOn(n, NominationTransition.PUBLISH, null, now);
                        published.add(n.getId());
                        publisher.publishEvent(new SelectionNotice(SelectionNotice.Type.CASE_PUBLISHED,
                                "cases/" + n.getId(), n.getTitle(), String.valueOf(c.getYear()), n.parties(),
                                Set.of(), false));
                    }
                }
                publisher.publishEvent(new org.jigai.base.PublishedCases.Changed(c.getYear(), published));
            }
            default -> throw new IllegalArgumentException(t + " is taken by ReviewService.publishNotice");
        }
        c.take(t, today, now);
        audit.record(t.auditAction(), "selection-call:" + c.getYear(), null);
    }

    /** A case of a selection run before the platform: its enterprise, what it tells, and its photos. */
    public record RecordedCase(long enterpriseId, NominationForm form, List<Photo> photos) {}

    public record Photo(String name, byte[] content, @Nullable String caption) {}

    /**
     * The bureau records a selection that ran before the platform (an earlier year's published cases, moved over so
     * that the showcase holds them): the call as published, each case published, its history saying so. Returns the
     * call's id.
     */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public long recordPublished(CallForm form, List<RecordedCase> cases) {
        var problems = new InvalidInputException.Collector();
        CallForm clean = checkRecorded(form, cases, problems);
        if (clean.reviewCloses() != null && !clean.reviewCloses().isBefore(today())) {
            problems.add("reviewCloses", "selection.error.notPast");
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        var c = calls.save(new SelectionCall(clean, now));
        c.recorded(CallState.PUBLISHED, clean.reviewCloses().plusDays(1), now);
        var published = recordCases(c, cases, List.of(NominationTransition.SUBMIT, NominationTransition.PASS,
                NominationTransition.SELECT, NominationTransition.PUBLISH), now);
        audit.record(RECORDED, "selection-call:" + c.getYear(), cases.size() + " cases published");
        publisher.publishEvent(new org.jigai.base.PublishedCases.Changed(c.getYear(), published));
        return c.getId();
    }

    /**
     * The bureau records a call whose nominations were taken and checked off the platform (on paper, say) and goes on
     * with it here: the call in review, each nomination passed, its history saying so; experts are then assigned and
     * score on the platform. The nomination window has ended. Returns the call's id.
     */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public long recordForReview(CallForm form, List<RecordedCase> cases) {
        var problems = new InvalidInputException.Collector();
        CallForm clean = checkRecorded(form, cases, problems);
        if (clean.nominationCloses() != null && !clean.nominationCloses().isBefore(today())) {
            problems.add("nominationCloses", "selection.error.notPast");
        }
        if (clean.reviewCloses() != null && clean.reviewCloses().isBefore(today())) {
            problems.add("reviewCloses", "selection.error.windowOver");
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        var c = calls.save(new SelectionCall(clean, now));
        c.recorded(CallState.REVIEWING, null, now);
        recordCases(c, cases, List.of(NominationTransition.SUBMIT, NominationTransition.PASS), now);
        audit.record(RECORDED, "selection-call:" + c.getYear(), cases.size() + " cases in review");
        return c.getId();
    }

    private CallForm checkRecorded(CallForm form, List<RecordedCase> cases, InvalidInputException.Collector problems) {
        CallForm clean = check(form, problems);
        if (calls.findByYear(clean.year()).isPresent()) {
            problems.add("year", "selection.error.yearTaken", clean.year());
        }
        var orgs = accounts.organizations(cases.stream().map(RecordedCase::enterpriseId).toList());
        for (var rc : cases) {
            check(me(), rc.form(), true, problems);
            var org = orgs.get(rc.enterpriseId());
            if (org == null || org.type() != Role.ENTERPRISE) {
                problems.add("enterprise", "selection.error.invalid");
            }
            if (rc.photos().isEmpty()) {
                problems.add("photos", "selection.error.photoNeeded");
            }
        }
        return clean;
    }

    private List<Long> recordCases(SelectionCall c, List<RecordedCase> cases, List<NominationTransition> steps,
            Instant now) {
        var ids = new ArrayList<Long>();
        for (var rc : cases) {
            var n = nominations.save(new Nomination(c.getId(), rc.enterpriseId(), now));
            ids.add(n.getId());
            n.apply(check(me(), rc.form(), true, new InvalidInputException.Collector()), now);
            for (var t : steps) {
                takeOn(n, t, null, now);
            }
            for (var p : rc.photos()) {
                if (!looksLikeImage(p.content())) {
                    throw InvalidInputException.of("photos", "selection.error.notPhoto");
                }
                var stored = store.store(FOLDER, p.name(), p.content());
                if (!PHOTO_TYPES.contains(stored.contentType())) {
                    store.delete(FOLDER, stored.key());
                    throw InvalidInputException.of("photos", "selection.error.notPhoto");
                }
                files.save(new NominationFile(n.getId(), NominationFile.Kind.PHOTO, stored.key(),
                        cleanName(p.name(), stored.key()), stored.contentType(), stored.size(), p.caption(), now));
            }
        }
        return ids;
    }

    // ------------------------------------------------------------------ nominations

    /** The completed projects and engagements of the caller's enterprise a nomination can start from. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ENTERPRISE')")
    public List<Source> sources() {
        var out = new ArrayList<Source>();
        for (var stage : List.of(ProjectStage.COMPLETED, ProjectStage.IN_PRODUCTION)) {
            var filter = new LibraryFilter(stage, null, null, null, null, null, false, null);
            projects.list(filter, PageRequest.of(0, 50)).forEach(p -> out.add(new Source(p.id(), null, p.name())));
        }
        engagements.mine(Set.of(EngagementState.COMPLETED), PageRequest.of(0, 50))
                .forEach(e -> out.add(new Source(null, e.id(), e.needTitle() + " · " + e.providerName())));
        return out;
    }

    /** An enterprise starts a nomination to an open call, pre-filled from a project or engagement of its own. */
    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public long nominate(long callId, @Nullable Long projectId, @Nullable Long engagementId) {
        AccountPrincipal me = me();
        if (!access.mayNominate(me)) {
            throw new org.springframework.security.access.AccessDeniedException("enterprises nominate");
        }
        var c = calls.findLockedById(callId).filter(x -> x.getState() != CallState.DRAFT)
                .orElseThrow(NoSuchElementException::new);
        if (!c.nominating(today())) {
            throw InvalidInputException.of("call", "selection.error.notNominating");
        }
        NominationForm form = NominationForm.empty();
        if (projectId != null) {
            var p = projects.details(projectId);
            if (!p.mine()) {
                throw new NoSuchElementException("project " + projectId);
            }
            var s = p.summary();
            Long provider = p.providers().size() == 1 ? p.providers().keySet().iterator().next() : null;
            form = new NominationForm(s.name(), s.industry(), s.region(), s.directions(), p.description(), null,
                    s.totalInvestmentWan(), provider, projectId, p.engagementId(), List.of());
        } else if (engagementId != null) {
            var e = engagements.details(engagementId).summary();
            if (e.enterpriseId() != me.organizationId() || e.state() != EngagementState.COMPLETED) {
                throw new NoSuchElementException("engagement " + engagementId);
            }
            Long project = projects.projectOfEngagement(engagementId).orElse(null);
            form = new NominationForm(e.needTitle(), null, null, Set.of(), null, null, e.signedPriceWan(),
                    e.providerId(), project, engagementId, List.of());
        }
        Instant now = clock.instant();
        var n = nominations.save(new Nomination(c.getId(), me.organizationId(), now));
        n.apply(form, now);
        steps.save(new NominationStep(n.getId(), NOMINATED, n.getState(), me.id(), null, now));
        audit.record(NOMINATED, "nomination:" + n.getId(), "call " + c.getYear());
        return n.getId();
    }

    /** Providers whose name contains the text, for naming the provider that delivered (at most 20). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ENTERPRISE')")
    public Map<Long, String> providersNamed(String text) {
        var ids = accounts.organizationIdsNamed(text.strip(), Role.PROVIDER, 20);
        var names = accounts.organizationNames(ids);
        Map<Long, String> out = new LinkedHashMap<>();
        ids.forEach(i -> out.put(i, names.get(i)));
        return out;
    }

    /** The enterprise saves what its nomination tells (a draft may be incomplete). */
    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public void saveNomination(long id, long version, NominationForm form) {
        AccountPrincipal me = me();
        var n = lockedReadable(me, id);
        var c = calls.findById(n.getCallId()).orElseThrow();
        if (!access.mayEdit(me, n, c)) {
            throw InvalidInputException.of("title", "selection.error.notEditable");
        }
        if (n.getVersion() != version) {
            throw new OptimisticLockingFailureException("nomination changed since version " + version);
        }
        var problems = new InvalidInputException.Collector();
        NominationForm clean = check(me, form, false, problems);
        problems.throwIfAny();
        // what it started from is the platform's record, not the form's to change
        n.apply(new NominationForm(clean.title(), clean.industry(), clean.region(), clean.directions(),
                clean.background(), clean.work(), clean.investmentWan(), clean.providerId(), n.getProjectId(),
                n.getEngagementId(), clean.results()), clock.instant());
        audit.record(NOMINATION_EDITED, "nomination:" + n.getId(), null);
    }

    private NominationForm check(AccountPrincipal me, NominationForm f, boolean complete,
            InvalidInputException.Collector problems) {
        String title = Checks.text("title", f.title(), NominationForm.TITLE_MAX, complete, problems);
        String background = Checks.text("background", f.background(), NominationForm.BACKGROUND_MAX, complete,
                problems);
        String work = Checks.text("work", f.work(), NominationForm.WORK_MAX, complete, problems);
        if (complete && !background.isEmpty() && Checks.length(background) < NominationForm.TEXT_MIN
                && !problems.has("background")) {
            problems.add("background", "selection.error.tooShort", NominationForm.TEXT_MIN);
        }
        if (complete && !work.isEmpty() && Checks.length(work) < NominationForm.TEXT_MIN && !problems.has("work")) {
            problems.add("work", "selection.error.tooShort", NominationForm.TEXT_MIN);
        }
        if (complete && f.industry() == null) {
            problems.add("industry", "validation.required");
        }
        String region = f.region() == null || f.region().isBlank() ? null : f.region().strip();
        if (region != null && Region.ofCode(region).isEmpty()) {
            problems.add("region", "selection.error.invalid");
        } else if (complete && region == null) {
            problems.add("region", "validation.required");
        }
        if (complete && (f.directions() == null || f.directions().isEmpty())) {
            problems.add("directions", "validation.required");
        }
        if (f.investmentWan() != null) {
            Checks.amount("investmentWan", f.investmentWan(), problems);
        } else if (complete) {
            problems.add("investmentWan", "validation.required");
        }
        if (f.providerId() != null) {
            var org = accounts.organizations(Set.of(f.providerId())).get(f.providerId());
            if (org == null || org.type() != Role.PROVIDER) {
                problems.add("providerId", "selection.error.provider");
            }
        }
        var results = new ArrayList<CaseFigure>();
        var list = f.results() == null ? List.<CaseFigure>of() : f.results();
        if (list.size() > CaseFigure.MAX) {
            problems.add("results", "selection.error.resultsMax", CaseFigure.MAX);
        }
        for (CaseFigure r : list) {
            if (r.kind() == null || r.before() == null || r.after() == null) {
                problems.add("results", "selection.error.result");
                continue;
            }
            String label = Checks.text("results", r.label(), CaseFigure.LABEL_MAX, true, problems);
            String unit = Checks.text("results", r.unit(), CaseFigure.UNIT_MAX, true, problems);
            var before = plain(r.before());
            var after = plain(r.after());
            if (before.abs().compareTo(Checks.AMOUNT_MAX) > 0 || after.abs().compareTo(Checks.AMOUNT_MAX) > 0
                    || before.scale() > 4 || after.scale() > 4) {
                problems.add("results", "selection.error.resultValue");
            }
            results.add(new CaseFigure(r.kind(), label, unit, before, after));
        }
        if (complete && results.isEmpty() && !problems.has("results")) {
            problems.add("results", "selection.error.resultsNeeded");
        }
        return new NominationForm(title.isEmpty() ? null : title, f.industry(), region,
                f.directions() == null ? Set.of() : f.directions(), background.isEmpty() ? null : background,
                work.isEmpty() ? null : work, f.investmentWan(), f.providerId(), f.projectId(), f.engagementId(),
                results);
    }

    /** SUBMIT, WITHDRAW (the enterprise), PASS and RETURN (the bureau), while the call takes nominations. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void take(long id, NominationTransition t, @Nullable String reason) {
        AccountPrincipal me = me();
        // the call's lock, then the nomination's: every step on a call's nominations runs after its own
        var c = calls.findLockedById(nominations.callIdOf(id).orElseThrow(NoSuchElementException::new))
                .orElseThrow();
        var n = lockedReadable(me, id);
        if (!access.mayTake(me, n, t)) {
            throw InvalidInputException.of("state", "selection.error.transition");
        }
        String why = reason == null ? null : reason.strip();
        switch (t) {
            case SUBMIT -> {
                if (!c.nominating(today())) {
                    throw InvalidInputException.of("state", "selection.error.notNominating");
                }
                var problems = new InvalidInputException.Collector();
                check(me, n.toForm(), true, problems);
                if (files.findByNominationIdOrderByIdAsc(n.getId()).stream()
                        .noneMatch(f -> f.getKind() == NominationFile.Kind.PHOTO)) {
                    problems.add("photos", "selection.error.photoNeeded");
                }
                problems.throwIfAny();
            }
            case WITHDRAW, PASS, RETURN -> {
                if (c.getState() != CallState.NOMINATING) {
                    throw InvalidInputException.of("state", "selection.error.notNominating");
                }
            }
            case DROP -> {
                if (c.getState() != CallState.NOTICE) {
                    throw InvalidInputException.of("state", "selection.error.callState");
                }
            }
            default -> throw InvalidInputException.of("state", "selection.error.transition");
        }
        if (t.reasoned()) {
            var problems = new InvalidInputException.Collector();
            why = Checks.text("reason", why, REASON_MAX, true, problems);
            if (!problems.has("reason") && Checks.length(why) < 5) {
                problems.add("reason", "selection.error.tooShort", 5);
            }
            problems.throwIfAny();
        }
        takeOn(n, t, t.reasoned() ? why : null, clock.instant());
        String title = n.getTitle() == null ? "" : n.getTitle();
        switch (t) {
            case SUBMIT -> publisher.publishEvent(new SelectionNotice(SelectionNotice.Type.NOMINATION_SUBMITTED,
                    "selection/nomination/" + n.getId(), title, null, Set.of(), Set.of(), true));
            case PASS -> publisher.publishEvent(new SelectionNotice(SelectionNotice.Type.NOMINATION_PASSED,
                    "selection/nomination/" + n.getId(), title, null, Set.of(n.getEnterpriseId()), Set.of(), false));
            case RETURN -> publisher.publishEvent(new SelectionNotice(SelectionNotice.Type.NOMINATION_RETURNED,
                    "selection/nomination/" + n.getId(), title, why, Set.of(n.getEnterpriseId()), Set.of(), false));
            case DROP -> {
                // a case in notice is not published: the showcase and the standings do not change
                publisher.publishEvent(new SelectionNotice(SelectionNotice.Type.CASE_DROPPED,
                        "selection/nomination/" + n.getId(), title, why, n.parties(), Set.of(), false));
            }
            default -> { }
        }
    }

    /** Moves a nomination (locked by the caller) and records the step; package-wide for {@link ReviewService}. */
    void takeOn(Nomination n, NominationTransition t, @Nullable String reason, Instant now) {
        n.take(t, reason, now);
        Long actor = AccountPrincipal.current().map(AccountPrincipal::id).orElse(null);
        steps.save(new NominationStep(n.getId(), t.auditAction(), n.getState(), actor, reason, now));
        audit.record(t.auditAction(), "nomination:" + n.getId(), reason);
    }

    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public FileView addFile(long id, boolean photo, String fileName, byte[] content, @Nullable String caption) {
        AccountPrincipal me = me();
        var n = lockedReadable(me, id);
        var c = calls.findById(n.getCallId()).orElseThrow();
        if (!access.mayEdit(me, n, c)) {
            throw InvalidInputException.of("file", "selection.error.notEditable");
        }
        var kind = photo ? NominationFile.Kind.PHOTO : NominationFile.Kind.DOCUMENT;
        long count = files.findByNominationIdOrderByIdAsc(id).stream().filter(f -> f.getKind() == kind).count();
        if (count >= (photo ? PHOTOS_MAX : DOCUMENTS_MAX)) {
            throw InvalidInputException.of("file", "selection.error.filesMax", photo ? PHOTOS_MAX : DOCUMENTS_MAX);
        }
        var problems = new InvalidInputException.Collector();
        String cap = Checks.text("caption", caption, 100, false, problems);
        problems.throwIfAny();
        if (photo && !looksLikeImage(content)) {
            throw InvalidInputException.of("file", "selection.error.notPhoto");
        }
        var stored = store.store(FOLDER, fileName, content);
        if (photo && !PHOTO_TYPES.contains(stored.contentType())) {
            store.delete(FOLDER, stored.key());
            throw InvalidInputException.of("file", "selection.error.notPhoto");
        }
        String name = cleanName(fileName, stored.key());
        NominationFile f;
        try {
            f = files.save(new NominationFile(id, kind, stored.key(), name, stored.contentType(), stored.size(),
                    cap.isEmpty() ? null : cap, clock.instant()));
        } catch (RuntimeException e) {
            store.delete(FOLDER, stored.key());
            throw e;
        }
        audit.record(FILE_ADDED, "nomination:" + id, kind + " " + f.getId());
        return fileView(f);
    }

    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public void removeFile(long id, long fileId) {
        AccountPrincipal me = me();
        var n = lockedReadable(me, id);
        var c = calls.findById(n.getCallId()).orElseThrow();
        if (!access.mayEdit(me, n, c)) {
            throw InvalidInputException.of("file", "selection.error.notEditable");
        }
        var f = files.findById(fileId).filter(x -> x.getNominationId() == id).orElseThrow(NoSuchElementException::new);
        files.delete(f);
        String key = f.getFileKey();
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        store.delete(FOLDER, key);
                    }
                });
        audit.record(FILE_REMOVED, "nomination:" + id, f.getKind() + " " + f.getId());
    }

    /** 100.00000 is 100: trailing zeros do not count as decimals. */
    private static java.math.BigDecimal plain(java.math.BigDecimal v) {
        var stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** PNG, JPEG, GIF or WebP by their first bytes, whatever the file is called. */
    static boolean looksLikeImage(byte[] c) {
        return starts(c, 0x89, 'P', 'N', 'G') || starts(c, 0xFF, 0xD8, 0xFF) || starts(c, 'G', 'I', 'F', '8')
                || (starts(c, 'R', 'I', 'F', 'F') && c.length > 12 && c[8] == 'W' && c[9] == 'E' && c[10] == 'B'
                        && c[11] == 'P');
    }

    private static boolean starts(byte[] c, int... bytes) {
        if (c.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((c[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name a file is shown under: without any path, characters no text may hold replaced, at most 200
     * characters (whole characters, from the end, so the extension stays).
     */
    static String cleanName(String fileName, String fallback) {
        String name = fileName == null ? "" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        var out = new StringBuilder();
        name.codePoints().forEach(cp -> out.appendCodePoint(
                Checks.forbiddenCharacter(new String(Character.toChars(cp))) >= 0 || Character.isISOControl(cp)
                        ? '_' : cp));
        name = out.toString().strip();
        int count = name.codePointCount(0, name.length());
        if (count > 200) {
            name = name.substring(name.offsetByCodePoints(0, count - 200));
        }
        return name.isEmpty() ? fallback : name;
    }

    /** What a download serves: checked like the page it is on (public for a public case's files). */
    public record Download(String name, String contentType, InputStream content) {}

    @Transactional(readOnly = true)
    public Download open(long nominationId, long fileId) {
        var f = files.findById(fileId).filter(x -> x.getNominationId() == nominationId)
                .orElseThrow(NoSuchElementException::new);
        var n = nominations.findById(nominationId).orElseThrow(NoSuchElementException::new);
        var c = calls.findById(n.getCallId()).orElseThrow();
        // a public case shows its photos; its documents are for the check and the review only
        boolean allowed = f.getKind() == NominationFile.Kind.PHOTO && SelectionAccess.isPublic(n, c.getState());
        boolean blindly = false;
        if (!allowed) {
            var me = AccountPrincipal.current().orElseThrow(NoSuchElementException::new);
            allowed = access.mayRead(me, n);
            if (!allowed && reviewing(me, n)) {
                allowed = true;
                blindly = c.isBlind();
            }
        }
        if (!allowed) {
            throw new NoSuchElementException("file " + fileId);
        }
        try {
            // a blind review names no file: a file's name can name the enterprise
            return new Download(blindly ? neutralName(f) : f.getFileName(), f.getContentType(),
                    store.open(FOLDER, f.getFileKey()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean reviewing(AccountPrincipal me, Nomination n) {
        return me.has(Role.EXPERT) && reviews.findByNominationIdAndExpertId(n.getId(), me.id())
                .filter(a -> access.mayReview(me, a)).isPresent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public NominationDetails details(long id) {
        AccountPrincipal me = me();
        var n = readable(me, id);
        var c = calls.findById(n.getCallId()).orElseThrow();
        var summary = summaries(List.of(n)).getFirst();
        var all = files.findByNominationIdOrderByIdAsc(id);
        var actions = access.actions(me, n, c);
        var history = steps.findByNominationIdOrderByIdAsc(id);
        boolean staff = SelectionAccess.staff(me);
        // the enterprise reads why it was returned or dropped; the reasons given against the ranking (select,
        // decline) are the bureau's; the named provider reads no reasons
        java.util.function.Predicate<String> told = action -> staff || (actions.mine()
                && (action.equals(NominationTransition.RETURN.auditAction())
                        || action.equals(NominationTransition.DROP.auditAction())));
        String lastReasoned = history.stream().filter(s -> s.getReason() != null).reduce((a, b) -> b)
                .map(NominationStep::getAction).orElse("");
        return new NominationDetails(summary, n.toForm(), n.getVersion(),
                told.test(lastReasoned) ? n.getDecisionReason() : null,
                all.stream().filter(f -> f.getKind() == NominationFile.Kind.PHOTO).map(SelectionService::fileView)
                        .toList(),
                all.stream().filter(f -> f.getKind() == NominationFile.Kind.DOCUMENT).map(SelectionService::fileView)
                        .toList(),
                history.stream().map(s -> new StepView(s.getAction(), s.getState(),
                        told.test(s.getAction()) ? s.getReason() : null, s.getAt())).toList(),
                actions.mine(), actions.edit(), actions.transitions(), view(c, staff));
    }

    /** The caller's nominations: its enterprise's, or those naming its provider once submitted. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<NominationSummary> mine() {
        AccountPrincipal me = me();
        if (me.organizationId() == null) {
            return List.of();
        }
        if (me.has(Role.ENTERPRISE)) {
            return summaries(nominations.findByEnterpriseIdOrderByIdDesc(me.organizationId()));
        }
        if (me.has(Role.PROVIDER)) {
            var states = java.util.EnumSet.complementOf(java.util.EnumSet.of(NominationState.DRAFT));
            return summaries(nominations.findByProviderIdAndStateInOrderByIdDesc(me.organizationId(), states)
                    .stream().filter(n -> n.getSubmittedAt() != null).toList());
        }
        return List.of();
    }

    /** A call's nominations for staff: every one once submitted. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public List<NominationSummary> ofCall(long callId) {
        return summaries(nominations.findByCallIdOrderByIdAsc(callId).stream().filter(n -> n.getSubmittedAt() != null)
                .toList());
    }

    // ------------------------------------------------------------------ notice and objections

    /** Anyone signed in objects to a case selected for notice, while the notice runs. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long lodge(long nominationId, @Nullable String grounds) {
        AccountPrincipal me = me();
        var n = nominations.findById(nominationId).orElseThrow(NoSuchElementException::new);
        var c = calls.findById(n.getCallId()).orElseThrow();
        if (!SelectionAccess.isPublic(n, c.getState())) {
            throw new NoSuchElementException("nomination " + nominationId);
        }
        if (c.getState() != CallState.NOTICE || n.getState() != NominationState.SELECTED || c.getNoticeUntil() == null
                || today().isAfter(c.getNoticeUntil())) {
            throw InvalidInputException.of("grounds", "selection.error.noticeOver");
        }
        var problems = new InvalidInputException.Collector();
        String text = Checks.text("grounds", grounds, GROUNDS_MAX, true, problems);
        if (!problems.has("grounds") && Checks.length(text) < GROUNDS_MIN) {
            problems.add("grounds", "selection.error.tooShort", GROUNDS_MIN);
        }
        if (objections.findByAccountIdOrderByIdDesc(me.id()).stream()
                .anyMatch(o -> o.getNominationId() == nominationId && o.getOutcome() == null)) {
            problems.add("grounds", "selection.error.objectionPending");
        }
        problems.throwIfAny();
        var o = objections.save(new Objection(nominationId, me.id(), text, clock.instant()));
        audit.record(OBJECTION_LODGED, "nomination:" + nominationId, "objection " + o.getId());
        publisher.publishEvent(new SelectionNotice(SelectionNotice.Type.OBJECTION_LODGED,
                "selection/call/" + c.getId(), n.getTitle() == null ? "" : n.getTitle(), null, Set.of(), Set.of(),
                true));
        return o.getId();
    }

    /** The bureau records how it handled an objection (a response is always written). */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void handle(long objectionId, @Nullable ObjectionOutcome outcome, @Nullable String response) {
        var o = objections.findLockedById(objectionId).orElseThrow(NoSuchElementException::new);
        var n = nominations.findById(o.getNominationId()).orElseThrow();
        var c = calls.findById(n.getCallId()).orElseThrow();
        var problems = new InvalidInputException.Collector();
        if (o.getOutcome() != null) {
            problems.add("outcome", "selection.error.handled");
        }
        if (c.getState() != CallState.NOTICE) {
            problems.add("outcome", "selection.error.callState");
        }
        if (outcome == null) {
            problems.add("outcome", "validation.required");
        }
        String text = Checks.text("response", response, RESPONSE_MAX, true, problems);
        if (!problems.has("response") && Checks.length(text) < 5) {
            problems.add("response", "selection.error.tooShort", 5);
        }
        problems.throwIfAny();
        o.handle(outcome, text, me().id(), clock.instant());
        audit.record(OBJECTION_HANDLED, "nomination:" + n.getId(), outcome + " objection " + o.getId());
        publisher.publishEvent(new SelectionNotice(SelectionNotice.Type.OBJECTION_HANDLED, "cases/" + n.getId(),
                n.getTitle() == null ? "" : n.getTitle(), text, Set.of(), Set.of(o.getAccountId()), false));
    }

    /** Objections to a call's cases (staff), or the caller's own. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ObjectionView> objections(@Nullable Long callId) {
        AccountPrincipal me = me();
        List<Objection> list;
        if (callId != null) {
            if (!access.mayOversee(me)) {
                throw new NoSuchElementException("call " + callId);
            }
            list = objections.findByNominationIdInOrderByIdAsc(
                    nominations.findByCallIdOrderByIdAsc(callId).stream().map(Nomination::getId).toList());
        } else {
            list = objections.findByAccountIdOrderByIdDesc(me.id());
        }
        var titles = new HashMap<Long, String>();
        nominations.findAllById(list.stream().map(Objection::getNominationId).toList())
                .forEach(n -> titles.put(n.getId(), n.getTitle() == null ? "" : n.getTitle()));
        Map<Long, String> names = new HashMap<>();
        if (access.mayOversee(me)) {
            accounts.recipientsById(list.stream().map(Objection::getAccountId).toList())
                    .forEach(r -> names.put(r.userId(), r.displayName()));
        }
        return list.stream().filter(o -> access.mayReadObjection(me, o))
                .map(o -> new ObjectionView(o.getId(), o.getNominationId(), titles.getOrDefault(o.getNominationId(),
                        ""), names.get(o.getAccountId()), o.getGrounds(), o.getLodgedAt(), o.getOutcome(),
                        o.getResponse(), o.getHandledAt())).toList();
    }

    // ------------------------------------------------------------------ the public showcase

    /** Published cases, newest year first, matching the filter; no sign-in needed. */
    @Transactional(readOnly = true)
    public List<CaseCard> published(CaseFilter filter) {
        var byYear = new HashMap<Long, SelectionCall>();
        calls.findAll().forEach(c -> byYear.put(c.getId(), c));
        if ((filter.ranked() != null && filter.ranked().isEmpty()) || (filter.year() != null
                && byYear.values().stream().noneMatch(c -> c.getYear() == filter.year()))) {
            return List.of();
        }
        Map<Long, Integer> rank = new HashMap<>();
        if (filter.ranked() != null) {
            for (int i = 0; i < filter.ranked().size(); i++) {
                rank.putIfAbsent(filter.ranked().get(i), i);
            }
        }
        org.springframework.data.jpa.domain.Specification<Nomination> spec = (r, q, cb) -> {
            var where = new ArrayList<jakarta.persistence.criteria.Predicate>();
            where.add(cb.equal(r.get("state"), NominationState.PUBLISHED));
            if (filter.year() != null) {
                where.add(r.get("callId").in(byYear.values().stream().filter(c -> c.getYear() == filter.year())
                        .map(SelectionCall::getId).toList()));
            }
            if (filter.industry() != null) {
                where.add(cb.equal(r.get("industry"), filter.industry()));
            }
            if (filter.direction() != null) {
                where.add(cb.isMember(filter.direction(), r.get("directions")));
            }
            if (filter.region() != null) {
                where.add(cb.equal(r.get("region"), filter.region()));
            }
            if (filter.ranked() != null) {
                where.add(r.get("id").in(rank.keySet()));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
        var list = nominations.findAll(spec).stream()
                .sorted(filter.ranked() != null ? java.util.Comparator.comparingInt((Nomination n) -> rank.get(n.getId()))
                        : java.util.Comparator.comparing((Nomination n) -> byYear.get(n.getCallId()).getYear())
                                .reversed().thenComparing(Nomination::getId))
                .toList();
        return cards(list, byYear);
    }

    /** The cases of the selection in public notice (公示), if one is. */
    @Transactional(readOnly = true)
    public List<CaseCard> inNotice() {
        var out = new ArrayList<CaseCard>();
        for (var c : calls.findByStateOrderByYearDesc(CallState.NOTICE)) {
            out.addAll(cards(nominations.findByCallIdAndStateInOrderByIdAsc(c.getId(),
                    Set.of(NominationState.SELECTED)), Map.of(c.getId(), c)));
        }
        return out;
    }

    /** The call in public notice, if one is. */
    @Transactional(readOnly = true)
    public java.util.Optional<CallView> noticeCall() {
        return calls.findByStateOrderByYearDesc(CallState.NOTICE).stream().findFirst().map(c -> view(c, false));
    }

    /** The years with published cases, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> publishedYears() {
        return calls.findAllByOrderByYearDesc().stream().filter(c -> c.getState() == CallState.PUBLISHED)
                .map(SelectionCall::getYear).toList();
    }

    /** One public case's story ("not found" unless published or in notice). */
    @Transactional(readOnly = true)
    public CaseStory story(long id) {
        var n = nominations.findById(id).orElseThrow(NoSuchElementException::new);
        var c = calls.findById(n.getCallId()).orElseThrow();
        if (!SelectionAccess.isPublic(n, c.getState())) {
            throw new NoSuchElementException("case " + id);
        }
        var card = cards(List.of(n), Map.of(c.getId(), c)).getFirst();
        var all = files.findByNominationIdOrderByIdAsc(id);
        return new CaseStory(card, n.getBackground(), n.getWork(),
                all.stream().filter(f -> f.getKind() == NominationFile.Kind.PHOTO).map(SelectionService::fileView)
                        .toList(),
                n.getState() == NominationState.SELECTED, c.getNoticeUntil());
    }

    private List<CaseCard> cards(List<Nomination> list, Map<Long, SelectionCall> callsById) {
        var ids = new HashSet<Long>();
        list.forEach(n -> ids.addAll(n.parties()));
        var names = accounts.organizationNames(ids);
        Map<Long, Long> photo = new HashMap<>();
        if (!list.isEmpty()) {
            files.findByNominationIdInAndKindOrderByIdAsc(list.stream().map(Nomination::getId).toList(),
                    NominationFile.Kind.PHOTO).forEach(f -> photo.putIfAbsent(f.getNominationId(), f.getId()));
        }
        return list.stream().map(n -> new CaseCard(n.getId(), callsById.get(n.getCallId()).getYear(),
                n.getTitle() == null ? "" : n.getTitle(), names.getOrDefault(n.getEnterpriseId(), ""),
                n.getProviderId(), n.getProviderId() == null ? null : names.get(n.getProviderId()), n.getIndustry(),
                n.getRegion(), n.getDirections(), n.getInvestmentWan(), photo.get(n.getId()), teaser(n),
                List.copyOf(n.getResults()))).toList();
    }

    private static String teaser(Nomination n) {
        String s = n.getWork() != null ? n.getWork() : n.getBackground() != null ? n.getBackground() : "";
        s = s.replaceAll("\\s+", " ").strip();
        return s.codePointCount(0, s.length()) <= 120 ? s : s.substring(0, s.offsetByCodePoints(0, 120)) + "…";
    }

    /** For the bureau's dashboard: the year's selected cases (in notice or published) and the number the call wants. */
    public record YearCases(int year, long selected, int target, @Nullable CallState state) {}

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public YearCases yearCases(int year) {
        var call = calls.findByYear(year).orElse(null);
        if (call == null) {
            return new YearCases(year, 0, CallForm.DEFAULT_SELECT, null);
        }
        long selected = nominations.findByCallIdAndStateInOrderByIdAsc(call.getId(), Set.of(NominationState.SELECTED,
                NominationState.PUBLISHED)).size();
        return new YearCases(year, selected, call.getSelectCount(), call.getState());
    }

    // ------------------------------------------------------------------ shared

    /** The nomination under its row lock, read after the lock; "not found" for a reader who may not read it. */
    private Nomination lockedReadable(AccountPrincipal me, long id) {
        return nominations.findLockedById(id).filter(n -> access.mayRead(me, n))
                .orElseThrow(NoSuchElementException::new);
    }

    Nomination readable(AccountPrincipal me, long id) {
        return nominations.findById(id).filter(n -> access.mayRead(me, n)).orElseThrow(NoSuchElementException::new);
    }

    List<NominationSummary> summaries(List<Nomination> list) {
        var ids = new HashSet<Long>();
        list.forEach(n -> ids.addAll(n.parties()));
        var names = accounts.organizationNames(ids);
        Map<Long, Integer> years = new HashMap<>();
        calls.findAllById(list.stream().map(Nomination::getCallId).distinct().toList())
                .forEach(c -> years.put(c.getId(), c.getYear()));
        return list.stream().map(n -> new NominationSummary(n.getId(), n.getCallId(),
                years.getOrDefault(n.getCallId(), 0), n.getTitle() == null ? "" : n.getTitle(), n.getEnterpriseId(),
                names.getOrDefault(n.getEnterpriseId(), ""), n.getProviderId(),
                n.getProviderId() == null ? null : names.get(n.getProviderId()), n.getState(), n.getIndustry(),
                n.getRegion(), n.getUpdatedAt(), n.getSubmittedAt())).toList();
    }

    CallView view(SelectionCall c, boolean staff) {
        return view(c, staff ? counts().getOrDefault(c.getId(), Map.of()) : Map.of());
    }

    private CallView view(SelectionCall c, Map<NominationState, Long> counts) {
        return new CallView(c.getId(), c.getYear(), c.getTitle(), c.getState(), c.getNominationOpens(),
                c.getNominationCloses(), c.getReviewCloses(), c.toForm().noticeDays(), c.getNoticeFrom(),
                c.getNoticeUntil(), c.getSelectCount(), c.getExpertsPerCase(), c.getScoreScale(), c.getSpreadMargin(),
                c.isBlind(), c.isNormalised(), List.copyOf(c.getCriteria()), c.getVersion(), c.nominating(today()),
                counts);
    }

    static FileView fileView(NominationFile f) {
        return new FileView(f.getId(), f.getFileName(), f.getContentType(), f.getSize(), f.getCaption());
    }

    /** What a blind review calls a file: its number and kind, nothing of what the uploader called it. */
    static FileView blindView(NominationFile f) {
        return new FileView(f.getId(), neutralName(f), f.getContentType(), f.getSize(), null);
    }

    static String neutralName(NominationFile f) {
        String name = f.getFileName();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
        return (f.getKind() == NominationFile.Kind.PHOTO ? "photo-" : "document-") + f.getId() + extension;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    private static AccountPrincipal me() {
        return AccountPrincipal.current().orElseThrow();
    }

    /** Published cases after an id, for the search index's rebuild. */
    List<org.jigai.base.PublishedCases.Case> publishedAfter(long afterId, int limit) {
        var page = nominations.findByStateAndIdGreaterThanOrderByIdAsc(NominationState.PUBLISHED, afterId,
                org.springframework.data.domain.Limit.of(limit));
        return indexed(page);
    }

    java.util.Optional<org.jigai.base.PublishedCases.Case> publishedCase(long id) {
        return nominations.findById(id).filter(n -> n.getState() == NominationState.PUBLISHED)
                .map(n -> indexed(List.of(n)).getFirst());
    }

    org.jigai.base.IndexFacts publishedFacts() {
        var all = nominations.findByStateAndIdGreaterThanOrderByIdAsc(NominationState.PUBLISHED, 0,
                org.springframework.data.domain.Limit.unlimited());
        return new org.jigai.base.IndexFacts(all.size(), all.stream().map(Nomination::getUpdatedAt)
                .max(java.util.Comparator.naturalOrder()).orElse(null));
    }

    private List<org.jigai.base.PublishedCases.Case> indexed(List<Nomination> list) {
        Map<Long, Integer> years = new HashMap<>();
        calls.findAllById(list.stream().map(Nomination::getCallId).distinct().toList())
                .forEach(c -> years.put(c.getId(), c.getYear()));
        return list.stream().map(n -> new org.jigai.base.PublishedCases.Case(n.getId(), n.getEnterpriseId(),
                years.getOrDefault(n.getCallId(), 0), n.getTitle() == null ? "" : n.getTitle(),
                String.join("\n", java.util.stream.Stream.concat(java.util.stream.Stream.of(n.getBackground(),
                        n.getWork()), n.getResults().stream().map(CaseFigure::label)).filter(x -> x != null)
                        .toList()), n.getIndustry(), Set.copyOf(n.getDirections()), n.getRegion(),
                n.getUpdatedAt())).toList();
    }

    /** Published cases per provider: what {@link org.jigai.base.PublishedCases} answers. */
    Map<Long, Long> publishedByProvider() {
        Map<Long, Long> out = new LinkedHashMap<>();
        for (Object[] row : nominations.publishedByProvider()) {
            out.put((Long) row[0], (Long) row[1]);
        }
        return out;
    }
}
