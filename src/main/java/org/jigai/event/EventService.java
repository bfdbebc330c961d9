package org.jigai.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
import java.util.stream.Collectors;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.audit.AuditLog;
import org.jigai.base.Checks;
import org.jigai.base.Formats;
import org.jigai.base.InvalidInputException;
import org.jigai.engagement.EngagementService;
import org.jigai.engagement.Side;
import org.jigai.matching.MatchingService;
import org.jigai.need.NeedService;
import org.jigai.need.NeedSnapshot;
import org.jigai.need.NeedStatus;
import org.jigai.provider.SolutionService;
import org.jigai.provider.SolutionSnapshot;
import org.jigai.provider.SolutionStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything done with matchmaking events. Each action checks {@link EventAccess} ("not found" when the caller may not
 * read the record, a refusal next to the field otherwise), takes the event's row lock before changing its
 * registrations or schedule, audits what it did and tells the organisations concerned.
 */
@Service
public class EventService {

    public static final int REASON_MAX = 200;
    public static final int NOTE_MAX = 500;
    public static final int TARGET_EVENTS = 20;
    public static final String SAVED = "EVENT_SAVED";
    public static final String REGISTERED = "EVENT_REGISTERED";
    public static final String SCHEDULED = "EVENT_SCHEDULE_MADE";
    public static final String MEETING_CHANGED = "EVENT_MEETING_CHANGED";
    public static final String MEETING_RECORDED = "EVENT_MEETING_RECORDED";
    public static final String ENGAGED = "EVENT_MEETING_ENGAGED";
    private static final Logger log = LoggerFactory.getLogger(EventService.class);

    private final MatchEventRepository events;
    private final EventRegistrationRepository registrations;
    private final EventPreferenceRepository preferences;
    private final EventMustMeetRepository mustMeets;
    private final EventMeetingRepository meetings;
    private final EventAccess access;
    private final AccountService accounts;
    private final NeedService needs;
    private final SolutionService solutions;
    private final MatchingService matching;
    private final EngagementService engagements;
    private final org.jigai.need.NeedAccess needAccess;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventService(MatchEventRepository events, EventRegistrationRepository registrations,
            EventPreferenceRepository preferences, EventMustMeetRepository mustMeets, EventMeetingRepository meetings,
            EventAccess access, AccountService accounts, NeedService needs, SolutionService solutions,
            MatchingService matching, EngagementService engagements, org.jigai.need.NeedAccess needAccess,
            AuditLog audit, ApplicationEventPublisher publisher, Clock clock) {
        this.needAccess = needAccess;
        this.events = events;
        this.registrations = registrations;
        this.preferences = preferences;
        this.mustMeets = mustMeets;
        this.meetings = meetings;
        this.access = access;
        this.accounts = accounts;
        this.needs = needs;
        this.solutions = solutions;
        this.matching = matching;
        this.engagements = engagements;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ events

    /** Published events for everyone (no sign-in needed), newest first; staff also see drafts and cancelled ones. */
    @Transactional(readOnly = true)
    public List<Views.EventSummary> events() {
        var me = AccountPrincipal.current().orElse(null);
        List<MatchEvent> found = me != null && EventAccess.staff(me) ? events.findAllByOrderByEventDateDescIdDesc()
                : events.findByStateInOrderByEventDateDescIdDesc(
                        EnumSet.of(EventState.OPEN, EventState.SCHEDULED, EventState.HELD));
        var ids = found.stream().map(MatchEvent::getId).toList();
        Map<Long, Integer> registered = new HashMap<>();
        registrations.findByEventIdIn(ids).stream().filter(r -> r.getState() == RegistrationState.CONFIRMED)
                .forEach(r -> registered.merge(r.getEventId(), 1, Integer::sum));
        Map<Long, Integer> held = new HashMap<>();
        meetings.findByEventIdIn(ids).forEach(m -> held.merge(m.getEventId(), 1, Integer::sum));
        return found.stream().map(e -> new Views.EventSummary(e.getId(), e.getTitle(), e.getTheme(), e.getFormat(),
                e.getPlace(), e.getEventDate(), e.getRegistrationDeadline(), e.getState(),
                registered.getOrDefault(e.getId(), 0), published(e) ? held.getOrDefault(e.getId(), 0) : 0)).toList();
    }

    /** One event (public once published). */
    @Transactional(readOnly = true)
    public Views.EventDetails details(long id) {
        var me = AccountPrincipal.current().orElse(null);
        MatchEvent e = events.findById(id).filter(x -> access.mayRead(me, x)).orElseThrow(NoSuchElementException::new);
        var all = registrations.findByEventIdOrderByIdAsc(id);
        int confirmed = (int) all.stream().filter(r -> r.getState() == RegistrationState.CONFIRMED).count();
        EventRegistration mine = null;
        if (access.side(me) != null) {
            mine = all.stream().filter(r -> access.owns(me, r)).findFirst().orElse(null);
        }
        int count = published(e) || (me != null && EventAccess.staff(me))
                ? meetings.findByEventIdOrderBySlotAscTableAsc(id).size() : 0;
        boolean agenda = mine != null && published(e) && mine.getState() == RegistrationState.CONFIRMED;
        var starts = e.slotStarts();
        boolean participant = (mine != null && mine.getState() == RegistrationState.CONFIRMED)
                || (me != null && EventAccess.staff(me));
        return new Views.EventDetails(e.getId(), e.getTitle(), e.getTheme(), e.getIndustry(), e.getFormat(),
                e.getPlace(), participant ? e.getLink() : null, e.getEventDate(), e.getRegistrationDeadline(), List.copyOf(e.getSessions()),
                e.getSlotMinutes(), starts, e.getTables(), e.getCapacity(), e.getDescription(), e.getState(),
                e.getCancelReason(), confirmed, count, mine == null ? null : view(me, mine), mayRegister(me, e, mine),
                access.mayManage(me), agenda, e.getVersion());
    }

    private boolean mayRegister(@Nullable AccountPrincipal me, MatchEvent e, @Nullable EventRegistration mine) {
        return access.side(me) != null && e.getState() == EventState.OPEN && !today().isAfter(e.getRegistrationDeadline())
                && (mine == null || mine.getState() != RegistrationState.DECLINED);
    }

    private static boolean published(MatchEvent e) {
        return e.getState() == EventState.SCHEDULED || e.getState() == EventState.HELD;
    }

    /** The bureau creates (id null) or changes an event while it is a draft or open; returns its id. */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public long save(@Nullable Long id, long version, EventForm form) {
        MatchEvent e = null;
        if (id != null) {
            e = events.findLockedById(id).orElseThrow(NoSuchElementException::new);
            if (e.getVersion() != version) {
                throw new OptimisticLockingFailureException("event changed since version " + version);
            }
            if (e.getState() != EventState.DRAFT && e.getState() != EventState.OPEN) {
                throw InvalidInputException.of("title", "event.error.notEditable");
            }
        }
        EventForm clean = check(form, e);
        Instant now = clock.instant();
        if (e == null) {
            e = events.save(new MatchEvent(clean, now));
        } else {
            e.apply(clean, now);
        }
        audit.record(SAVED, target(e), e.getEventDate() + " " + e.getFormat());
        return e.getId();
    }

    private EventForm check(EventForm f, @Nullable MatchEvent existing) {
        var problems = new InvalidInputException.Collector();
        String title = Checks.text("title", f.title(), EventForm.TITLE_MAX, true, problems);
        String theme = Checks.text("theme", f.theme(), EventForm.THEME_MAX, false, problems);
        String place = Checks.text("place", f.place(), EventForm.PLACE_MAX, false, problems);
        String link = Checks.text("link", f.link(), EventForm.LINK_MAX, false, problems);
        String description = Checks.text("description", f.description(), EventForm.DESCRIPTION_MAX, false, problems);
        if (f.format() == null) {
            problems.add("format", "validation.required");
        } else {
            if (f.format() != EventFormat.ONLINE && place.isEmpty() && !problems.has("place")) {
                problems.add("place", "event.error.placeRequired");
            }
            if (f.format() != EventFormat.OFFLINE && link.isEmpty() && !problems.has("link")) {
                problems.add("link", "event.error.linkRequired");
            }
        }
        if (!link.isEmpty() && !problems.has("link") && !link.matches("(?i)https?://[^\\s]+")) {
            problems.add("link", "event.error.link");
        }
        LocalDate today = today();
        if (f.date() == null) {
            problems.add("date", "validation.required");
        } else if (f.date().isBefore(today) && (existing == null || !f.date().equals(existing.getEventDate()))) {
            problems.add("date", "event.error.datePast");
        } else if (f.date().isAfter(today.plusYears(2))) {
            problems.add("date", "event.error.dateFar");
        }
        if (f.registrationDeadline() == null) {
            problems.add("registrationDeadline", "validation.required");
        } else if (f.date() != null && f.registrationDeadline().isAfter(f.date())) {
            problems.add("registrationDeadline", "event.error.deadlineAfterDate");
        } else if (f.registrationDeadline().isBefore(today) && (existing == null
                || !f.registrationDeadline().equals(existing.getRegistrationDeadline()))) {
            problems.add("registrationDeadline", "event.error.deadlinePast");
        }
        if (f.slotMinutes() < EventForm.SLOT_MIN || f.slotMinutes() > EventForm.SLOT_MAX) {
            problems.add("slotMinutes", "event.error.slotMinutes", EventForm.SLOT_MIN, EventForm.SLOT_MAX);
        }
        Checks.wholeNumber("tables", f.tables(), 1, EventForm.TABLES_MAX, problems);
        Checks.wholeNumber("capacity", f.capacity(), 2, EventForm.CAPACITY_MAX, problems);
        var sessions = new ArrayList<>(f.sessions());
        sessions.sort(Comparator.comparing(Session::start));
        if (sessions.isEmpty()) {
            problems.add("sessions", "event.error.noSession");
        }
        int slots = 0;
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            if (s.start() == null || s.end() == null || !s.start().isBefore(s.end())) {
                problems.add("sessions", "event.error.sessionOrder");
                break;
            }
            if (i > 0 && s.start().isBefore(sessions.get(i - 1).end())) {
                problems.add("sessions", "event.error.sessionOverlap");
                break;
            }
            if (!problems.has("slotMinutes") && s.slots(f.slotMinutes()) == 0) {
                problems.add("sessions", "event.error.sessionShort", f.slotMinutes());
                break;
            }
            slots += problems.has("slotMinutes") ? 0 : s.slots(f.slotMinutes());
        }
        if (slots > EventForm.SLOTS_MAX) {
            problems.add("sessions", "event.error.tooManySlots", EventForm.SLOTS_MAX);
        }
        if (existing != null && !problems.has("tables") && meetings.findByEventIdOrderBySlotAscTableAsc(existing.getId())
                .stream().anyMatch(m -> m.getTable() > f.tables())) {
            problems.add("tables", "event.error.tablesInUse");
        }
        if (existing != null && !problems.has("sessions") && !problems.has("slotMinutes")
                && !registrations.findByEventIdOrderByIdAsc(existing.getId()).isEmpty()
                && (existing.getSlotMinutes() != f.slotMinutes() || !existing.getSessions().equals(sessions))) {
            problems.add("sessions", "event.error.slotsFixed");
        }
        problems.throwIfAny();
        return new EventForm(title, theme.isEmpty() ? null : theme, f.industry(), f.format(),
                place.isEmpty() ? null : place, link.isEmpty() ? null : link, f.date(), f.registrationDeadline(),
                sessions, f.slotMinutes(), f.tables(), f.capacity(), description.isEmpty() ? null : description);
    }

    /** The bureau takes one transition of the event's table. */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void take(long id, EventTransition t, @Nullable String reason) {
        MatchEvent e = events.findLockedById(id).orElseThrow(NoSuchElementException::new);
        if (!t.allows(e.getState())) {
            throw InvalidInputException.of("transition", "event.error.notAllowed");
        }
        var problems = new InvalidInputException.Collector();
        String why = Checks.text("reason", reason, REASON_MAX, t == EventTransition.CANCEL, problems);
        problems.throwIfAny();
        if (t == EventTransition.PUBLISH_SCHEDULE && meetings.findByEventIdOrderBySlotAscTableAsc(id).isEmpty()) {
            throw InvalidInputException.of("transition", "event.error.noSchedule");
        }
        if (t == EventTransition.PUBLISH_SCHEDULE) {
            var broken = schedule(id).violations();
            if (!broken.isEmpty()) {
                throw InvalidInputException.of("transition", "event.error.scheduleBroken", broken.getFirst());
            }
        }
        if (t == EventTransition.PUBLISH && e.getRegistrationDeadline().isBefore(today())) {
            throw InvalidInputException.of("transition", "event.error.deadlinePast");
        }
        if (t == EventTransition.HOLD && today().isBefore(e.getEventDate())) {
            throw InvalidInputException.of("transition", "event.error.notYet");
        }
        e.take(t, why.isEmpty() ? null : why, clock.instant());
        audit.record(t.auditAction(), target(e), why.isEmpty() ? null : why);
        if (t == EventTransition.PUBLISH_SCHEDULE || t == EventTransition.CANCEL) {
            var type = t == EventTransition.CANCEL ? EventNotice.Type.CANCELLED : EventNotice.Type.SCHEDULE_PUBLISHED;
            for (EventRegistration r : registrations.findByEventIdOrderByIdAsc(id)) {
                if (r.getState() == RegistrationState.CONFIRMED
                        || (t == EventTransition.CANCEL && r.getState() == RegistrationState.PENDING)) {
                    publisher.publishEvent(new EventNotice(id, r.getOrganizationId(), e.getTitle(), type,
                            why.isEmpty() ? null : why));
                }
            }
        }
    }

    // ------------------------------------------------------------------ registrations

    /**
     * The caller's organisation registers (or changes its registration) for an open event before its deadline; a
     * withdrawn registration becomes pending again. Returns the registration's id.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ENTERPRISE','PROVIDER')")
    public long register(long eventId, RegistrationForm form) {
        AccountPrincipal me = me();
        MatchEvent e = events.findLockedById(eventId).filter(x -> access.mayRead(me, x))
                .orElseThrow(NoSuchElementException::new);
        Side side = access.side(me);
        if (side == null) {
            throw new NoSuchElementException();
        }
        var existing = registrations.findByEventIdAndOrganizationId(eventId, me.organizationId());
        if (e.getState() != EventState.OPEN || today().isAfter(e.getRegistrationDeadline())) {
            throw InvalidInputException.of("items", "event.error.registrationClosed");
        }
        if (existing.isPresent() && existing.get().getState() == RegistrationState.DECLINED) {
            throw InvalidInputException.of("items", "event.error.declined");
        }
        var problems = new InvalidInputException.Collector();
        int slots = e.slotStarts().size();
        if (form.items().isEmpty()) {
            problems.add("items", side == Side.ENTERPRISE ? "event.error.noNeed" : "event.error.noSolution");
        } else if (form.items().size() > RegistrationForm.ITEMS_MAX) {
            problems.add("items", "event.error.tooManyItems", RegistrationForm.ITEMS_MAX);
        } else {
            for (long item : form.items()) {
                if (!own(me, side, item)) {
                    problems.add("items", "event.error.notYours");
                    break;
                }
            }
        }
        if (form.slots().isEmpty()) {
            problems.add("slots", "event.error.noSlot");
        } else if (form.slots().stream().anyMatch(s -> s < 0 || s >= slots)) {
            problems.add("slots", "event.error.unknownSlot");
        }
        Checks.wholeNumber("maxMeetings", form.maxMeetings(), 1, Math.max(1, slots), problems);
        problems.throwIfAny();
        boolean counted = existing.isPresent() && (existing.get().getState() == RegistrationState.PENDING
                || existing.get().getState() == RegistrationState.CONFIRMED);
        if (!counted && registrations.countByEventIdAndStateIn(eventId,
                EnumSet.of(RegistrationState.PENDING, RegistrationState.CONFIRMED)) >= e.getCapacity()) {
            throw InvalidInputException.of("items", "event.error.full");
        }
        Instant now = clock.instant();
        EventRegistration r = existing.orElseGet(() -> new EventRegistration(eventId, me.organizationId(), side, now));
        boolean changed = existing.isPresent() && (!r.getItems().equals(form.items())
                || !r.getSlots().equals(form.slots()) || r.getMaxMeetings() != form.maxMeetings());
        if (existing.isPresent() && (r.getState() == RegistrationState.WITHDRAWN
                || (r.getState() == RegistrationState.CONFIRMED && changed))) {
            r.again(now); // the bureau confirms what it brings now
        }
        r.apply(form.items(), form.slots(), form.maxMeetings(), now);
        r = registrations.save(r);
        if (changed) {
            // its meetings were made for what it brought and when it was free: the bureau makes them again
            meetings.deleteAll(meetings.of(eventId, r.getId()));
        }
        audit.record(REGISTERED, "event-registration:" + r.getId(), "event:" + eventId + " " + side);
        return r.getId();
    }

    private boolean own(AccountPrincipal me, Side side, long item) {
        if (side == Side.ENTERPRISE) {
            return needs.snapshot(item).filter(n -> n.organizationId() == me.organizationId()
                    && NeedStatus.OPEN.contains(n.status()) && !n.hidden()).isPresent();
        }
        return solutions.snapshot(item).filter(s -> s.organizationId() == me.organizationId()
                && s.status() == SolutionStatus.PUBLISHED && !s.hidden()).isPresent();
    }

    /** Confirm, decline (with a reason) or withdraw; a registration leaving takes its meetings out of the schedule. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void take(long registrationId, RegistrationTransition t, @Nullable String reason) {
        AccountPrincipal me = me();
        EventRegistration peek = registrations.findById(registrationId).filter(r -> access.mayReadRegistration(me, r))
                .orElseThrow(NoSuchElementException::new);
        MatchEvent e = events.findLockedById(peek.getEventId()).orElseThrow();
        EventRegistration r = registrations.findLockedById(registrationId).orElseThrow();
        if (!access.mayTake(me, r, t)) {
            throw InvalidInputException.of("transition", "event.error.notAllowed");
        }
        var problems = new InvalidInputException.Collector();
        String why = Checks.text("reason", reason, REASON_MAX, t.reasoned(), problems);
        problems.throwIfAny();
        if (e.getState() != EventState.OPEN) {
            // once the schedule is published, meetings, attendance and outcomes stay as they were recorded
            throw InvalidInputException.of("transition", "event.error.scheduleFixed");
        }
        r.take(t, why.isEmpty() ? null : why, clock.instant());
        if (t != RegistrationTransition.CONFIRM) {
            meetings.deleteAll(meetings.of(e.getId(), r.getId()));
        }
        audit.record(t.auditAction(), "event-registration:" + r.getId(), why.isEmpty() ? null : why);
        if (t != RegistrationTransition.WITHDRAW) {
            publisher.publishEvent(new EventNotice(e.getId(), r.getOrganizationId(), e.getTitle(),
                    t == RegistrationTransition.CONFIRM ? EventNotice.Type.REGISTRATION_CONFIRMED
                            : EventNotice.Type.REGISTRATION_DECLINED, why.isEmpty() ? null : why));
        }
    }

    /** Every registration of the event (staff), or the caller's own. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Views.RegistrationView> registrations(long eventId) {
        AccountPrincipal me = me();
        MatchEvent e = events.findById(eventId).filter(x -> access.mayRead(me, x))
                .orElseThrow(NoSuchElementException::new);
        var readable = registrations.findByEventIdOrderByIdAsc(e.getId()).stream()
                .filter(r -> access.mayReadRegistration(me, r)).toList();
        var names = accounts.organizationNames(readable.stream().map(EventRegistration::getOrganizationId)
                .collect(Collectors.toSet()));
        return readable.stream().map(r -> view(me, r, names.getOrDefault(r.getOrganizationId(), ""))).toList();
    }

    private Views.RegistrationView view(@Nullable AccountPrincipal me, EventRegistration r) {
        return view(me, r, accounts.organizationNames(List.of(r.getOrganizationId()))
                .getOrDefault(r.getOrganizationId(), ""));
    }

    private Views.RegistrationView view(@Nullable AccountPrincipal me, EventRegistration r, String name) {
        var transitions = EnumSet.noneOf(RegistrationTransition.class);
        for (RegistrationTransition t : RegistrationTransition.values()) {
            if (access.mayTake(me, r, t)) {
                transitions.add(t);
            }
        }
        return new Views.RegistrationView(r.getId(), r.getEventId(), r.getOrganizationId(), name, r.getSide(),
                r.getState(), items(r), Set.copyOf(r.getSlots()), r.getMaxMeetings(), r.getDecisionReason(),
                transitions, r.getVersion());
    }

    private List<Views.Item> items(EventRegistration r) {
        return items(AccountPrincipal.current().orElse(null), r);
    }

    /**
     * What a registrant brings, as the reader may see it: its own organisation and staff see every item; anyone else
     * sees the needs it may read that were not published anonymously (the registrant's name is shown next to them)
     * and the solutions that are published.
     */
    private List<Views.Item> items(@Nullable AccountPrincipal reader, EventRegistration r) {
        boolean all = reader != null && (EventAccess.staff(reader) || access.owns(reader, r));
        var out = new ArrayList<Views.Item>();
        for (long id : r.getItems().stream().sorted().toList()) {
            if (r.getSide() == Side.ENTERPRISE) {
                needs.snapshot(id).filter(n -> all || (reader != null && !n.anonymous() && needAccess.mayRead(reader, n)))
                        .ifPresent(n -> out.add(new Views.Item(id, n.title())));
            } else {
                solutions.snapshot(id).filter(x -> all || (x.status() == SolutionStatus.PUBLISHED && !x.hidden()))
                        .ifPresent(x -> out.add(new Views.Item(id, x.title())));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ suggestions and preferences

    /**
     * The partners the engine suggests to the caller's registration: every registration of the other side that is
     * pending or confirmed, best fitting first (the matching engine's score of what the two bring), with the caller's
     * preferences.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ENTERPRISE','PROVIDER')")
    public List<Views.Suggestion> suggestions(long eventId) {
        AccountPrincipal me = me();
        MatchEvent e = events.findById(eventId).filter(x -> access.mayRead(me, x))
                .orElseThrow(NoSuchElementException::new);
        EventRegistration mine = registrations.findByEventIdAndOrganizationId(e.getId(), me.organizationId())
                .filter(r -> access.owns(me, r)).filter(EventService::active).orElseThrow(NoSuchElementException::new);
        var others = registrations.findByEventIdOrderByIdAsc(e.getId()).stream()
                .filter(r -> r.getSide() != mine.getSide() && active(r)).toList();
        var fit = fit(mine.getSide() == Side.ENTERPRISE ? List.of(mine) : others,
                mine.getSide() == Side.ENTERPRISE ? others : List.of(mine));
        Map<Long, Records.Preference> mineBy = new HashMap<>();
        preferences.fromAny(List.of(mine.getId())).forEach(p -> mineBy.put(p.getKey().targetId(), p));
        var names = accounts.organizationNames(others.stream().map(EventRegistration::getOrganizationId).toList());
        var out = new ArrayList<Views.Suggestion>();
        for (EventRegistration o : others) {
            double score = mine.getSide() == Side.ENTERPRISE ? fit.getOrDefault(pairKey(mine, o), 0.0)
                    : fit.getOrDefault(pairKey(o, mine), 0.0);
            var p = mineBy.get(o.getId());
            out.add(new Views.Suggestion(o.getId(), names.getOrDefault(o.getOrganizationId(), ""), items(o), score,
                    p == null ? null : p.getLevel(), p != null && p.isRequested()));
        }
        out.sort(Comparator.comparingDouble(Views.Suggestion::fit).reversed()
                .thenComparing(Views.Suggestion::organizationName));
        return out;
    }

    private static boolean active(EventRegistration r) {
        return r.getState() == RegistrationState.PENDING || r.getState() == RegistrationState.CONFIRMED;
    }

    /** enterprise registration × provider registration → the best score of a solution of the provider for a need. */
    private Map<Long, Double> fit(List<EventRegistration> enterprises, List<EventRegistration> providers) {
        Map<Long, Long> providerByOrg = new HashMap<>();
        providers.forEach(p -> providerByOrg.put(p.getOrganizationId(), p.getId()));
        Map<Long, Double> out = new HashMap<>();
        for (EventRegistration e : enterprises) {
            var scores = matching.fit(e.getItems(), providerByOrg.keySet());
            for (var byNeed : scores.values()) {
                byNeed.forEach((org, score) -> {
                    Long provider = providerByOrg.get(org);
                    if (provider != null) {
                        out.merge(key(e.getId(), provider), score, Math::max);
                    }
                });
            }
        }
        return out;
    }

    private static long pairKey(EventRegistration enterprise, EventRegistration provider) {
        return key(enterprise.getId(), provider.getId());
    }

    private static long key(long enterprise, long provider) {
        return enterprise * 1_000_000_007L + provider;
    }

    /**
     * The caller's wish about a partner: 必须见 / 可以见 / 不见, or none (null) to clear it; {@code requested} when it
     * asks for the partner by name. Until the schedule is published.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ENTERPRISE','PROVIDER')")
    public void prefer(long eventId, long targetRegistrationId, @Nullable PreferenceLevel level, boolean requested) {
        AccountPrincipal me = me();
        MatchEvent e = events.findLockedById(eventId).filter(x -> access.mayRead(me, x))
                .orElseThrow(NoSuchElementException::new);
        EventRegistration mine = registrations.findByEventIdAndOrganizationId(e.getId(), me.organizationId())
                .filter(r -> access.owns(me, r)).filter(EventService::active).orElseThrow(NoSuchElementException::new);
        EventRegistration target = registrations.findById(targetRegistrationId)
                .filter(r -> r.getEventId() == eventId && r.getSide() != mine.getSide() && active(r))
                .orElseThrow(NoSuchElementException::new);
        if (e.getState() != EventState.OPEN) {
            throw InvalidInputException.of("level", "event.error.scheduleFixed");
        }
        var key = new Records.PreferenceKey(mine.getId(), target.getId());
        var existing = preferences.findById(key);
        Instant now = clock.instant();
        if (level == null) {
            existing.ifPresent(preferences::delete);
        } else if (existing.isPresent()) {
            existing.get().set(level, requested || existing.get().isRequested(), now);
        } else {
            preferences.save(new Records.Preference(mine.getId(), target.getId(), level, requested, now));
        }
    }

    /** The bureau marks (or clears) a pair that must meet. */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void mustMeet(long eventId, long enterpriseRegistration, long providerRegistration, boolean must) {
        MatchEvent e = events.findLockedById(eventId).orElseThrow(NoSuchElementException::new);
        var enterprise = registrations.findById(enterpriseRegistration)
                .filter(r -> r.getEventId() == eventId && r.getSide() == Side.ENTERPRISE).orElseThrow();
        var provider = registrations.findById(providerRegistration)
                .filter(r -> r.getEventId() == eventId && r.getSide() == Side.PROVIDER).orElseThrow();
        if (e.getState() != EventState.OPEN) {
            throw InvalidInputException.of("level", "event.error.scheduleFixed");
        }
        var key = new Records.MustMeetKey(eventId, enterprise.getId(), provider.getId());
        if (must && !mustMeets.existsById(key)) {
            mustMeets.save(new Records.MustMeet(eventId, enterprise.getId(), provider.getId()));
        } else if (!must) {
            mustMeets.deleteById(key);
        }
    }

    /** The bureau's must-meet pairs of an event: enterprise and provider registration with their names. */
    public record MustMeetPair(long enterpriseRegistration, String enterpriseName, long providerRegistration,
            String providerName) {}

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public List<MustMeetPair> mustMeets(long eventId) {
        Map<Long, EventRegistration> regs = new HashMap<>();
        registrations.findByEventIdOrderByIdAsc(eventId).forEach(r -> regs.put(r.getId(), r));
        var names = accounts.organizationNames(regs.values().stream().map(EventRegistration::getOrganizationId)
                .collect(Collectors.toSet()));
        return mustMeets.ofEvent(eventId).stream().map(m -> {
            var en = regs.get(m.getKey().enterpriseRegistration());
            var pr = regs.get(m.getKey().providerRegistration());
            return new MustMeetPair(m.getKey().enterpriseRegistration(), en == null ? ""
                    : names.getOrDefault(en.getOrganizationId(), ""), m.getKey().providerRegistration(),
                    pr == null ? "" : names.getOrDefault(pr.getOrganizationId(), ""));
        }).toList();
    }

    // ------------------------------------------------------------------ the schedule

    /**
     * Makes the provisional schedule: the confirmed registrations, their preferences, the matching scores and the
     * bureau's must-meet pairs become a {@link MeetingScheduler.Problem}; pinned meetings stay, every other meeting is
     * replaced by the engine's. While the event is open; returns the number of meetings.
     */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public int generate(long eventId) {
        MatchEvent e = events.findLockedById(eventId).orElseThrow(NoSuchElementException::new);
        if (e.getState() != EventState.OPEN) {
            throw InvalidInputException.of("schedule", "event.error.scheduleFixed");
        }
        var confirmed = registrations.findByEventIdAndStateOrderByIdAsc(eventId, RegistrationState.CONFIRMED);
        var built = problem(e, confirmed);
        var existing = meetings.findByEventIdOrderBySlotAscTableAsc(eventId);
        meetings.deleteAll(existing.stream().filter(m -> !m.isPinned()).toList());
        meetings.flush();
        long started = System.nanoTime();
        var schedule = MeetingScheduler.solve(built.problem());
        var broken = MeetingScheduler.violations(built.problem(), schedule);
        if (!broken.isEmpty()) {
            throw new IllegalStateException("the schedule breaks hard rules: " + broken);
        }
        Instant now = clock.instant();
        int made = 0;
        for (var m : schedule) {
            if (built.problem().pinned().contains(m)) {
                continue;
            }
            long enterprise = built.registration(m.enterprise());
            long provider = built.registration(m.provider());
            meetings.save(new EventMeeting(eventId, m, enterprise, provider, built.weight(m), false, now));
            made++;
        }
        audit.record(SCHEDULED, target(e), schedule.size() + " meetings, " + made + " new, "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        return schedule.size();
    }

    /** The problem of an event, with the ids the engine uses mapped back to registrations. */
    record Built(MeetingScheduler.Problem problem, Map<Integer, Long> registrations, Map<Long, Double> weights) {
        long registration(int id) {
            return registrations.get(id);
        }

        double weight(MeetingScheduler.Meeting m) {
            return weights.getOrDefault(MeetingScheduler.key(m.enterprise(), m.provider()), 0.0);
        }
    }

    private Built problem(MatchEvent e, List<EventRegistration> confirmed) {
        return problem(e, confirmed, true);
    }

    /**
     * The problem of an event. Unscored (for checking a schedule that exists), no matching scores are asked for: the
     * pairs are the meetings' own pairs, less those a preference now excludes.
     */
    private Built problem(MatchEvent e, List<EventRegistration> confirmed, boolean scored) {
        int slots = e.slotStarts().size();
        Map<Long, Integer> idOf = new HashMap<>();
        Map<Integer, Long> registrationOf = new HashMap<>();
        var participants = new ArrayList<MeetingScheduler.Participant>();
        for (EventRegistration r : confirmed) {
            int id = participants.size() + 1;
            idOf.put(r.getId(), id);
            registrationOf.put(id, r.getId());
            participants.add(new MeetingScheduler.Participant(id, r.getSide() == Side.ENTERPRISE
                    ? MeetingScheduler.Side.ENTERPRISE : MeetingScheduler.Side.PROVIDER,
                    r.getSlots().stream().filter(s -> s < slots).collect(Collectors.toSet()), r.getMaxMeetings()));
        }
        var enterprises = confirmed.stream().filter(r -> r.getSide() == Side.ENTERPRISE).toList();
        var providers = confirmed.stream().filter(r -> r.getSide() == Side.PROVIDER).toList();
        Map<Long, Double> fit = scored ? fit(enterprises, providers) : Map.of();
        Set<Long> scheduled = new HashSet<>();
        if (!scored) {
            meetings.findByEventIdOrderBySlotAscTableAsc(e.getId()).forEach(m -> scheduled.add(
                    key(m.getEnterpriseRegistration(), m.getProviderRegistration())));
        }
        Map<Long, PreferenceLevel> wish = new HashMap<>();
        preferences.fromAny(confirmed.stream().map(EventRegistration::getId).toList())
                .forEach(p -> wish.put(key(p.getKey().registrationId(), p.getKey().targetId()), p.getLevel()));
        Set<Long> must = new HashSet<>();
        mustMeets.ofEvent(e.getId()).forEach(m -> must.add(key(m.getKey().enterpriseRegistration(),
                m.getKey().providerRegistration())));
        Set<Long> metBefore = new HashSet<>();
        for (Object[] pair : meetings.metBefore(e.getId(), e.getEventDate())) {
            metBefore.add(key((Long) pair[0], (Long) pair[1]));
        }
        var pairs = new ArrayList<MeetingScheduler.Pair>();
        Map<Long, Double> weights = new HashMap<>();
        for (EventRegistration en : enterprises) {
            for (EventRegistration pr : providers) {
                var fromEnterprise = wish.get(key(en.getId(), pr.getId()));
                var fromProvider = wish.get(key(pr.getId(), en.getId()));
                boolean bureau = must.contains(key(en.getId(), pr.getId()));
                double score = fit.getOrDefault(key(en.getId(), pr.getId()), 0.0);
                boolean met = metBefore.contains(key(en.getOrganizationId(), pr.getOrganizationId()));
                boolean sameOrganization = en.getOrganizationId() == pr.getOrganizationId();
                var w = scored ? PairWeight.of(fromEnterprise, fromProvider, score, bureau, sameOrganization, met)
                        : scheduled.contains(key(en.getId(), pr.getId()))
                                && !PairWeight.excluded(fromEnterprise, fromProvider, sameOrganization)
                                        ? Optional.of(PairWeight.BASE) : Optional.<Double>empty();
                if (w.isPresent()) {
                    int a = idOf.get(en.getId());
                    int b = idOf.get(pr.getId());
                    pairs.add(new MeetingScheduler.Pair(a, b, w.get()));
                    weights.put(MeetingScheduler.key(a, b), w.get());
                }
            }
        }
        var pinned = new ArrayList<MeetingScheduler.Meeting>();
        for (EventMeeting m : meetings.findByEventIdOrderBySlotAscTableAsc(e.getId())) {
            Integer a = idOf.get(m.getEnterpriseRegistration());
            Integer b = idOf.get(m.getProviderRegistration());
            if (m.isPinned() && a != null && b != null && m.getSlot() < slots && m.getTable() <= e.getTables()
                    && participants.get(a - 1).slots().contains(m.getSlot())
                    && participants.get(b - 1).slots().contains(m.getSlot())) {
                pinned.add(new MeetingScheduler.Meeting(a, b, m.getSlot(), m.getTable()));
                weights.putIfAbsent(MeetingScheduler.key(a, b), m.getWeight());
                if (pairs.stream().noneMatch(p -> p.enterprise() == a && p.provider() == b)) {
                    pairs.add(new MeetingScheduler.Pair(a, b, Math.max(m.getWeight(), PairWeight.BASE)));
                }
            }
        }
        return new Built(new MeetingScheduler.Problem(slots, e.getTables(), participants, pairs, pinned),
                registrationOf, weights);
    }

    /** The schedule as the bureau reviews it (staff), with its figures and the hard rules checked. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public Views.Schedule schedule(long eventId) {
        AccountPrincipal me = me();
        MatchEvent e = events.findById(eventId).orElseThrow(NoSuchElementException::new);
        var all = meetings.findByEventIdOrderBySlotAscTableAsc(eventId);
        var views = views(me, e, all);
        var confirmed = registrations.findByEventIdAndStateOrderByIdAsc(eventId, RegistrationState.CONFIRMED);
        Map<Long, Integer> counts = new HashMap<>();
        all.forEach(m -> {
            counts.merge(m.getEnterpriseRegistration(), 1, Integer::sum);
            counts.merge(m.getProviderRegistration(), 1, Integer::sum);
        });
        int three = (int) confirmed.stream().filter(r -> counts.getOrDefault(r.getId(), 0) >= 3).count();
        int none = (int) confirmed.stream().filter(r -> counts.getOrDefault(r.getId(), 0) == 0).count();
        var built = problem(e, confirmed, false); // checking needs no matching scores
        Map<Long, Integer> idOf = new HashMap<>();
        built.registrations().forEach((id, reg) -> idOf.put(reg, id));
        var asMeetings = all.stream().filter(m -> idOf.containsKey(m.getEnterpriseRegistration())
                && idOf.containsKey(m.getProviderRegistration())).map(m -> new MeetingScheduler.Meeting(
                        idOf.get(m.getEnterpriseRegistration()), idOf.get(m.getProviderRegistration()), m.getSlot(),
                        m.getTable())).toList();
        var checked = new MeetingScheduler.Problem(built.problem().slots(), built.problem().tables(),
                built.problem().participants(), built.problem().pairs(), List.of());
        return new Views.Schedule(views, all.stream().mapToDouble(EventMeeting::getWeight).sum(), confirmed.size(),
                three, none, MeetingScheduler.violations(checked, asMeetings));
    }

    /** The bureau pins a meeting (a re-run keeps it) or releases it. */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void pin(long meetingId, boolean pinned) {
        EventMeeting m = lockedMeeting(meetingId);
        m.pin(pinned, clock.instant());
        audit.record(MEETING_CHANGED, "event-meeting:" + meetingId, pinned ? "pinned" : "released");
    }

    /**
     * The bureau moves a meeting to another slot and table (then pinned): both sides must be free and available in
     * the slot and the table free.
     */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void move(long meetingId, int slot, int table) {
        EventMeeting m = lockedMeeting(meetingId);
        MatchEvent e = events.findById(m.getEventId()).orElseThrow();
        var problems = new InvalidInputException.Collector();
        if (slot < 0 || slot >= e.slotStarts().size()) {
            problems.add("slot", "event.error.unknownSlot");
        }
        if (table < 1 || table > e.getTables()) {
            problems.add("table", "event.error.unknownTable", e.getTables());
        }
        problems.throwIfAny();
        var enterprise = registrations.findById(m.getEnterpriseRegistration()).orElseThrow();
        var provider = registrations.findById(m.getProviderRegistration()).orElseThrow();
        for (var r : List.of(enterprise, provider)) {
            if (!r.getSlots().contains(slot)) {
                throw InvalidInputException.of("slot", "event.error.notAvailable",
                        accounts.organizationNames(List.of(r.getOrganizationId())).get(r.getOrganizationId()));
            }
        }
        for (EventMeeting other : meetings.findByEventIdOrderBySlotAscTableAsc(m.getEventId())) {
            if (other.getId().equals(m.getId()) || other.getSlot() != slot) {
                continue;
            }
            if (other.getTable() == table) {
                throw InvalidInputException.of("table", "event.error.tableTaken");
            }
            if (other.getEnterpriseRegistration() == m.getEnterpriseRegistration()
                    || other.getProviderRegistration() == m.getProviderRegistration()) {
                throw InvalidInputException.of("slot", "event.error.busy");
            }
        }
        m.move(slot, table, clock.instant());
        audit.record(MEETING_CHANGED, "event-meeting:" + meetingId, "moved to " + slot + "/" + table);
    }

    /** The bureau takes a meeting out of the provisional schedule. */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void remove(long meetingId) {
        EventMeeting m = lockedMeeting(meetingId);
        meetings.delete(m);
        audit.record(MEETING_CHANGED, "event-meeting:" + meetingId, "removed");
    }

    private EventMeeting lockedMeeting(long meetingId) {
        var peek = meetings.findById(meetingId).orElseThrow(NoSuchElementException::new);
        MatchEvent e = events.findLockedById(peek.getEventId()).orElseThrow();
        if (e.getState() != EventState.OPEN) {
            throw InvalidInputException.of("schedule", "event.error.scheduleFixed");
        }
        return meetings.findById(meetingId).orElseThrow(NoSuchElementException::new);
    }

    // ------------------------------------------------------------------ agenda, attendance, outcomes

    /** The caller's meetings once the schedule is published (staff: every meeting), in slot order. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Views.MeetingView> agenda(long eventId) {
        AccountPrincipal me = me();
        MatchEvent e = events.findById(eventId).filter(x -> access.mayRead(me, x))
                .orElseThrow(NoSuchElementException::new);
        return views(me, e, meetings.findByEventIdOrderBySlotAscTableAsc(eventId));
    }

    private List<Views.MeetingView> views(AccountPrincipal me, MatchEvent e, List<EventMeeting> found) {
        Map<Long, EventRegistration> regs = new HashMap<>();
        registrations.findByEventIdOrderByIdAsc(e.getId()).forEach(r -> regs.put(r.getId(), r));
        var names = accounts.organizationNames(regs.values().stream().map(EventRegistration::getOrganizationId)
                .collect(Collectors.toSet()));
        var starts = e.slotStarts();
        boolean on = published(e) && !today().isBefore(e.getEventDate());
        var out = new ArrayList<Views.MeetingView>();
        for (EventMeeting m : found) {
            var en = regs.get(m.getEnterpriseRegistration());
            var pr = regs.get(m.getProviderRegistration());
            if (en == null || pr == null || !access.mayReadMeeting(me, e, en, pr)) {
                continue;
            }
            LocalTime start = m.getSlot() < starts.size() ? starts.get(m.getSlot()) : LocalTime.MIDNIGHT;
            boolean party = access.owns(me, en) || access.owns(me, pr);
            var brought = items(me, en);
            var open = access.owns(me, en) ? brought.stream().filter(i -> needs.snapshot(i.id())
                    .filter(n -> NeedStatus.OPEN.contains(n.status()) && !n.hidden()).isPresent()).toList()
                    : List.<Views.Item>of();
            out.add(new Views.MeetingView(m.getId(), m.getSlot(), start, start.plusMinutes(e.getSlotMinutes()),
                    m.getTable(), en.getId(), names.getOrDefault(en.getOrganizationId(), ""), pr.getId(),
                    names.getOrDefault(pr.getOrganizationId(), ""), m.getWeight(), m.isPinned(), m.getAttendance(),
                    m.getOutcome(), m.getEngagementId(), brought, items(me, pr), access.owns(me, en), open,
                    on && access.mayManage(me), on && (party || access.mayManage(me)),
                    on && access.owns(me, en) && m.getEngagementId() == null && !open.isEmpty()));
        }
        return out;
    }

    /** The bureau records who came to a meeting, from the event's day on. */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void recordAttendance(long meetingId, @Nullable Attendance attendance) {
        AccountPrincipal me = me();
        var view = meetingFor(me, meetingId);
        if (!view.mayRecordAttendance()) {
            throw InvalidInputException.of("attendance", "event.error.notYet");
        }
        EventMeeting m = meetings.findById(meetingId).orElseThrow();
        m.record(attendance, m.getOutcome(), clock.instant());
        audit.record(MEETING_RECORDED, "event-meeting:" + meetingId, "attendance " + attendance);
    }

    /** The bureau or either party records what a meeting led to, from the event's day on. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void recordOutcome(long meetingId, @Nullable Outcome outcome) {
        AccountPrincipal me = me();
        var view = meetingFor(me, meetingId);
        if (!view.mayRecordOutcome()) {
            throw InvalidInputException.of("outcome", "event.error.notYet");
        }
        EventMeeting m = meetings.findById(meetingId).orElseThrow();
        m.record(m.getAttendance(), outcome, clock.instant());
        audit.record(MEETING_RECORDED, "event-meeting:" + meetingId, "outcome " + outcome);
    }

    /**
     * The enterprise of a meeting invites its provider to quote for one of the needs it brought: an engagement of
     * the collaboration module, linked to the meeting and counted as the event's result. Returns the engagement's id.
     */
    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public long engage(long meetingId, long needId, @Nullable String note) {
        AccountPrincipal me = me();
        var view = meetingFor(me, meetingId);
        if (!view.mayEngage()) {
            throw InvalidInputException.of("need", "event.error.notYet");
        }
        if (view.openNeeds().stream().noneMatch(i -> i.id() == needId)) {
            throw InvalidInputException.of("need", "event.error.notYours");
        }
        EventMeeting m = meetings.findById(meetingId).orElseThrow();
        var provider = registrations.findById(m.getProviderRegistration()).orElseThrow();
        var created = engagements.invite(needId, List.of(provider.getOrganizationId()), note);
        if (created.isEmpty()) {
            throw InvalidInputException.of("need", "event.error.alreadyEngaged");
        }
        m.linkEngagement(created.getFirst(), clock.instant());
        if (m.getOutcome() == null || m.getOutcome() == Outcome.NONE) {
            m.record(m.getAttendance(), Outcome.FOLLOW_UP, clock.instant());
        }
        audit.record(ENGAGED, "event-meeting:" + meetingId, "engagement:" + created.getFirst());
        return created.getFirst();
    }

    private Views.MeetingView meetingFor(AccountPrincipal me, long meetingId) {
        EventMeeting m = meetings.findById(meetingId).orElseThrow(NoSuchElementException::new);
        MatchEvent e = events.findById(m.getEventId()).orElseThrow();
        return views(me, e, List.of(m)).stream().findFirst().orElseThrow(NoSuchElementException::new);
    }

    /** The year's events held, registrations, meetings and resulting engagements against the target of 20. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public Views.YearCounts yearCounts(int year) {
        var inYear = events.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .filter(e -> e.getState() != EventState.CANCELLED && e.getState() != EventState.DRAFT).toList();
        var ids = inYear.stream().map(MatchEvent::getId).toList();
        int held = (int) inYear.stream().filter(e -> e.getState() == EventState.HELD).count();
        int registered = (int) registrations.findByEventIdIn(ids).stream()
                .filter(r -> r.getState() == RegistrationState.CONFIRMED).count();
        var all = meetings.findByEventIdIn(ids);
        int engaged = (int) all.stream().filter(m -> m.getEngagementId() != null).count();
        return new Views.YearCounts(year, held, inYear.size() - held, registered, all.size(), engaged, TARGET_EVENTS);
    }

    /** For the bureau's dashboard: the days of the year's events held. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('BUREAU','ADMIN')")
    public List<LocalDate> heldDays(int year) {
        return events.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .filter(e -> e.getState() == EventState.HELD).map(MatchEvent::getEventDate).sorted().toList();
    }

    /** A registrant of an event recorded after it was held elsewhere. */
    public record PastRegistration(long organizationId, Side side, Set<Long> items) {}

    /** A meeting of such an event: the two organisations, its slot and table, who came and what it led to. */
    public record PastMeeting(long enterprise, long provider, int slot, int table, Attendance attendance,
            Outcome outcome) {}

    /**
     * The bureau records an event held before the platform ran it (its year counts towards the target): held, with
     * its confirmed registrants and meetings, which must keep the schedule's hard rules. Returns its id.
     */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public long recordHeld(EventForm form, List<PastRegistration> registrants, List<PastMeeting> held) {
        if (form.date() == null || !form.date().isBefore(today())) {
            throw InvalidInputException.of("date", "event.error.notPast");
        }
        var clean = check(new EventForm(form.title(), form.theme(), form.industry(), form.format(), form.place(),
                form.link(), today(), today(), form.sessions(), form.slotMinutes(), form.tables(), form.capacity(),
                form.description()), null);
        clean = new EventForm(clean.title(), clean.theme(), clean.industry(), clean.format(), clean.place(),
                clean.link(), form.date(), form.registrationDeadline() == null ? form.date()
                        : form.registrationDeadline(), clean.sessions(), clean.slotMinutes(), clean.tables(),
                clean.capacity(), clean.description());
        Instant now = clock.instant();
        var e = events.save(new MatchEvent(clean, now));
        int slots = e.slotStarts().size();
        Map<Long, EventRegistration> byOrg = new HashMap<>();
        var participants = new ArrayList<MeetingScheduler.Participant>();
        for (PastRegistration p : registrants) {
            var r = new EventRegistration(e.getId(), p.organizationId(), p.side(), now);
            var all = new HashSet<Integer>();
            for (int i = 0; i < slots; i++) {
                all.add(i);
            }
            r.apply(p.items(), all, slots, now);
            r.take(RegistrationTransition.CONFIRM, null, now);
            r = registrations.save(r);
            byOrg.put(p.organizationId(), r);
            participants.add(new MeetingScheduler.Participant(r.getId().intValue(), p.side() == Side.ENTERPRISE
                    ? MeetingScheduler.Side.ENTERPRISE : MeetingScheduler.Side.PROVIDER, all, slots));
        }
        var asMeetings = new ArrayList<MeetingScheduler.Meeting>();
        var pairs = new ArrayList<MeetingScheduler.Pair>();
        for (PastMeeting m : held) {
            var en = byOrg.get(m.enterprise());
            var pr = byOrg.get(m.provider());
            if (en == null || pr == null) {
                throw InvalidInputException.of("meetings", "event.error.notRegistered");
            }
            var meeting = new MeetingScheduler.Meeting(en.getId().intValue(), pr.getId().intValue(), m.slot(),
                    m.table());
            asMeetings.add(meeting);
            pairs.add(new MeetingScheduler.Pair(meeting.enterprise(), meeting.provider(), PairWeight.BASE));
        }
        var broken = MeetingScheduler.violations(new MeetingScheduler.Problem(slots, e.getTables(), participants,
                pairs, List.of()), asMeetings);
        if (!broken.isEmpty()) {
            throw InvalidInputException.of("meetings", "event.error.scheduleBroken", broken.getFirst());
        }
        for (int i = 0; i < held.size(); i++) {
            var m = held.get(i);
            var saved = meetings.save(new EventMeeting(e.getId(), asMeetings.get(i),
                    byOrg.get(m.enterprise()).getId(), byOrg.get(m.provider()).getId(), PairWeight.BASE, true, now));
            saved.record(m.attendance(), m.outcome(), now);
        }
        e.take(EventTransition.PUBLISH, null, now);
        e.take(EventTransition.PUBLISH_SCHEDULE, null, now);
        e.take(EventTransition.HOLD, null, now);
        audit.record(SAVED, target(e), "recorded as held on " + e.getEventDate());
        return e.getId();
    }

    /** Links a meeting of a held event to an engagement its enterprise started (for records kept elsewhere). */
    @Transactional
    @PreAuthorize("hasRole('BUREAU')")
    public void linkEngagement(long eventId, long enterpriseOrg, long providerOrg, long engagementId) {
        var en = registrations.findByEventIdAndOrganizationId(eventId, enterpriseOrg).orElseThrow();
        var pr = registrations.findByEventIdAndOrganizationId(eventId, providerOrg).orElseThrow();
        var m = meetings.of(eventId, en.getId()).stream().filter(x -> x.getProviderRegistration() == pr.getId())
                .findFirst().orElseThrow(NoSuchElementException::new);
        m.linkEngagement(engagementId, clock.instant());
        audit.record(ENGAGED, "event-meeting:" + m.getId(), "engagement:" + engagementId);
    }

    // ------------------------------------------------------------------ reminders

    /** Daily at 08:20 Asia/Shanghai: the confirmed participants of tomorrow's scheduled events. */
    @Scheduled(cron = "0 20 8 * * *", zone = "Asia/Shanghai")
    @Transactional
    public void remind() {
        remind(today());
    }

    /** Sends the reminders due on the day, each event once; returns how many organisations were told. */
    @Transactional
    public int remind(LocalDate today) {
        int told = 0;
        for (MatchEvent e : events.findByStateAndEventDate(EventState.SCHEDULED, today.plusDays(1))) {
            if (e.getRemindedAt() != null) {
                continue;
            }
            e.reminded(clock.instant());
            for (EventRegistration r : registrations.findByEventIdAndStateOrderByIdAsc(e.getId(),
                    RegistrationState.CONFIRMED)) {
                publisher.publishEvent(new EventNotice(e.getId(), r.getOrganizationId(), e.getTitle(),
                        EventNotice.Type.REMINDER, e.getEventDate().toString()));
                told++;
            }
        }
        if (told > 0) {
            log.info("Event reminders sent to {} participants", told);
        }
        return told;
    }

    // ------------------------------------------------------------------ helpers

    /** For the agenda exports: the caller's meetings with the event. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Agenda> agendaOf(long eventId) {
        var d = details(eventId);
        var mine = agenda(eventId);
        return mine.isEmpty() ? Optional.empty() : Optional.of(new Agenda(d, mine));
    }

    /** An event with the meetings of one reader. */
    public record Agenda(Views.EventDetails event, List<Views.MeetingView> meetings) {}

    private static String target(MatchEvent e) {
        return "event:" + e.getId();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    private static AccountPrincipal me() {
        return AccountPrincipal.current().orElseThrow();
    }

    static Collection<Long> ids(Collection<EventRegistration> rs) {
        return rs.stream().map(EventRegistration::getId).toList();
    }
}
