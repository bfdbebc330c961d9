package org.jigai.selection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.account.Recipient;
import org.jigai.audit.AuditLog;
import org.jigai.base.Checks;
import org.jigai.base.InvalidInputException;
import org.jigai.engagement.EngagementService;
import org.jigai.selection.SelectionViews.AssignmentBoard;
import org.jigai.selection.SelectionViews.BoardPair;
import org.jigai.selection.SelectionViews.BoardRow;
import org.jigai.selection.SelectionViews.CaseText;
import org.jigai.selection.SelectionViews.Declaration;
import org.jigai.selection.SelectionViews.ExpertLoad;
import org.jigai.selection.SelectionViews.ExpertTotal;
import org.jigai.selection.SelectionViews.OtherReview;
import org.jigai.selection.SelectionViews.RankRow;
import org.jigai.selection.SelectionViews.RankingView;
import org.jigai.selection.SelectionViews.ReviewDetails;
import org.jigai.selection.SelectionViews.ReviewSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The experts' side of the selection: declarations of affiliations and conflicts, the assignment of experts to
 * nominations (by hand or by {@link ExpertAssigner}'s proposal), scoring and abstaining, the {@link Ranking}, and the
 * bureau's selection published for notice. Conflicts are worked out here and nowhere else: an expert may not review
 * a case of an organisation it declared an affiliation or a conflict with, nor of one that had an engagement with an
 * organisation it is affiliated with.
 */
@Service
public class ReviewService {

    public static final int COMMENT_MIN = 5;
    public static final int COMMENT_MAX = 2000;
    public static final int NOTE_MAX = 500;
    public static final String DECLARED = "EXPERT_DECLARATION_SAVED";
    public static final String ASSIGNED = "REVIEW_ASSIGNED";
    public static final String PROPOSED = "REVIEW_PROPOSAL_APPLIED";
    static final String SAME_ORG = "selection.conflict.SAME_ORG";
    static final String DECLARED_CONFLICT = "selection.conflict.DECLARED";
    static final String PAST_ENGAGEMENT = "selection.conflict.PAST_ENGAGEMENT";

    private final SelectionCallRepository calls;
    private final NominationRepository nominations;
    private final NominationFileRepository files;
    private final ReviewAssignmentRepository reviews;
    private final ExpertDeclarationRepository declarations;
    private final SelectionAccess access;
    private final SelectionService selection;
    private final AccountService accounts;
    private final EngagementService engagements;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ReviewService(SelectionCallRepository calls, NominationRepository nominations, NominationFileRepository files,
            ReviewAssignmentRepository reviews, ExpertDeclarationRepository declarations, SelectionAccess access,
            SelectionService selection, AccountService accounts, EngagementService engagements, AuditLog audit,
            ApplicationEventPublisher publisher, Clock clock) {
        this.calls = calls;
        this.nominations = nominations;
        this.files = files;
        this.reviews = reviews;
        this.declarations = declarations;
        this.access = access;
        this.selection = selection;
        this.accounts = accounts;
        this.engagements = engagements;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ declarations

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EXPERT')")
    public Declaration myDeclaration() {
        var d = declarations.findById(me().id()).orElse(null);
        if (d == null) {
            return new Declaration(Map.of(), Map.of(), null, -1);
        }
        var names = accounts.organizationNames(union(d.of(ExpertDeclaration.Relation.AFFILIATION),
                d.of(ExpertDeclaration.Relation.CONFLICT)));
        return new Declaration(named(d.of(ExpertDeclaration.Relation.AFFILIATION), names),
                named(d.of(ExpertDeclaration.Relation.CONFLICT), names), d.getNote(), d.getVersion());
    }

    /** The expert declares its affiliations and conflicts (version -1 for the first declaration). */
    @Transactional
    @PreAuthorize("hasRole('EXPERT')")
    public void declare(long version, Set<Long> affiliations, Set<Long> conflicts, @Nullable String note) {
        AccountPrincipal me = me();
        var problems = new InvalidInputException.Collector();
        String clean = Checks.text("note", note, NOTE_MAX, false, problems);
        var known = accounts.organizationNames(union(affiliations, conflicts)).keySet();
        if (!known.containsAll(affiliations)) {
            problems.add("affiliations", "selection.error.invalid");
        }
        if (!known.containsAll(conflicts)) {
            problems.add("conflicts", "selection.error.invalid");
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        var d = declarations.findById(me.id()).orElse(null);
        if (d == null) {
            d = new ExpertDeclaration(me.id(), now);
            d.apply(affiliations, conflicts, clean.isEmpty() ? null : clean, now);
            declarations.save(d);
        } else {
            if (d.getVersion() != version) {
                throw new OptimisticLockingFailureException("declaration changed since version " + version);
            }
            d.apply(affiliations, conflicts, clean.isEmpty() ? null : clean, now);
        }
        audit.record(DECLARED, "expert:" + me.id(), affiliations.size() + " affiliations, " + conflicts.size()
                + " conflicts");
    }

    /** Organisations (enterprises and providers) whose name contains the text, for declaring (at most 20). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EXPERT')")
    public Map<Long, String> organizationsNamed(String text) {
        var ids = accounts.organizationIdsNamed(text.strip(), 20);
        return accounts.organizationNames(ids);
    }

    /** Expert → nomination → the label key of why it may not review it. */
    Map<Long, Map<Long, String>> conflicts(List<Nomination> list, List<Long> experts) {
        Map<Long, Map<Long, String>> out = new HashMap<>();
        var decl = new HashMap<Long, ExpertDeclaration>();
        declarations.findAllById(experts).forEach(d -> decl.put(d.getAccountId(), d));
        var affiliated = new HashSet<Long>();
        decl.values().forEach(d -> affiliated.addAll(d.of(ExpertDeclaration.Relation.AFFILIATION)));
        var partners = engagements.partners(affiliated);
        for (long e : experts) {
            var d = decl.get(e);
            if (d == null) {
                continue;
            }
            var aff = d.of(ExpertDeclaration.Relation.AFFILIATION);
            var con = d.of(ExpertDeclaration.Relation.CONFLICT);
            var near = new HashSet<Long>();
            aff.forEach(a -> near.addAll(partners.getOrDefault(a, Set.of())));
            for (Nomination n : list) {
                var parties = n.parties();
                String why = parties.stream().anyMatch(aff::contains) ? SAME_ORG
                        : parties.stream().anyMatch(con::contains) ? DECLARED_CONFLICT
                        : parties.stream().anyMatch(near::contains) ? PAST_ENGAGEMENT : null;
                if (why != null) {
                    out.computeIfAbsent(e, k -> new HashMap<>()).put(n.getId(), why);
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ assignment (bureau)

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public AssignmentBoard board(long callId) {
        var c = calls.findById(callId).orElseThrow(NoSuchElementException::new);
        return board(c, Map.of());
    }

    private AssignmentBoard board(SelectionCall c, Map<Long, Integer> shortfall) {
        var list = inReview(c);
        var experts = accounts.experts();
        var expertIds = experts.stream().map(Recipient::userId).toList();
        var names = experts.stream().collect(Collectors.toMap(Recipient::userId, Recipient::displayName));
        var pairs = reviews.findByNominationIdInOrderByIdAsc(list.stream().map(Nomination::getId).toList());
        pairs.stream().filter(a -> !names.containsKey(a.getExpertId())).forEach(a -> names.put(a.getExpertId(),
                accounts.recipientsById(Set.of(a.getExpertId())).stream().findFirst().map(Recipient::displayName)
                        .orElse("#" + a.getExpertId())));
        var conflicts = conflicts(list, expertIds);
        var summaries = selection.summaries(list);
        var rows = new ArrayList<BoardRow>();
        for (int i = 0; i < list.size(); i++) {
            long n = list.get(i).getId();
            var mine = pairs.stream().filter(a -> a.getNominationId() == n)
                    .map(a -> new BoardPair(a.getId(), a.getExpertId(), names.get(a.getExpertId()), a.getState(),
                            a.isPinned(), conflicts.getOrDefault(a.getExpertId(), Map.of()).containsKey(n))).toList();
            Map<Long, String> blocked = new LinkedHashMap<>();
            conflicts.forEach((e, m) -> {
                if (m.containsKey(n)) {
                    blocked.put(e, m.get(n));
                }
            });
            rows.add(new BoardRow(summaries.get(i), mine, blocked));
        }
        var declared = new HashSet<Long>();
        declarations.findAllById(expertIds).forEach(d -> declared.add(d.getAccountId()));
        var loads = experts.stream().map(r -> new ExpertLoad(r.userId(), r.displayName(),
                (int) pairs.stream().filter(a -> a.getExpertId() == r.userId() && counts(a.getState())).count(),
                (int) pairs.stream().filter(a -> a.getExpertId() == r.userId() && a.getState() == ReviewState.PENDING)
                        .count(), declared.contains(r.userId()))).toList();
        return new AssignmentBoard(selection.view(c, true), rows, loads, shortfall);
    }

    private static boolean counts(ReviewState s) {
        return s == ReviewState.PENDING || s == ReviewState.SUBMITTED;
    }

    /**
     * The platform's proposal, applied: every nomination gets the call's number of experts, conflicts, removed pairs
     * and abstentions kept out, the load spread as evenly as possible. It only adds: every pair already made stays (an
     * expert never loses a review it may be scoring); to change one, the bureau removes it. Runs under the call's lock,
     * one after the other with hand assignments and the selection. Returns the board with the nominations still
     * short of experts.
     */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public AssignmentBoard propose(long callId) {
        var c = reviewing(callId);
        var list = inReview(c);
        var experts = accounts.experts().stream().map(Recipient::userId).toList();
        var pairs = reviews.findByNominationIdInOrderByIdAsc(list.stream().map(Nomination::getId).toList());
        var kept = new HashSet<ExpertAssigner.Pair>();
        var blocked = new HashSet<ExpertAssigner.Pair>();
        for (var a : pairs) {
            var pair = new ExpertAssigner.Pair(a.getNominationId(), a.getExpertId());
            if (counts(a.getState())) {
                kept.add(pair);
            } else {
                blocked.add(pair);
            }
        }
        conflicts(list, experts).forEach((e, m) -> m.keySet().forEach(n -> blocked.add(new ExpertAssigner.Pair(n, e))));
        var proposal = ExpertAssigner.propose(new ExpertAssigner.Problem(list.stream().map(Nomination::getId).toList(),
                experts, c.getExpertsPerCase(), kept, blocked));
        Instant now = clock.instant();
        var told = new HashSet<Long>();
        for (var p : proposal.added()) {
            reviews.save(new ReviewAssignment(p.nominationId(), p.expertId(), false, now));
            audit.record(ASSIGNED, "nomination:" + p.nominationId(), "expert " + p.expertId() + " (proposal)");
            told.add(p.expertId());
        }
        audit.record(PROPOSED, "selection-call:" + c.getYear(), proposal.added().size() + " pairs, short "
                + proposal.shortfall());
        if (!told.isEmpty()) {
            publisher.publishEvent(new SelectionNotice(SelectionNotice.Type.REVIEW_ASSIGNED, "selection",
                    c.getTitle(), null, Set.of(), told, false));
        }
        return board(c, proposal.shortfall());
    }

    /** The bureau assigns an expert by hand; refused for a conflicted pair. */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void assign(long nominationId, long expertId) {
        var n = nominations.findById(nominationId).orElseThrow(NoSuchElementException::new);
        var c = reviewing(n.getCallId());
        if (!NominationState.REVIEWED.contains(n.getState())) {
            throw new NoSuchElementException("nomination " + nominationId);
        }
        if (accounts.experts().stream().noneMatch(r -> r.userId() == expertId)) {
            throw InvalidInputException.of("expert", "selection.error.notExpert");
        }
        String conflict = conflicts(List.of(n), List.of(expertId)).getOrDefault(expertId, Map.of()).get(nominationId);
        if (conflict != null) {
            throw InvalidInputException.of("expert", "selection.error.conflict");
        }
        Instant now = clock.instant();
        var existing = reviews.findByNominationIdAndExpertId(nominationId, expertId).orElse(null);
        if (existing != null) {
            existing = reviews.findLockedById(existing.getId()).orElseThrow();
            if (existing.getState() == ReviewState.REMOVED) {
                existing.take(ReviewTransition.REASSIGN, null, now);
                audit.record(ReviewTransition.REASSIGN.auditAction(), "nomination:" + nominationId, "expert "
                        + expertId);
            } else {
                throw InvalidInputException.of("expert", "selection.error.alreadyAssigned");
            }
        } else {
            reviews.save(new ReviewAssignment(nominationId, expertId, true, now));
            audit.record(ASSIGNED, "nomination:" + nominationId, "expert " + expertId);
        }
        publisher.publishEvent(new SelectionNotice(SelectionNotice.Type.REVIEW_ASSIGNED, "selection",
                c.getTitle(), null, Set.of(), Set.of(expertId), false));
    }

    /** The bureau removes a pair not yet scored: the proposal never makes it again. */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void remove(long assignmentId) {
        var seen = reviews.findById(assignmentId).orElseThrow(NoSuchElementException::new);
        var c = reviewing(nominations.findById(seen.getNominationId()).orElseThrow().getCallId());
        var a = reviews.findLockedById(assignmentId).orElseThrow();
        if (!access.mayTake(me(), a, ReviewTransition.REMOVE)) {
            throw InvalidInputException.of("state", "selection.error.reviewState");
        }
        a.take(ReviewTransition.REMOVE, null, clock.instant());
        audit.record(ReviewTransition.REMOVE.auditAction(), "nomination:" + a.getNominationId(), "expert "
                + a.getExpertId());
        publisher.publishEvent(new SelectionNotice(SelectionNotice.Type.REVIEW_REMOVED, "selection", c.getTitle(),
                null, Set.of(), Set.of(a.getExpertId()), false));
    }

    // ------------------------------------------------------------------ reviewing (experts)

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EXPERT')")
    public List<ReviewSummary> myReviews() {
        AccountPrincipal me = me();
        var mine = reviews.findByExpertIdOrderByIdDesc(me.id()).stream().filter(a -> access.mayReview(me, a)).toList();
        var byId = new HashMap<Long, Nomination>();
        nominations.findAllById(mine.stream().map(ReviewAssignment::getNominationId).toList())
                .forEach(n -> byId.put(n.getId(), n));
        var callsById = new HashMap<Long, SelectionCall>();
        calls.findAllById(byId.values().stream().map(Nomination::getCallId).distinct().toList())
                .forEach(c -> callsById.put(c.getId(), c));
        return mine.stream().filter(a -> byId.containsKey(a.getNominationId())).map(a -> {
            var n = byId.get(a.getNominationId());
            var c = callsById.get(n.getCallId());
            return new ReviewSummary(a.getId(), n.getId(), c.getYear(), n.getTitle() == null ? "" : n.getTitle(),
                    a.getState(), c.getReviewCloses(), a.getSubmittedAt());
        }).sorted(Comparator.comparing((ReviewSummary r) -> r.state() != ReviewState.PENDING)
                .thenComparing(ReviewSummary::assignmentId)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EXPERT')")
    public ReviewDetails review(long assignmentId) {
        AccountPrincipal me = me();
        var a = reviews.findById(assignmentId).filter(x -> access.mayReview(me, x))
                .orElseThrow(NoSuchElementException::new);
        var n = nominations.findById(a.getNominationId()).orElseThrow();
        var c = calls.findById(n.getCallId()).orElseThrow();
        var all = files.findByNominationIdOrderByIdAsc(n.getId());
        var names = c.isBlind() ? Map.<Long, String>of() : accounts.organizationNames(n.parties());
        var text = new CaseText(n.getId(), n.getTitle() == null ? "" : n.getTitle(), n.getIndustry(), n.getRegion(),
                Set.copyOf(n.getDirections()), n.getBackground(), n.getWork(), n.getInvestmentWan(),
                List.copyOf(n.getResults()), names.get(n.getEnterpriseId()),
                n.getProviderId() == null ? null : names.get(n.getProviderId()),
                all.stream().filter(f -> f.getKind() == NominationFile.Kind.PHOTO)
                        .map(c.isBlind() ? SelectionService::blindView : SelectionService::fileView).toList(),
                all.stream().filter(f -> f.getKind() == NominationFile.Kind.DOCUMENT)
                        .map(c.isBlind() ? SelectionService::blindView : SelectionService::fileView).toList());
        var others = new ArrayList<OtherReview>();
        if (access.maySeeOthers(me, a)) {
            char alias = 'A';
            for (var o : reviews.findByNominationIdOrderByIdAsc(n.getId())) {
                if (o.getId().equals(a.getId()) || o.getState() == ReviewState.REMOVED) {
                    continue;
                }
                boolean in = o.getState() == ReviewState.SUBMITTED;
                others.add(new OtherReview(String.valueOf(alias++), o.getState(),
                        in ? Ranking.total(values(o), c.getCriteria(), c.getScoreScale()) : null,
                        in ? List.copyOf(o.getScores()) : List.of(), in ? o.getComment() : null,
                        o.getState() == ReviewState.ABSTAINED ? o.getAbstainReason() : null));
            }
        }
        boolean mayScore = a.getState() == ReviewState.PENDING && c.getState() == CallState.REVIEWING
                && !today().isAfter(c.getReviewCloses());
        return new ReviewDetails(a.getId(), a.getVersion(), a.getState(), selection.view(c, false), text,
                List.copyOf(a.getScores()), a.getComment(), a.getAbstainReason(),
                a.getState() == ReviewState.SUBMITTED ? Ranking.total(values(a), c.getCriteria(), c.getScoreScale())
                        : null, others, mayScore);
    }

    /** The expert's scores, one per criterion in the call's order, each with a comment, and an overall comment. */
    @Transactional
    @PreAuthorize("hasRole('EXPERT')")
    public void submit(long assignmentId, long version, List<@Nullable Integer> scores,
            List<@Nullable String> comments, @Nullable String comment) {
        AccountPrincipal me = me();
        var a = ownPending(me, assignmentId, ReviewTransition.SUBMIT);
        if (a.getVersion() != version) {
            throw new OptimisticLockingFailureException("review changed since version " + version);
        }
        var c = calls.findById(nominations.findById(a.getNominationId()).orElseThrow().getCallId()).orElseThrow();
        var problems = new InvalidInputException.Collector();
        var out = new ArrayList<CriterionScore>();
        for (int i = 0; i < c.getCriteria().size(); i++) {
            Integer s = i < scores.size() ? scores.get(i) : null;
            if (s == null) {
                problems.add("score" + i, "validation.required");
            } else if (s < 0 || s > c.getScoreScale()) {
                problems.add("score" + i, "validation.range", 0, c.getScoreScale());
            }
            String text = Checks.text("comment" + i, i < comments.size() ? comments.get(i) : null,
                    CriterionScore.COMMENT_MAX, true, problems);
            if (!problems.has("comment" + i) && Checks.length(text) < 2) {
                problems.add("comment" + i, "selection.error.tooShort", 2);
            }
            out.add(new CriterionScore(s == null ? 0 : s, text));
        }
        String overall = Checks.text("comment", comment, COMMENT_MAX, true, problems);
        if (!problems.has("comment") && Checks.length(overall) < COMMENT_MIN) {
            problems.add("comment", "selection.error.tooShort", COMMENT_MIN);
        }
        problems.throwIfAny();
        a.score(out, overall);
        a.take(ReviewTransition.SUBMIT, null, clock.instant());
        audit.record(ReviewTransition.SUBMIT.auditAction(), "nomination:" + a.getNominationId(), null);
    }

    @Transactional
    @PreAuthorize("hasRole('EXPERT')")
    public void abstain(long assignmentId, @Nullable String reason) {
        AccountPrincipal me = me();
        var a = ownPending(me, assignmentId, ReviewTransition.ABSTAIN);
        var problems = new InvalidInputException.Collector();
        String why = Checks.text("reason", reason, SelectionService.REASON_MAX, true, problems);
        if (!problems.has("reason") && Checks.length(why) < 5) {
            problems.add("reason", "selection.error.tooShort", 5);
        }
        problems.throwIfAny();
        a.take(ReviewTransition.ABSTAIN, why, clock.instant());
        audit.record(ReviewTransition.ABSTAIN.auditAction(), "nomination:" + a.getNominationId(), why);
        var c = calls.findById(nominations.findById(a.getNominationId()).orElseThrow().getCallId()).orElseThrow();
        publisher.publishEvent(new SelectionNotice(SelectionNotice.Type.REVIEW_ABSTAINED, "selection/call/" + c.getId(),
                c.getTitle(), why, Set.of(), Set.of(), true));
    }

    private ReviewAssignment ownPending(AccountPrincipal me, long assignmentId, ReviewTransition t) {
        var seen = reviews.findById(assignmentId).filter(x -> access.mayReview(me, x))
                .orElseThrow(NoSuchElementException::new);
        var a = reviews.findLockedById(seen.getId()).orElseThrow();
        var c = calls.findById(nominations.findById(a.getNominationId()).orElseThrow().getCallId()).orElseThrow();
        if (c.getState() != CallState.REVIEWING || today().isAfter(c.getReviewCloses())) {
            throw InvalidInputException.of("state", "selection.error.reviewClosed");
        }
        if (!access.mayTake(me, a, t)) {
            throw InvalidInputException.of("state", "selection.error.reviewState");
        }
        return a;
    }

    // ------------------------------------------------------------------ ranking and selection (bureau)

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public RankingView ranking(long callId) {
        var c = calls.findById(callId).orElseThrow(NoSuchElementException::new);
        return ranking(c);
    }

    private RankingView ranking(SelectionCall c) {
        var list = inReview(c);
        var pairs = reviews.findByNominationIdInOrderByIdAsc(list.stream().map(Nomination::getId).toList());
        // a score given by an expert who has since declared a conflict with the case does not count
        var conflicted = conflicts(list, pairs.stream().map(ReviewAssignment::getExpertId).distinct().toList());
        var submitted = pairs.stream().filter(a -> a.getState() == ReviewState.SUBMITTED
                && !conflicted.getOrDefault(a.getExpertId(), Map.of()).containsKey(a.getNominationId())).toList();
        var rows = Ranking.rank(list.stream().map(Nomination::getId).toList(),
                submitted.stream().map(a -> new Ranking.Review(a.getNominationId(), a.getExpertId(), values(a)))
                        .toList(), c.getCriteria(), c.getScoreScale(), c.getSpreadMargin());
        var names = new HashMap<Long, String>();
        accounts.recipientsById(pairs.stream().map(ReviewAssignment::getExpertId).collect(Collectors.toSet()))
                .forEach(r -> names.put(r.userId(), r.displayName()));
        var byId = new HashMap<Long, SelectionViews.NominationSummary>();
        selection.summaries(list).forEach(s -> byId.put(s.id(), s));
        var reasons = new HashMap<Long, String>();
        list.forEach(n -> {
            if (n.getDecisionReason() != null && n.getState() != NominationState.PASSED) {
                reasons.put(n.getId(), n.getDecisionReason());
            }
        });
        // only cases with their experts' scores in are proposed, in ranking order
        var complete = rows.stream().filter(r -> r.totals().size() >= CallForm.MIN_EXPERTS)
                .sorted(Comparator.comparingInt(r -> c.isNormalised() ? r.normalisedRank() : r.rank()))
                .map(Ranking.Row::nominationId).limit(c.getSelectCount()).collect(Collectors.toSet());
        var out = new ArrayList<RankRow>();
        for (var r : rows) {
            var totals = r.totals().entrySet().stream()
                    .map(e -> new ExpertTotal(names.getOrDefault(e.getKey(), "#" + e.getKey()), e.getValue()))
                    .toList();
            int pending = (int) pairs.stream().filter(a -> a.getNominationId() == r.nominationId()
                    && a.getState() == ReviewState.PENDING).count();
            out.add(new RankRow(byId.get(r.nominationId()), totals, pending, r.mean(), r.median(), r.spread(),
                    r.disputed(), r.normalisedMean(), r.rank(), r.normalisedRank(), complete.contains(r.nominationId()),
                    reasons.get(r.nominationId()), (int) pairs.stream().filter(a -> a.getNominationId() == r.nominationId()
                            && a.getState() == ReviewState.SUBMITTED && conflicted.getOrDefault(a.getExpertId(),
                                    Map.of()).containsKey(a.getNominationId())).count()));
        }
        out.sort(Comparator.comparingInt(r -> c.isNormalised() ? r.normalisedRank() : r.rank()));
        return new RankingView(selection.view(c, true), out);
    }

    /**
     * The bureau's selection, published for notice: the chosen nominations become SELECTED, the others in review
     * NOT_SELECTED. Every case in review needs {@value CallForm#MIN_EXPERTS} submitted reviews and none still
     * pending; a chosen case outside the ranking's top places, or a top case not chosen, needs a reason (field
     * {@code reason<id>}); at most the call's number of cases.
     */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void publishNotice(long callId, Set<Long> chosen, Map<Long, String> reasons) {
        var c = calls.findLockedById(callId).orElseThrow(NoSuchElementException::new);
        if (c.getState() != CallState.REVIEWING) {
            throw InvalidInputException.of("state", "selection.error.callState");
        }
        var view = ranking(c);
        var problems = new InvalidInputException.Collector();
        // every review done or removed; a case chosen has its experts' scores (one left out may have fewer)
        var pending = view.rows().stream().filter(r -> r.pending() > 0).map(r -> r.nomination().title()).toList();
        if (!pending.isEmpty()) {
            problems.add("state", "selection.error.reviewsPending", String.join("、", pending));
        }
        var short_ = view.rows().stream().filter(r -> chosen.contains(r.nomination().id())
                && r.totals().size() < CallForm.MIN_EXPERTS).map(r -> r.nomination().title()).toList();
        if (!short_.isEmpty()) {
            problems.add("selection", "selection.error.tooFewReviews", String.join("、", short_),
                    CallForm.MIN_EXPERTS);
        }
        var ids = view.rows().stream().map(r -> r.nomination().id()).collect(Collectors.toSet());
        if (!ids.containsAll(chosen)) {
            throw new NoSuchElementException("not in review");
        }
        if (chosen.isEmpty()) {
            problems.add("selection", "selection.error.noneChosen");
        } else if (chosen.size() > c.getSelectCount()) {
            problems.add("selection", "selection.error.tooMany", c.getSelectCount());
        }
        var clean = new HashMap<Long, String>();
        for (var row : view.rows()) {
            long id = row.nomination().id();
            if (row.proposed() != chosen.contains(id)) {
                String why = Checks.text("reason" + id, reasons.get(id), SelectionService.REASON_MAX, true, problems);
                if (!problems.has("reason" + id) && Checks.length(why) < 5) {
                    problems.add("reason" + id, "selection.error.tooShort", 5);
                }
                clean.put(id, why);
            }
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        LocalDate today = today();
        c.take(CallTransition.PUBLISH_NOTICE, today, now);
        audit.record(CallTransition.PUBLISH_NOTICE.auditAction(), "selection-call:" + c.getYear(),
                chosen.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        for (var n : inReview(c)) {
            var locked = nominations.findLockedById(n.getId()).orElseThrow();
            boolean in = chosen.contains(n.getId());
            selection.takeOn(locked, in ? NominationTransition.SELECT : NominationTransition.DECLINE,
                    clean.get(n.getId()), now);
            publisher.publishEvent(new SelectionNotice(in ? SelectionNotice.Type.CASE_SELECTED
                    : SelectionNotice.Type.CASE_NOT_SELECTED, "selection/nomination/" + n.getId(),
                    n.getTitle() == null ? "" : n.getTitle(), String.valueOf(c.getNoticeUntil()),
                    in ? n.parties() : Set.of(n.getEnterpriseId()), Set.of(), false));
        }
    }

    // ------------------------------------------------------------------ shared

    private List<Nomination> inReview(SelectionCall c) {
        return nominations.findByCallIdAndStateInOrderByIdAsc(c.getId(), NominationState.REVIEWED);
    }

    /** The call under its lock, which must be in review: assignments change one after the other. */
    private SelectionCall reviewing(long callId) {
        var c = calls.findLockedById(callId).orElseThrow(NoSuchElementException::new);
        if (c.getState() != CallState.REVIEWING) {
            throw InvalidInputException.of("state", "selection.error.callState");
        }
        return c;
    }

    static List<Integer> values(ReviewAssignment a) {
        return a.getScores().stream().map(CriterionScore::score).toList();
    }

    private LocalDate today() {
        return selection.today();
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        var out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    private static Map<Long, String> named(Set<Long> ids, Map<Long, String> names) {
        Map<Long, String> out = new LinkedHashMap<>();
        ids.stream().sorted().forEach(id -> out.put(id, names.getOrDefault(id, "#" + id)));
        return out;
    }

    private static AccountPrincipal me() {
        return AccountPrincipal.current().orElseThrow();
    }
}
