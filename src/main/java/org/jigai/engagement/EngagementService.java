package org.jigai.engagement;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.account.ContactDetails;
import org.jigai.account.OrganizationInfo;
import org.jigai.account.Role;
import org.jigai.audit.AuditLog;
import org.jigai.base.Checks;
import org.jigai.base.FileStore;
import org.jigai.base.InvalidInputException;
import org.jigai.base.LiveUpdates;
import org.jigai.need.NeedDetails;
import org.jigai.need.NeedService;
import org.jigai.need.Visibility;
import org.jigai.need.NeedSnapshot;
import org.jigai.need.NeedStatus;
import org.jigai.provider.ProviderService;
import org.jigai.provider.ProviderSnapshot;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything done in a collaboration. Each public action takes one transition of {@link Transition}'s table for the
 * caller's side, refuses it otherwise ("not found" when the caller may not see the engagement at all), writes the
 * event row, audits it and publishes {@link EngagementEventRecorded} in the same transaction.
 */
@Service
public class EngagementService {

    public static final int NOTE_MAX = 500;
    public static final int TEXT_MAX = 2000;
    public static final int REASON_MAX = 200;
    public static final int MILESTONES_MAX = 12;
    public static final int INVITE_MAX = 20;
    static final String FOLDER = "engagements";
    /** Audit actions; the transition's name follows the prefix. */
    static final String AUDIT_PREFIX = "ENGAGEMENT_";
    public static final String CONTACTS_REVEALED = "ENGAGEMENT_CONTACTS_REVEALED";
    /** Stands for the enterprise's name in events and notices while an anonymous need keeps it from the provider. */
    public static final String ANONYMOUS = "@anonymous";
    private static final Logger log = LoggerFactory.getLogger(EngagementService.class);
    /** Transitions whose detail is a code or a number (proposal version, closure reason), kept in the audit log. */
    private static final Set<Transition> AUDITED_DETAILS = java.util.EnumSet.of(Transition.SUBMIT_PROPOSAL,
            Transition.ACCEPT_PROPOSAL, Transition.CLOSE, Transition.SHORTLIST, Transition.CONSENT_CONTACTS);

    private final EngagementRepository engagements;
    private final EngagementEventRepository events;
    private final MessageRepository messages;
    private final ReadMarkRepository reads;
    private final EngagementFileRepository files;
    private final ProposalRepository proposals;
    private final MilestoneRepository milestones;
    private final RatingRepository ratings;
    private final EngagementAccess access;
    private final NeedService needs;
    private final ProviderService providers;
    private final AccountService accounts;
    private final AuditLog audit;
    private final FileStore store;
    private final LiveUpdates live;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final org.jigai.base.PoolMembership pool;
    private final org.springframework.transaction.PlatformTransactionManager transactionManager;
    private final Duration autoApproveAfter;
    private final Duration remindBefore;
    private final Duration ratingBlindPeriod;

    EngagementService(EngagementRepository engagements, EngagementEventRepository events, MessageRepository messages,
            ReadMarkRepository reads, EngagementFileRepository files, ProposalRepository proposals,
            MilestoneRepository milestones, RatingRepository ratings, EngagementAccess access, NeedService needs,
            ProviderService providers, AccountService accounts, AuditLog audit, FileStore store, LiveUpdates live,
            ApplicationEventPublisher publisher, Clock clock, org.jigai.base.PoolMembership pool,
            org.springframework.transaction.PlatformTransactionManager transactionManager,
            @Value("${jigai.engagement.auto-approve-days:14}") int autoApproveDays,
            @Value("${jigai.engagement.reminder-days:3}") int reminderDays,
            @Value("${jigai.engagement.rating-blind-days:14}") int ratingBlindDays) {
        this.pool = pool;
        this.engagements = engagements;
        this.events = events;
        this.messages = messages;
        this.reads = reads;
        this.files = files;
        this.proposals = proposals;
        this.milestones = milestones;
        this.ratings = ratings;
        this.access = access;
        this.needs = needs;
        this.providers = providers;
        this.accounts = accounts;
        this.audit = audit;
        this.store = store;
        this.live = live;
        this.publisher = publisher;
        this.clock = clock;
        this.transactionManager = transactionManager;
        this.autoApproveAfter = Duration.ofDays(autoApproveDays);
        this.remindBefore = Duration.ofDays(reminderDays);
        this.ratingBlindPeriod = Duration.ofDays(ratingBlindDays);
    }

    // ------------------------------------------------------------------ starting

    /**
     * The enterprise invites providers to quote for its open need; providers already in an engagement on it are
     * skipped. Returns the engagements created, in the order given.
     */
    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public List<Long> invite(long needId, Collection<Long> providerIds, @Nullable String note) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        NeedDetails need = needs.details(needId);
        if (!need.mine()) {
            throw new NoSuchElementException();
        }
        var problems = new InvalidInputException.Collector();
        String cleanNote = Checks.text("note", note, NOTE_MAX, false, problems);
        if (!NeedStatus.OPEN.contains(need.status()) || need.hidden()) {
            problems.add("need", "engagement.error.needNotOpen");
        }
        var ids = new LinkedHashSet<>(providerIds);
        if (ids.isEmpty()) {
            problems.add("providerIds", "engagement.error.noProvider");
        } else if (ids.size() > INVITE_MAX) {
            problems.add("providerIds", "engagement.error.tooManyProviders", INVITE_MAX);
        }
        problems.throwIfAny();
        Map<Long, OrganizationInfo> orgs = accounts.organizations(ids);
        for (long id : ids) {
            var org = orgs.get(id);
            var profile = providers.snapshot(id);
            if (org == null || org.type() != Role.PROVIDER || profile.isEmpty() || profile.get().hidden()) {
                throw InvalidInputException.of("providerIds", "engagement.error.unknownProvider", id);
            }
            // a need offered to pool members only is not shown to anyone else, invitations included
            if (need.visibility() == Visibility.POOL_MEMBERS && !pool.member(id, pool.today())) {
                throw InvalidInputException.of("providerIds", "engagement.error.notPoolMember", org.name());
            }
        }
        List<Long> created = new ArrayList<>();
        Instant now = clock.instant();
        for (long providerId : ids) {
            if (live(needId, providerId).isPresent()) {
                continue;
            }
            var e = engagements.save(new Engagement(needId, me.organizationId(), providerId, Side.ENTERPRISE,
                    cleanNote.isEmpty() ? null : cleanNote, now));
            record(e, Transition.INVITE, Side.ENTERPRISE, me.id(), cleanNote.isEmpty() ? null : cleanNote);
            needs.revealOwnerTo(needId, providerId);
            created.add(e.getId());
        }
        return created;
    }

    /** A provider tells the enterprise behind a published need it can help, with a short note. */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public long expressInterest(long needId, @Nullable String note) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        NeedDetails need = needs.details(needId); // "not found" unless this provider may read it
        var problems = new InvalidInputException.Collector();
        String cleanNote = Checks.text("note", note, NOTE_MAX, true, problems);
        if (!NeedStatus.OPEN.contains(need.status()) || need.hidden()) {
            problems.add("need", "engagement.error.needNotOpen");
        }
        problems.throwIfAny();
        if (!interestAllowed(needId, me.organizationId())) {
            throw InvalidInputException.of("need", "engagement.error.alreadyEngaged");
        }
        var profile = providers.snapshot(me.organizationId());
        if (profile.isEmpty() || profile.get().hidden()) {
            throw InvalidInputException.of("note", "engagement.error.noProfile");
        }
        var e = engagements.save(new Engagement(needId, need.organizationId(), me.organizationId(), Side.PROVIDER,
                cleanNote, clock.instant()));
        record(e, Transition.EXPRESS_INTEREST, Side.PROVIDER, me.id(), cleanNote);
        return e.getId();
    }

    /** The invited provider, or the enterprise a provider approached, accepts: the engagement becomes active. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void accept(long id) {
        Party p = party(id);
        Transition t = p.engagement.getState() == EngagementState.INVITED ? Transition.ACCEPT_INVITATION
                : Transition.ACCEPT_INTEREST;
        take(p, t, null);
        needs.revealOwnerTo(p.engagement.getNeedId(), p.engagement.getProviderId());
        needs.progress(p.engagement.getNeedId(), NeedStatus.IN_NEGOTIATION);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void decline(long id, @Nullable String reason) {
        Party p = party(id);
        String clean = reason(reason);
        Transition t = p.engagement.getState() == EngagementState.INVITED ? Transition.DECLINE_INVITATION
                : Transition.DECLINE_INTEREST;
        take(p, t, clean);
        p.engagement.end(clean);
    }

    /** The side that started it takes its invitation or interest back before the other answered. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void withdraw(long id) {
        Party p = party(id);
        Transition t = p.engagement.getState() == EngagementState.INVITED ? Transition.WITHDRAW_INVITATION
                : Transition.WITHDRAW_INTEREST;
        take(p, t, null);
    }

    // ------------------------------------------------------------------ contact by mutual consent

    /** One side agrees to exchange contact details; when the second agrees, both see each other's at once. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public boolean consentToContacts(long id) {
        Party p = party(id);
        check(p, Transition.CONSENT_CONTACTS);
        boolean revealed = p.engagement.consent(p.side, clock.instant());
        record(p.engagement, Transition.CONSENT_CONTACTS, p.side, p.me.id(), revealed ? "revealed" : null);
        if (revealed) {
            audit.record(CONTACTS_REVEALED, target(p.engagement), null);
        }
        return revealed;
    }

    // ------------------------------------------------------------------ conversation

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MessageView send(long id, @Nullable String text, @Nullable String fileName, byte @Nullable [] content) {
        Party p = party(id);
        check(p, Transition.SEND_MESSAGE);
        var problems = new InvalidInputException.Collector();
        String clean = Checks.text("text", text, TEXT_MAX, content == null, problems);
        problems.throwIfAny();
        Long fileId = content == null ? null : storeFile(p, fileName, content, "file");
        var saved = messages.save(new Message(id, p.me.id(), p.side, clean, fileId, clock.instant()));
        advanceRead(id, p.side, saved.getId());
        p.engagement.touch(clock.instant());
        publish(p.engagement, Transition.SEND_MESSAGE, p.side, p.me.id(), cut(clean, 100));
        live.signalAfterCommit(LiveUpdates.conversation(id));
        return messageView(saved, p.side, Map.of(p.me.id(), p.me.displayName()), 0, fileRefs(List.of(saved)));
    }

    /** A page of the conversation, newest first (the page is what the REST API returns). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<MessageView> messages(long id, Pageable pageable) {
        Party p = wholeReader(id);
        var page = messages.findByEngagementIdOrderByIdDesc(id, pageable);
        return page.map(viewer(p, page.getContent()));
    }

    /** The messages after {@code afterId}, oldest first: what an open conversation appends. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MessageView> messagesAfter(long id, long afterId) {
        Party p = wholeReader(id);
        var found = messages.findByEngagementIdAndIdGreaterThanOrderByIdAsc(id, afterId);
        return found.stream().map(viewer(p, found)).toList();
    }

    /** How far the other side has read the conversation (the id of the last message it has seen), for read receipts. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long readByOtherSide(long id) {
        Party p = wholeReader(id);
        return p.side == Side.BUREAU ? 0 : lastRead(id, p.side.other());
    }

    /** The latest transition's id: pages redraw proposals, milestones, ratings and history only when it changes. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long lastEventId(long id) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        readable(me, id);
        return events.findFirstByEngagementIdOrderByIdDesc(id).map(EngagementEvent::getId).orElse(0L);
    }

    /** The reader's side has read the conversation up to its latest message (read receipts, unread counts). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markRead(long id) {
        // no row lock: a read mark only moves forward, and every open page of the engagement calls this on each message
        Party p = reader(id);
        messages.findFirstByEngagementIdOrderByIdDesc(id).ifPresent(last -> {
            if (advanceRead(id, p.side, last.getId())) {
                live.signalAfterCommit(LiveUpdates.conversation(id));
                for (var r : accounts.recipients(p.engagement.partyOf(p.side))) {
                    live.signalAfterCommit(LiveUpdates.user(r.userId()));
                }
            }
        });
    }

    /** Unread messages from the other side across all the reader's engagements. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long unreadMessages() {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        long unread = 0;
        for (Engagement e : engagements.findAll(access.mine(me))) {
            Side side = access.side(me, e);
            if (side != null) {
                unread += unread(e.getId(), side);
            }
        }
        return unread;
    }

    // ------------------------------------------------------------------ proposals

    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public ProposalView submitProposal(long id, ProposalForm form, @Nullable String fileName,
            byte @Nullable [] content) {
        Party p = party(id);
        check(p, Transition.SUBMIT_PROPOSAL);
        checkProposal(form);
        var previous = proposals.findFirstByEngagementIdOrderByNumberDesc(id);
        previous.filter(x -> x.getStatus() == ProposalStatus.SUBMITTED)
                .ifPresent(x -> x.decide(ProposalStatus.SUPERSEDED, null));
        int number = previous.map(x -> x.getNumber() + 1).orElse(1);
        Long fileId = content == null ? null : storeFile(p, fileName, content, "file");
        var saved = proposals.save(new Proposal(id, number, form, fileId, clock.instant()));
        record(p.engagement, Transition.SUBMIT_PROPOSAL, Side.PROVIDER, p.me.id(), String.valueOf(number));
        return proposalView(saved);
    }

    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public void withdrawProposal(long id) {
        Party p = party(id);
        check(p, Transition.WITHDRAW_PROPOSAL);
        current(id).decide(ProposalStatus.WITHDRAWN, null);
        record(p.engagement, Transition.WITHDRAW_PROPOSAL, Side.PROVIDER, p.me.id(), null);
    }

    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public void shortlist(long id, boolean on) {
        Party p = party(id);
        check(p, Transition.SHORTLIST);
        p.engagement.shortlist(on, clock.instant());
        record(p.engagement, Transition.SHORTLIST, Side.ENTERPRISE, p.me.id(), on ? "on" : "off");
    }

    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public void declineProposal(long id, @Nullable String reason) {
        Party p = party(id);
        check(p, Transition.DECLINE_PROPOSAL);
        String clean = reason(reason);
        current(id).decide(ProposalStatus.DECLINED, clean);
        record(p.engagement, Transition.DECLINE_PROPOSAL, Side.ENTERPRISE, p.me.id(), clean);
    }

    /**
     * The enterprise accepts a provider's current proposal: the engagement is signed on it, its milestones start,
     * the need becomes CONTRACTED and every other open engagement of the need closes with a notice.
     */
    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public void acceptProposal(long id, long proposalId) {
        Party p = party(id);
        check(p, Transition.ACCEPT_PROPOSAL);
        Proposal proposal = proposals.findById(proposalId).filter(x -> x.getEngagementId() == id)
                .orElseThrow(() -> InvalidInputException.of("proposal", "proposal.error.notCurrent"));
        proposal.decide(ProposalStatus.ACCEPTED, null);
        take(p, Transition.ACCEPT_PROPOSAL, String.valueOf(proposal.getNumber()));
        p.engagement.signedFor(proposal.getPriceWan());
        int position = 1;
        for (PlannedMilestone m : proposal.getMilestones()) {
            milestones.save(new Milestone(id, position++, m));
        }
        needs.progress(p.engagement.getNeedId(), NeedStatus.CONTRACTED);
        for (Engagement other : engagements.findByNeedIdAndStateIn(p.engagement.getNeedId(), EngagementState.OPEN)) {
            if (!other.getId().equals(p.engagement.getId())) {
                close(other, "signedWithAnother");
            }
        }
    }

    // ------------------------------------------------------------------ milestones

    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public void submitMilestone(long id, long milestoneId, @Nullable String note, @Nullable String fileName,
            byte @Nullable [] content) {
        Party p = party(id);
        check(p, Transition.SUBMIT_MILESTONE);
        var problems = new InvalidInputException.Collector();
        String clean = Checks.text("note", note, 1000, true, problems);
        problems.throwIfAny();
        Milestone m = milestone(id, milestoneId);
        Long fileId = content == null ? null : storeFile(p, fileName, content, "file");
        m.submit(clean, fileId, clock.instant(), autoApproveAfter);
        record(p.engagement, Transition.SUBMIT_MILESTONE, Side.PROVIDER, p.me.id(), m.getName());
    }

    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public void approveMilestone(long id, long milestoneId) {
        Party p = party(id);
        check(p, Transition.APPROVE_MILESTONE);
        Milestone m = milestone(id, milestoneId);
        m.approve(clock.instant(), false);
        record(p.engagement, Transition.APPROVE_MILESTONE, Side.ENTERPRISE, p.me.id(), m.getName());
        completeIfDone(p.engagement);
    }

    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public void requestChanges(long id, long milestoneId, @Nullable String request) {
        Party p = party(id);
        check(p, Transition.REQUEST_CHANGES);
        var problems = new InvalidInputException.Collector();
        String clean = Checks.text("request", request, NOTE_MAX, true, problems);
        problems.throwIfAny();
        Milestone m = milestone(id, milestoneId);
        m.requestChanges(clean);
        record(p.engagement, Transition.REQUEST_CHANGES, Side.ENTERPRISE, p.me.id(), m.getName() + ": " + clean);
    }

    /** Either side ends an active or signed engagement before completion, with a reason. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void cancel(long id, @Nullable String reason) {
        Party p = party(id);
        String clean = reason(reason);
        boolean wasSigned = p.engagement.getState() == EngagementState.SIGNED;
        take(p, Transition.CANCEL, clean);
        p.engagement.end(clean);
        proposals.findFirstByEngagementIdOrderByNumberDesc(id).filter(x -> x.getStatus() == ProposalStatus.SUBMITTED)
                .ifPresent(x -> x.decide(ProposalStatus.WITHDRAWN, null));
        reopenIfNoTalks(p.engagement.getNeedId(), wasSigned);
    }

    // ------------------------------------------------------------------ ratings

    /** Scores 1–5: the enterprise rates quality, timeliness, value; the provider clarity, cooperation, payment. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void rate(long id, int @Nullable [] scores, @Nullable String comment) {
        Party p = party(id);
        check(p, Transition.RATE);
        var problems = new InvalidInputException.Collector();
        for (int i = 0; i < 3; i++) {
            if (scores == null || scores.length != 3 || scores[i] < 1 || scores[i] > 5) {
                problems.add("score" + (i + 1), "rating.error.score");
            }
        }
        String clean = Checks.text("comment", comment, NOTE_MAX, false, problems);
        problems.throwIfAny();
        if (ratings.findByEngagementIdAndRaterSide(id, p.side).isPresent()) {
            throw InvalidInputException.of("rating", "rating.error.alreadyRated");
        }
        Instant now = clock.instant();
        // double-blind: no rating once the other side's is shown or the blind period is over
        if (p.engagement.getCompletedAt() != null && !now.isBefore(p.engagement.getCompletedAt().plus(ratingBlindPeriod))
                || ratings.findByEngagementIdAndRaterSide(id, p.side.other()).map(Rating::isVisible).orElse(false)) {
            throw InvalidInputException.of("rating", "rating.error.closed");
        }
        ratings.save(new Rating(id, p.side, p.engagement.partyOf(p.side.other()), scores, clean.isEmpty() ? null : clean,
                now));
        record(p.engagement, Transition.RATE, p.side, p.me.id(), null);
        var both = ratings.findByEngagementId(id);
        if (both.size() == 2) {
            showRatings(p.engagement, both, now);
        }
    }

    /** The rated side answers a visible rating once, in public. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void reply(long id, @Nullable String text) {
        Party p = party(id);
        check(p, Transition.REPLY_TO_RATING);
        var problems = new InvalidInputException.Collector();
        String clean = Checks.text("reply", text, NOTE_MAX, true, problems);
        problems.throwIfAny();
        Rating rating = ratings.findByEngagementIdAndRaterSide(id, p.side.other())
                .orElseThrow(() -> InvalidInputException.of("reply", "rating.error.notVisible"));
        rating.reply(clean, clock.instant());
        record(p.engagement, Transition.REPLY_TO_RATING, p.side, p.me.id(), null);
    }

    /** The visible ratings an organisation received from the other kind of party, averaged (everyone signed in). */
    @Transactional(readOnly = true)
    public RatingSummary ratingsOf(long organizationId, Side raterSide) {
        var rows = ratings.averages(organizationId, raterSide);
        if (rows.isEmpty() || rows.getFirst()[0] == null || ((Number) rows.getFirst()[0]).longValue() == 0) {
            return RatingSummary.NONE;
        }
        Object[] r = rows.getFirst();
        return new RatingSummary(((Number) r[0]).longValue(), ((Number) r[1]).doubleValue(),
                ((Number) r[2]).doubleValue(), ((Number) r[3]).doubleValue());
    }

    /** A provider's track record: visible ratings from enterprises (count, average overall score) and completions. */
    public record TrackRecord(long ratings, double average, long completed) {}

    /** The track record of every provider that has ratings or completed engagements, for the ranking's standing. */
    @Transactional(readOnly = true)
    public Map<Long, TrackRecord> trackRecords() {
        Map<Long, TrackRecord> records = new HashMap<>();
        for (Object[] row : ratings.overallByRated(Side.ENTERPRISE)) {
            records.put((Long) row[0], new TrackRecord(((Number) row[1]).longValue(), ((Number) row[2]).doubleValue(), 0));
        }
        for (Object[] row : engagements.completedByProvider()) {
            long id = (Long) row[0];
            var r = records.getOrDefault(id, new TrackRecord(0, 0, 0));
            records.put(id, new TrackRecord(r.ratings(), r.average(), ((Number) row[1]).longValue()));
        }
        return records;
    }

    /**
     * For conflicts of interest: each of these organisations → the organisations it had an engagement with past first
     * contact (accepted, whatever came after). Reads no caller; the selection module asks about the organisations its
     * experts declared.
     */
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> partners(Collection<Long> organizationIds) {
        Map<Long, Set<Long>> out = new java.util.HashMap<>();
        if (organizationIds.isEmpty()) {
            return out;
        }
        for (Object[] row : engagements.pairsInvolving(organizationIds)) {
            long enterprise = (Long) row[0];
            long provider = (Long) row[1];
            if (organizationIds.contains(enterprise)) {
                out.computeIfAbsent(enterprise, k -> new java.util.HashSet<>()).add(provider);
            }
            if (organizationIds.contains(provider)) {
                out.computeIfAbsent(provider, k -> new java.util.HashSet<>()).add(enterprise);
            }
        }
        return out;
    }

    /** Completed engagements of a provider, for its standing. */
    @Transactional(readOnly = true)
    public long completedEngagements(long providerId) {
        return engagements.countByProviderIdAndState(providerId, EngagementState.COMPLETED);
    }

    // ------------------------------------------------------------------ reports to the bureau

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void report(long id, @Nullable String reason) {
        Party p = party(id);
        check(p, Transition.REPORT);
        var problems = new InvalidInputException.Collector();
        String clean = Checks.text("reason", reason, NOTE_MAX, true, problems);
        problems.throwIfAny();
        p.engagement.report(clean, clock.instant());
        record(p.engagement, Transition.REPORT, p.side, p.me.id(), clean);
    }

    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void handleReport(long id, @Nullable String handling) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        readable(me, id);
        Engagement e = engagements.findLockedById(id).orElseThrow(NoSuchElementException::new);
        if (!access.allowed(me, e).contains(Transition.HANDLE_REPORT)) {
            throw InvalidInputException.of("handling", "engagement.error.noOpenReport");
        }
        var problems = new InvalidInputException.Collector();
        String clean = Checks.text("handling", handling, NOTE_MAX, true, problems);
        problems.throwIfAny();
        e.handleReport(clean, clock.instant());
        record(e, Transition.HANDLE_REPORT, Side.BUREAU, me.id(), clean);
    }

    // ------------------------------------------------------------------ timers

    @Scheduled(cron = "${jigai.engagement.timer-cron:0 */10 * * * *}", zone = "Asia/Shanghai")
    public void runTimers() {
        runTimers(clock.instant());
    }

    /**
     * The timed transitions at {@code now}: reminders before automatic approval, automatic approval of milestones
     * left unanswered, and ratings shown when the blind period has passed. Each engagement in a transaction of its own
     * (its row locked), so that one that fails is logged and retried next time without holding up the others.
     * Returns how many transitions it took.
     */
    public int runTimers(Instant now) {
        var separate = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        separate.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        Set<Long> due = new java.util.TreeSet<>();
        separate.executeWithoutResult(status -> {
            milestones.findByStateAndAutoApproveAtBefore(MilestoneState.SUBMITTED, now.plus(remindBefore).plusMillis(1))
                    .forEach(m -> due.add(m.getEngagementId()));
            ratings.findByVisibleAtIsNullAndCreatedAtBefore(now.plusMillis(1)).forEach(r -> due.add(r.getEngagementId()));
        });
        int taken = 0;
        for (long id : due) {
            try {
                Integer done = separate.execute(status -> timersOf(id, now));
                taken += done == null ? 0 : done;
            } catch (RuntimeException e) {
                log.error("timed transitions of engagement {} failed; they are retried at the next run", id, e);
            }
        }
        if (taken > 0) {
            log.info("{} timed engagement transitions", taken);
        }
        return taken;
    }

    private int timersOf(long id, Instant now) {
        Engagement e = engagements.findLockedById(id).orElseThrow();
        int taken = 0;
        if (e.getState() == EngagementState.SIGNED) {
            for (Milestone m : milestones.findByEngagementIdOrderByPosition(id)) {
                if (m.autoApprovalDue(now)) {
                    m.approve(now, true);
                    recordAt(e, Transition.AUTO_APPROVE_MILESTONE, Side.SYSTEM, null, m.getName(), now);
                    taken++;
                } else if (m.reminderDue(now, remindBefore)) {
                    m.reminded(now);
                    recordAt(e, Transition.REMIND_AUTO_APPROVAL, Side.SYSTEM, null, m.getName(), now);
                    taken++;
                }
            }
            if (taken > 0) {
                completeIfDone(e);
            }
        }
        var hidden = ratings.findByEngagementId(id).stream().filter(r -> !r.isVisible()).toList();
        if (!hidden.isEmpty() && e.getCompletedAt() != null
                && !now.isBefore(e.getCompletedAt().plus(ratingBlindPeriod))) {
            showRatings(e, hidden, now);
            taken++;
        }
        return taken;
    }

    /** A need closed by its enterprise closes its open engagements, each with a notice to its provider. */
    @EventListener
    void onNeedChanged(org.jigai.need.NeedChanged event) {
        var need = needs.snapshot(event.needId()).orElse(null);
        if (need == null || need.status() != NeedStatus.CLOSED) {
            return;
        }
        for (Engagement e : engagements.findByNeedIdAndStateIn(need.id(), EngagementState.OPEN)) {
            close(e, "needClosed");
        }
    }

    // ------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public EngagementDetails details(long id) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Engagement e = readable(me, id);
        Side side = access.side(me, e);
        boolean whole = access.mayReadWhole(me, e);
        boolean contacts = access.mayReadContacts(me, e);
        var summary = summaries(List.of(e), me).getFirst();
        String endReason = whole || isCode(e.getEndReason()) ? e.getEndReason() : null;
        return new EngagementDetails(summary, whole ? e.getNote() : null, endReason, whole,
                side != null && e.consented(side), side != null && e.consented(side.other()), e.getRevealedAt(),
                contacts ? enterpriseContacts(e) : null, contacts ? providerContacts(e) : null, access.allowed(me, e),
                e.getReportedAt(), whole ? e.getReportReason() : null, e.getReportHandling());
    }

    /** The reader's engagements as a party, latest change first; {@code states} empty for all. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ENTERPRISE','PROVIDER')")
    public Page<EngagementSummary> mine(Set<EngagementState> states, Pageable pageable) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Specification<Engagement> spec = access.mine(me).and(inStates(states));
        var page = engagements.findAll(spec, sorted(pageable));
        return new org.springframework.data.domain.PageImpl<>(summaries(page.getContent(), me), page.getPageable(),
                page.getTotalElements());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ENTERPRISE','PROVIDER')")
    public long countMine(Set<EngagementState> states) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        return engagements.count(access.mine(me).and(inStates(states)));
    }

    /** Every engagement's facts for the bureau's statistics, latest change first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public Page<EngagementSummary> facts(Set<EngagementState> states, boolean reportedOnly, Pageable pageable) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Specification<Engagement> spec = access.readable(me).and(inStates(states)).and(reported(reportedOnly));
        var page = engagements.findAll(spec, sorted(pageable));
        return new org.springframework.data.domain.PageImpl<>(summaries(page.getContent(), me), page.getPageable(),
                page.getTotalElements());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public long countFacts(Set<EngagementState> states, boolean reportedOnly) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        return engagements.count(access.readable(me).and(inStates(states)).and(reported(reportedOnly)));
    }

    /** The engagements of one of the reader's own needs (the enterprise), oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ENTERPRISE')")
    public List<EngagementSummary> forNeed(long needId) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        if (!needs.details(needId).mine()) {
            throw new NoSuchElementException();
        }
        return summaries(engagements.findByNeedIdOrderByCreatedAt(needId), me);
    }

    /** The reader's engagement with the need, as a provider, if any. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PROVIDER')")
    public java.util.Optional<Long> myEngagementFor(long needId) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        return engagements.findByNeedIdAndProviderIdOrderByIdDesc(needId, me.organizationId()).stream().findFirst()
                .map(Engagement::getId);
    }

    /**
     * Whether the reader, a provider, may express interest in the need again: nothing is going on between them and the
     * enterprise has not declined it (an engagement closed by another signature, cancelled or withdrawn does not stop
     * a new one).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PROVIDER')")
    public boolean mayExpressInterest(long needId) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        return interestAllowed(needId, me.organizationId());
    }

    /** The providers a need's enterprise has already engaged, so the invitation lists can say so. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ENTERPRISE')")
    public Set<Long> engagedProviders(long needId) {
        return Set.copyOf(forNeed(needId).stream().filter(s -> !EngagementState.ENDED.contains(s.state()))
                .map(EngagementSummary::providerId).toList());
    }

    /** The current proposals of one of the enterprise's needs side by side, cheapest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ENTERPRISE')")
    public List<ComparisonRow> compare(long needId) {
        List<ComparisonRow> rows = new ArrayList<>();
        for (EngagementSummary s : forNeed(needId)) {
            var latest = proposals.findFirstByEngagementIdOrderByNumberDesc(s.id()).orElse(null);
            if (latest == null || latest.getStatus() == ProposalStatus.WITHDRAWN) {
                continue;
            }
            var ms = latest.getMilestones();
            long published = providers.snapshot(s.providerId()).map(ProviderSnapshot::publishedSolutions).orElse(0L);
            rows.add(new ComparisonRow(s.id(), s.providerId(), s.providerName(), s.state(), s.shortlisted(),
                    latest.getNumber(), latest.getStatus(), latest.getPriceWan(), latest.getDurationDays(),
                    ms.isEmpty() ? null : ms.getFirst().name(), ms.isEmpty() ? null : ms.getFirst().dueDate(),
                    ms.isEmpty() ? null : ms.getLast().name(), ms.isEmpty() ? null : ms.getLast().dueDate(), published,
                    ratingsOf(s.providerId(), Side.ENTERPRISE), completedEngagements(s.providerId())));
        }
        rows.sort(java.util.Comparator.comparing(ComparisonRow::priceWan));
        return rows;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ProposalView> proposals(long id) {
        wholeReader(id);
        return proposals.findByEngagementIdOrderByNumberDesc(id).stream().map(this::proposalView).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MilestoneView> milestones(long id) {
        wholeReader(id);
        var list = milestones.findByEngagementIdOrderByPosition(id);
        Map<Long, FileRef> refs = fileRefs(list.stream().map(Milestone::getFileId).toList());
        return list.stream().map(m -> new MilestoneView(m.getId(), m.getPosition(), m.getName(), m.getDeliverable(),
                m.getDueDate(), m.getSharePercent(), m.getState(), m.getDeliveryNote(), m.getChangeRequest(),
                m.getSubmittedAt(), m.getAutoApproveAt(), m.getApprovedAt(), m.isAutoApproved(),
                m.getFileId() == null ? null : refs.get(m.getFileId()))).toList();
    }

    /** The transitions taken so far, oldest first; the bureau sees them as facts (no free text) unless reported. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> history(long id) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Engagement e = readable(me, id);
        boolean whole = access.mayReadWhole(me, e);
        Side side = access.side(me, e);
        var list = events.findByEngagementIdOrderByIdAsc(id).stream()
                // the shortlist is the enterprise's own note
                .filter(x -> x.getTransition() != Transition.SHORTLIST || side == Side.ENTERPRISE).toList();
        Map<Long, String> names = userNames(list.stream().map(EngagementEvent::getActorId).toList());
        if (side != null && e.getRevealedAt() == null) {
            // until contacts are exchanged, the other side's people are shown by their organisation's name
            String otherName = otherPartyName(e, side);
            list.forEach(x -> {
                if (x.getActorId() != null && x.getSide() == side.other()) {
                    names.put(x.getActorId(), otherName);
                }
            });
        }
        return list.stream().map(x -> new HistoryEntry(x.getOccurredAt(), x.getTransition(), x.getSide(),
                x.getActorId() == null ? null : names.get(x.getActorId()), x.getStateAfter(),
                whole ? x.getDetail() : null)).toList();
    }

    /** The ratings of a completed engagement as the reader may see them. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RatingView> ratings(long id) {
        Party p = wholeReader(id);
        return ratings.findByEngagementId(id).stream().map(r -> {
            boolean own = p.side == r.getRaterSide();
            boolean shown = r.isVisible() || own;
            boolean mayReply = p.side == r.getRaterSide().other() && r.isVisible() && r.getReply() == null;
            return new RatingView(r.getRaterSide(), r.isVisible(), shown ? r.getScores() : null,
                    shown ? r.getComment() : null, r.getCreatedAt(), r.isVisible() ? r.getReply() : null, mayReply);
        }).toList();
    }

    /** A file of an engagement, for its parties (and the bureau once reported). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public org.jigai.need.AttachmentDownload open(long id, long fileId) {
        wholeReader(id);
        EngagementFile f = files.findById(fileId).filter(x -> x.getEngagementId() == id)
                .orElseThrow(NoSuchElementException::new);
        try {
            InputStream in = store.open(FOLDER, f.getStorageKey());
            return new org.jigai.need.AttachmentDownload(f.getFileName(), f.getContentType(), f.getSize(), in);
        } catch (IOException e) {
            throw new NoSuchElementException("file " + fileId + " is missing");
        }
    }

    /**
     * The facts of every engagement (in the states given, all when empty) as an xlsx workbook for the bureau: who,
     * which need, state, dates and the signed amount — never the conversation or proposal contents.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public byte[] exportFacts(Set<EngagementState> states, boolean reportedOnly, java.util.Locale locale,
            org.jigai.base.Translations translations) {
        String[] headers = {"id", "needId", "need", "enterpriseId", "enterprise", "providerId", "provider", "state",
                "startedBy", "created", "signed", "signedPriceWan", "completed", "ended", "reported"};
        try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200);
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(translations.get(locale, "engagement.export.sheet"));
            var head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(translations.get(locale, "engagement.export." + headers[i]));
            }
            int rowIndex = 1;
            int page = 0;
            while (true) {
                var batch = facts(states, reportedOnly, PageRequest.of(page++, 500));
                for (EngagementSummary s : batch.getContent()) {
                    var row = sheet.createRow(rowIndex++);
                    int c = 0;
                    row.createCell(c++).setCellValue(s.id());
                    row.createCell(c++).setCellValue(s.needId());
                    row.createCell(c++).setCellValue(s.needTitle());
                    row.createCell(c++).setCellValue(s.enterpriseId());
                    row.createCell(c++).setCellValue(s.enterpriseName());
                    row.createCell(c++).setCellValue(s.providerId());
                    row.createCell(c++).setCellValue(s.providerName());
                    row.createCell(c++).setCellValue(translations.get(locale, s.state().labelKey()));
                    row.createCell(c++).setCellValue(translations.get(locale, s.startedBy().labelKey()));
                    row.createCell(c++).setCellValue(org.jigai.base.Formats.dateTime(s.createdAt(), locale));
                    row.createCell(c++).setCellValue(org.jigai.base.Formats.dateTime(s.signedAt(), locale));
                    if (s.signedPriceWan() != null) {
                        row.createCell(c).setCellValue(s.signedPriceWan().doubleValue());
                    }
                    c++;
                    row.createCell(c++).setCellValue(org.jigai.base.Formats.dateTime(s.completedAt(), locale));
                    row.createCell(c++).setCellValue(org.jigai.base.Formats.dateTime(s.endedAt(), locale));
                    row.createCell(c).setCellValue(s.reported() ? translations.get(locale, "action.yes") : "");
                }
                if (!batch.hasNext()) {
                    break;
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ internals

    /**
     * The caller as a party of the engagement, its row locked for the rest of the transaction (so that, say, an
     * acceptance and a revision of the same proposal, or two approvals, never interleave); "not found" for everyone
     * else, the bureau included.
     */
    private Party party(long id) {
        return asParty(engagements.findLockedById(id));
    }

    /** The caller as a party of the engagement, without locking it; "not found" for everyone else. */
    private Party reader(long id) {
        return asParty(engagements.findById(id));
    }

    private Party asParty(java.util.Optional<Engagement> found) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Engagement e = found.orElseThrow(NoSuchElementException::new);
        Side side = access.side(me, e);
        if (side == null) {
            throw new NoSuchElementException();
        }
        return new Party(me, e, side);
    }

    private Party wholeReader(long id) {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        Engagement e = engagements.findById(id).filter(x -> access.mayReadWhole(me, x))
                .orElseThrow(NoSuchElementException::new);
        Side side = access.side(me, e);
        return new Party(me, e, side == null ? Side.BUREAU : side);
    }

    private Engagement readable(AccountPrincipal me, long id) {
        return engagements.findById(id).filter(x -> access.mayReadFacts(me, x))
                .orElseThrow(NoSuchElementException::new);
    }

    private record Party(AccountPrincipal me, Engagement engagement, Side side) {}

    private static void check(Party p, Transition t) {
        if (!t.allows(p.engagement.getState(), p.side)) {
            throw InvalidInputException.of("state", "engagement.error.refused");
        }
    }

    private void take(Party p, Transition t, @Nullable String detail) {
        p.engagement.take(t, p.side, clock.instant());
        record(p.engagement, t, p.side, p.me.id(), detail);
    }

    private void close(Engagement e, String why) {
        e.take(Transition.CLOSE, Side.SYSTEM, clock.instant());
        e.end(why);
        proposals.findFirstByEngagementIdOrderByNumberDesc(e.getId())
                .filter(x -> x.getStatus() == ProposalStatus.SUBMITTED)
                .ifPresent(x -> x.decide(ProposalStatus.DECLINED, why));
        record(e, Transition.CLOSE, Side.SYSTEM, null, why);
    }

    /**
     * A need in negotiation or contracted goes back to PUBLISHED (for another 90 days) when its signed engagement was
     * cancelled, or when its last active talk ended.
     */
    private void reopenIfNoTalks(long needId, boolean signedCancelled) {
        boolean talks = !engagements.findByNeedIdAndStateIn(needId, java.util.EnumSet.of(EngagementState.ACTIVE,
                EngagementState.SIGNED)).isEmpty();
        if (signedCancelled || !talks) {
            needs.progress(needId, NeedStatus.PUBLISHED);
        }
    }

    private boolean interestAllowed(long needId, long providerId) {
        return engagements.findByNeedIdAndProviderIdOrderByIdDesc(needId, providerId).stream()
                .noneMatch(e -> !EngagementState.ENDED.contains(e.getState()) || e.getState() == EngagementState.DECLINED);
    }

    /** The pair's engagement that is still going (not declined, withdrawn, closed or cancelled), if any. */
    private java.util.Optional<Engagement> live(long needId, long providerId) {
        return engagements.findByNeedIdAndProviderIdOrderByIdDesc(needId, providerId).stream()
                .filter(e -> !EngagementState.ENDED.contains(e.getState())).findFirst();
    }

    private void completeIfDone(Engagement e) {
        var all = milestones.findByEngagementIdOrderByPosition(e.getId());
        if (all.stream().allMatch(m -> m.getState() == MilestoneState.APPROVED)) {
            e.take(Transition.COMPLETE, Side.SYSTEM, clock.instant());
            record(e, Transition.COMPLETE, Side.SYSTEM, null, null);
            needs.progress(e.getNeedId(), NeedStatus.COMPLETED);
        }
    }

    private void showRatings(Engagement e, List<Rating> list, Instant now) {
        list.forEach(r -> r.show(now));
        recordAt(e, Transition.SHOW_RATINGS, Side.SYSTEM, null, null, now);
    }

    private void record(Engagement e, Transition t, Side side, @Nullable Long actorId, @Nullable String detail) {
        recordAt(e, t, side, actorId, detail, clock.instant());
    }

    /** The one record of a transition: event row, audit entry, published event, live signal. */
    private void recordAt(Engagement e, Transition t, Side side, @Nullable Long actorId, @Nullable String detail,
            Instant at) {
        engagements.saveAndFlush(e);
        events.save(new EngagementEvent(e.getId(), at, t, side, actorId, e.getState(), detail));
        // the audit log keeps who did what to which engagement; people's words stay in the engagement
        String auditDetail = AUDITED_DETAILS.contains(t) ? detail : null;
        if (side == Side.SYSTEM) {
            audit.recordAs("system", AUDIT_PREFIX + t.name(), target(e), auditDetail);
        } else {
            audit.record(AUDIT_PREFIX + t.name(), target(e), auditDetail);
        }
        publish(e, t, side, actorId, detail);
        live.signalAfterCommit(LiveUpdates.engagement(e.getId()));
    }

    private void publish(Engagement e, Transition t, Side side, @Nullable Long actorId, @Nullable String detail) {
        var names = accounts.organizationNames(List.of(e.getEnterpriseId(), e.getProviderId()));
        var need = needs.snapshot(e.getNeedId());
        String title = need.map(NeedSnapshot::title).orElse("");
        boolean hidden = need.map(NeedSnapshot::anonymous).orElse(false) && !e.enterpriseKnownToProvider();
        publisher.publishEvent(new EngagementEventRecorded(e.getId(), e.getNeedId(), title, t, side, actorId,
                e.getEnterpriseId(), hidden ? ANONYMOUS : names.getOrDefault(e.getEnterpriseId(), ""), e.getProviderId(),
                names.getOrDefault(e.getProviderId(), ""), e.getState(), detail));
    }

    /** The platform's own reasons (closures) are codes, not anyone's words: facts the bureau may read. */
    private static boolean isCode(@Nullable String reason) {
        return "signedWithAnother".equals(reason) || "needClosed".equals(reason);
    }

    private static String target(Engagement e) {
        return "engagement #" + e.getId() + " need #" + e.getNeedId() + " provider #" + e.getProviderId();
    }

    private static String reason(@Nullable String reason) {
        var problems = new InvalidInputException.Collector();
        String clean = Checks.text("reason", reason, REASON_MAX, true, problems);
        problems.throwIfAny();
        return clean;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    private Proposal current(long id) {
        return proposals.findFirstByEngagementIdOrderByNumberDesc(id)
                .filter(x -> x.getStatus() == ProposalStatus.SUBMITTED)
                .orElseThrow(() -> InvalidInputException.of("proposal", "proposal.error.notCurrent"));
    }

    private Milestone milestone(long id, long milestoneId) {
        return milestones.findById(milestoneId).filter(m -> m.getEngagementId() == id)
                .orElseThrow(NoSuchElementException::new);
    }

    private void checkProposal(@Nullable ProposalForm f) {
        var problems = new InvalidInputException.Collector();
        if (f == null) {
            throw InvalidInputException.of("approach", "validation.required");
        }
        Checks.text("approach", f.approach(), TEXT_MAX, true, problems);
        Checks.text("scope", f.scope(), TEXT_MAX, true, problems);
        if (f.priceWan() == null) {
            problems.add("priceWan", "validation.required");
        } else {
            Checks.amount("priceWan", f.priceWan(), problems);
        }
        if (f.durationDays() < 1 || f.durationDays() > 3650) {
            problems.add("durationDays", "validation.range", 1, 3650);
        }
        var ms = f.milestones() == null ? List.<PlannedMilestone>of() : f.milestones();
        if (ms.isEmpty()) {
            problems.add("milestones", "proposal.error.noMilestones");
        } else if (ms.size() > MILESTONES_MAX) {
            problems.add("milestones", "proposal.error.tooManyMilestones", MILESTONES_MAX);
        } else {
            int share = 0;
            LocalDate previous = null;
            LocalDate today = LocalDate.now(clock);
            for (int i = 0; i < ms.size(); i++) {
                PlannedMilestone m = ms.get(i);
                String at = "milestones[" + i + "]";
                if (m == null) {
                    problems.add(at, "validation.required");
                    continue;
                }
                Checks.text(at + ".name", m.name(), 60, true, problems);
                Checks.text(at + ".deliverable", m.deliverable(), 200, true, problems);
                if (m.dueDate() == null) {
                    problems.add(at + ".dueDate", "validation.required");
                } else if (m.dueDate().isBefore(today)) {
                    problems.add(at + ".dueDate", "proposal.error.dueInPast");
                } else if (previous != null && m.dueDate().isBefore(previous)) {
                    problems.add(at + ".dueDate", "proposal.error.dueOrder");
                } else {
                    previous = m.dueDate();
                }
                if (m.sharePercent() < 0 || m.sharePercent() > 100) {
                    problems.add(at + ".sharePercent", "validation.range", 0, 100);
                }
                share += m.sharePercent();
            }
            if (!problems.has("milestones") && share != 100) {
                problems.add("milestones", "proposal.error.shares", share);
            }
        }
        problems.throwIfAny();
    }

    private Long storeFile(Party p, @Nullable String fileName, byte[] content, String field) {
        String name = fileName == null ? "" : fileName.strip();
        var problems = new InvalidInputException.Collector();
        name = Checks.text(field, name, 200, true, problems);
        problems.throwIfAny();
        var stored = store.store(FOLDER, name, content);
        try {
            return files.save(new EngagementFile(p.engagement.getId(), name, stored.contentType(), stored.size(),
                    stored.key(), p.me.id(), clock.instant())).getId();
        } catch (RuntimeException e) {
            store.delete(FOLDER, stored.key());
            throw e;
        }
    }

    private boolean advanceRead(long id, Side side, long messageId) {
        var key = new ReadMark.Key(id, side);
        var mark = reads.findById(key).orElse(null);
        if (mark == null) {
            reads.save(new ReadMark(id, side, messageId));
            return true;
        }
        return mark.advanceTo(messageId);
    }

    private long lastRead(long id, Side side) {
        return reads.findById(new ReadMark.Key(id, side)).map(ReadMark::getLastMessageId).orElse(0L);
    }

    private long unread(long id, Side side) {
        return messages.countByEngagementIdAndSideAndIdGreaterThan(id, side.other(), lastRead(id, side));
    }

    private java.util.function.Function<Message, MessageView> viewer(Party p, List<Message> list) {
        Map<Long, String> names = userNames(list.stream().map(Message::getAuthorId).map(Long::valueOf).toList());
        if (p.engagement.getRevealedAt() == null && p.side != Side.BUREAU) {
            // until contacts are exchanged, the other side's people are shown by their organisation's name
            String otherName = otherPartyName(p.engagement, p.side);
            list.stream().filter(m -> m.getSide() == p.side.other()).forEach(m -> names.put(m.getAuthorId(), otherName));
        }
        long readByEnterprise = lastRead(p.engagement.getId(), Side.ENTERPRISE);
        long readByProvider = lastRead(p.engagement.getId(), Side.PROVIDER);
        Map<Long, FileRef> refs = fileRefs(list);
        return m -> messageView(m, p.side, names, m.getSide() == Side.ENTERPRISE ? readByProvider : readByEnterprise,
                refs);
    }

    private static MessageView messageView(Message m, Side reader, Map<Long, String> names, long readByOther,
            Map<Long, FileRef> refs) {
        return new MessageView(m.getId(), names.getOrDefault(m.getAuthorId(), ""), m.getSide(), m.getSide() == reader,
                m.getText(), m.getSentAt(), m.getFileId() == null ? null : refs.get(m.getFileId()),
                readByOther >= m.getId());
    }

    private Map<Long, FileRef> fileRefs(List<Message> list) {
        return fileRefs(list.stream().map(Message::getFileId).toList());
    }

    private Map<Long, FileRef> fileRefs(Collection<@Nullable Long> ids) {
        var wanted = ids.stream().filter(java.util.Objects::nonNull).map(Long::longValue).toList();
        Map<Long, FileRef> refs = new HashMap<>();
        if (!wanted.isEmpty()) {
            files.findAllById(wanted).forEach(f -> refs.put(f.getId(), new FileRef(f.getId(), f.getFileName(), f.getSize())));
        }
        return refs;
    }

    private Map<Long, String> userNames(Collection<@Nullable Long> ids) {
        var wanted = ids.stream().filter(java.util.Objects::nonNull).map(Long::longValue).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        accounts.recipientsById(wanted).forEach(r -> names.put(r.userId(), r.displayName()));
        return names;
    }

    private ProposalView proposalView(Proposal x) {
        FileRef file = x.getFileId() == null ? null : fileRefs(java.util.Collections.singletonList(x.getFileId()))
                .get(x.getFileId());
        return new ProposalView(x.getId(), x.getNumber(), x.getApproach(), x.getScope(), x.getPriceWan(),
                x.getDurationDays(), x.getMilestones(), x.getStatus(), x.getDeclineReason(), x.getSubmittedAt(), file);
    }

    /** The other party's organisation as the reader may know it (an anonymous need's enterprise stays anonymous). */
    private String otherPartyName(Engagement e, Side reader) {
        long other = e.partyOf(reader.other());
        if (reader == Side.PROVIDER && !e.enterpriseKnownToProvider()
                && needs.snapshot(e.getNeedId()).map(NeedSnapshot::anonymous).orElse(false)) {
            return ANONYMOUS;
        }
        return accounts.organizationNames(List.of(other)).getOrDefault(other, "");
    }

    private @Nullable ContactDetails enterpriseContacts(Engagement e) {
        return accounts.contacts(e.getEnterpriseId()).orElse(null);
    }

    private @Nullable ContactDetails providerContacts(Engagement e) {
        var org = accounts.contacts(e.getProviderId()).orElse(null);
        var profile = providers.profileContacts(e.getProviderId()).orElse(null);
        if (profile == null || org == null) {
            return org;
        }
        return new ContactDetails(org.organizationName(), profile.contactName(), profile.mobile(), profile.email());
    }

    private List<EngagementSummary> summaries(List<Engagement> list, AccountPrincipal me) {
        Set<Long> orgIds = new java.util.HashSet<>();
        Set<Long> needIds = new java.util.HashSet<>();
        list.forEach(e -> {
            orgIds.add(e.getEnterpriseId());
            orgIds.add(e.getProviderId());
            needIds.add(e.getNeedId());
        });
        var names = accounts.organizationNames(orgIds);
        var titles = needs.titles(needIds);
        var anonymousNeeds = needs.anonymousAmong(needIds);
        return list.stream().map(e -> {
            Side side = access.side(me, e);
            boolean enterpriseShown = side != Side.PROVIDER || !anonymousNeeds.contains(e.getNeedId())
                    || e.enterpriseKnownToProvider();
            var latest = side == null && !access.mayReadWhole(me, e) ? null
                    : proposals.findFirstByEngagementIdOrderByNumberDesc(e.getId()).orElse(null);
            return new EngagementSummary(e.getId(), e.getNeedId(), titles.getOrDefault(e.getNeedId(), ""),
                    e.getEnterpriseId(), enterpriseShown ? names.getOrDefault(e.getEnterpriseId(), "") : "", e.getProviderId(),
                    names.getOrDefault(e.getProviderId(), ""), e.getState(), e.getStartedBy(), side,
                    side == Side.ENTERPRISE && e.isShortlisted(), latest == null ? null : latest.getPriceWan(),
                    latest == null ? 0 : latest.getNumber(), side == null ? 0 : unread(e.getId(), side),
                    e.getCreatedAt(), e.getUpdatedAt(), e.getSignedAt(), e.getSignedPriceWan(), e.getCompletedAt(),
                    e.getEndedAt(), e.wasReported(), enterpriseShown);
        }).toList();
    }

    private static Specification<Engagement> inStates(Set<EngagementState> states) {
        return (root, query, cb) -> states.isEmpty() ? cb.conjunction() : root.get("state").in(states);
    }

    private static Specification<Engagement> reported(boolean only) {
        return (root, query, cb) -> only ? cb.isNotNull(root.get("reportedAt")) : cb.conjunction();
    }

    private static Pageable sorted(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by(Sort.Direction.DESC, "id")));
    }


    /**
     * For the bureau's dashboard: every engagement begun before the instant, with its first proposal's day (one query
     * for the engagements, one for the proposals).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public List<EngagementFact> factsUntil(Instant until) {
        Map<Long, Instant> first = new java.util.HashMap<>();
        for (Object[] row : engagements.firstProposals()) {
            first.put((Long) row[0], (Instant) row[1]);
        }
        var zone = org.jigai.base.Formats.ZONE;
        return engagements.findByCreatedAtBefore(until).stream().map(e -> new EngagementFact(e.getId(), e.getNeedId(),
                LocalDate.ofInstant(e.getCreatedAt(), zone),
                first.containsKey(e.getId()) ? LocalDate.ofInstant(first.get(e.getId()), zone) : null,
                e.getSignedAt() == null ? null : LocalDate.ofInstant(e.getSignedAt(), zone), e.getSignedPriceWan(),
                e.getCompletedAt() == null ? null : LocalDate.ofInstant(e.getCompletedAt(), zone))).toList();
    }
}
