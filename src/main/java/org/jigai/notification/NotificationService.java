package org.jigai.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.account.Recipient;
import org.jigai.base.Formats;
import org.jigai.base.LiveUpdates;
import org.jigai.base.Translations;
import org.jigai.engagement.EngagementEventRecorded;
import org.jigai.engagement.Side;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications from the collaboration's events (in their transaction: a transition and its notices are
 * stored together), serves each user their own, and sends e-mail. Nobody reads another user's notifications: a
 * notification of someone else is "not found".
 */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final PreferenceRepository preferences;
    private final AccountService accounts;
    private final LiveUpdates live;
    private final Mailer mailer;
    private final Translations translations;
    private final Clock clock;
    private final String baseUrl;

    NotificationService(NotificationRepository notifications, PreferenceRepository preferences, AccountService accounts,
            LiveUpdates live, Mailer mailer, Translations translations, Clock clock,
            @Value("${jigai.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.accounts = accounts;
        this.live = live;
        this.mailer = mailer;
        this.translations = translations;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** Who hears of a collaboration event: the other party, both for the platform's own moves, the bureau for reports. */
    @EventListener
    @Transactional
    void on(EngagementEventRecorded e) {
        if (e.transition() == org.jigai.engagement.Transition.SHORTLIST) {
            return; // the enterprise's own note: nobody is told
        }
        String link = "engagements/" + e.engagementId();
        Kind kind = e.transition() == org.jigai.engagement.Transition.CONSENT_CONTACTS && "revealed".equals(e.detail())
                ? Kind.CONTACTS_REVEALED : Kind.of(e.transition());
        List<Recipient> to = new ArrayList<>();
        switch (e.transition()) {
            case REPORT -> to.addAll(accounts.bureauStaff());
            case HANDLE_REPORT, COMPLETE, AUTO_APPROVE_MILESTONE, SHOW_RATINGS -> {
                to.addAll(accounts.recipients(e.enterpriseId()));
                to.addAll(accounts.recipients(e.providerId()));
            }
            case REMIND_AUTO_APPROVAL -> to.addAll(accounts.recipients(e.enterpriseId()));
            case CLOSE -> to.addAll(accounts.recipients(e.providerId()));
            default -> {
                if (kind == Kind.CONTACTS_REVEALED) {
                    to.addAll(accounts.recipients(e.enterpriseId()));
                    to.addAll(accounts.recipients(e.providerId()));
                } else if (e.side() == Side.ENTERPRISE) {
                    to.addAll(accounts.recipients(e.providerId()));
                } else if (e.side() == Side.PROVIDER) {
                    to.addAll(accounts.recipients(e.enterpriseId()));
                }
            }
        }
        String who = e.side() == Side.ENTERPRISE ? e.enterpriseName()
                : e.side() == Side.PROVIDER ? e.providerName() : null;
        String detail = switch (kind) {
            case DECLINE_INVITATION, DECLINE_INTEREST, DECLINE_PROPOSAL, CANCEL, REQUEST_CHANGES, REPORT, HANDLE_REPORT,
                    SUBMIT_MILESTONE, APPROVE_MILESTONE, AUTO_APPROVE_MILESTONE, REMIND_AUTO_APPROVAL, SEND_MESSAGE ->
                    joinNonNull(who, e.detail());
            case CLOSE -> e.detail();
            default -> who;
        };
        Instant now = clock.instant();
        Set<Long> seen = new java.util.HashSet<>();
        for (Recipient r : to) {
            if (e.actorId() != null && r.userId() == e.actorId() || !seen.add(r.userId())) {
                continue;
            }
            var state = mailer.configured() && r.email() != null && !r.email().isBlank()
                    ? Notification.MailState.PENDING : Notification.MailState.SKIPPED;
            notifications.save(new Notification(r.userId(), kind.name(), link, e.needTitle(), detail, now, state));
            live.signalAfterCommit(LiveUpdates.user(r.userId()));
        }
    }

    /** The enterprise's users are told that a published need is about to expire. */
    @EventListener
    @Transactional
    void on(org.jigai.need.NeedExpiringSoon e) {
        Instant now = clock.instant();
        String date = e.expiresAt().atZone(Formats.ZONE).toLocalDate().toString();
        for (Recipient r : accounts.recipients(e.organizationId())) {
            var state = mailer.configured() && r.email() != null && !r.email().isBlank()
                    ? Notification.MailState.PENDING : Notification.MailState.SKIPPED;
            notifications.save(new Notification(r.userId(), Kind.NEED_EXPIRING.name(), "needs/" + e.needId(), e.title(),
                    date, now, state));
            live.signalAfterCommit(LiveUpdates.user(r.userId()));
        }
    }

    /** Report reminders and bureau comments go to the project's enterprise. */
    @EventListener
    @Transactional
    void on(org.jigai.project.ProjectNotice e) {
        Instant now = clock.instant();
        Kind kind = Kind.valueOf("PROJECT_" + e.type().name());
        for (Recipient r : accounts.recipients(e.enterpriseId())) {
            var state = mailer.configured() && r.email() != null && !r.email().isBlank()
                    ? Notification.MailState.PENDING : Notification.MailState.SKIPPED;
            notifications.save(new Notification(r.userId(), kind.name(), "projects/" + e.projectId(), e.projectName(),
                    e.detail(), now, state));
            live.signalAfterCommit(LiveUpdates.user(r.userId()));
        }
    }

    /**
     * Pool decisions and renewal reminders go to the provider. The subject is written once, in Chinese, like the other
     * subjects of the centre (「2026年度资源池 · 诊断咨询」).
     */
    @EventListener
    @Transactional
    void on(org.jigai.pool.PoolNotice e) {
        Instant now = clock.instant();
        Kind kind = Kind.valueOf("POOL_" + e.type().name());
        String subject = translations.get("pool.subject", e.year(), translations.get(e.category().labelKey()));
        for (Recipient r : accounts.recipients(e.organizationId())) {
            var state = mailer.configured() && r.email() != null && !r.email().isBlank()
                    ? Notification.MailState.PENDING : Notification.MailState.SKIPPED;
            notifications.save(new Notification(r.userId(), kind.name(), "pool/applications/" + e.applicationId(),
                    subject, e.detail(), now, state));
            live.signalAfterCommit(LiveUpdates.user(r.userId()));
        }
    }

    /** Registration decisions, the published schedule, cancellation and the day-before reminder of an event. */
    @EventListener
    @Transactional
    void on(org.jigai.event.EventNotice e) {
        Instant now = clock.instant();
        Kind kind = Kind.valueOf("EVENT_" + e.type().name());
        String link = e.type() == org.jigai.event.EventNotice.Type.SCHEDULE_PUBLISHED
                || e.type() == org.jigai.event.EventNotice.Type.REMINDER ? "events/" + e.eventId() + "/agenda"
                        : "events/" + e.eventId();
        for (Recipient r : accounts.recipients(e.organizationId())) {
            var state = mailer.configured() && r.email() != null && !r.email().isBlank()
                    ? Notification.MailState.PENDING : Notification.MailState.SKIPPED;
            notifications.save(new Notification(r.userId(), kind.name(), link, e.title(), e.detail(), now, state));
            live.signalAfterCommit(LiveUpdates.user(r.userId()));
        }
    }

    /** Nominations checked, reviews assigned, the selection in notice, objections and published cases. */
    @EventListener
    @Transactional
    void on(org.jigai.selection.SelectionNotice e) {
        Instant now = clock.instant();
        Kind kind = Kind.valueOf("SELECTION_" + e.type().name());
        var to = new java.util.LinkedHashMap<Long, Recipient>();
        e.organizationIds().forEach(o -> accounts.recipients(o).forEach(r -> to.putIfAbsent(r.userId(), r)));
        accounts.recipientsById(e.userIds()).forEach(r -> to.putIfAbsent(r.userId(), r));
        if (e.bureau()) {
            accounts.bureauStaff().forEach(r -> to.putIfAbsent(r.userId(), r));
        }
        for (Recipient r : to.values()) {
            var state = mailer.configured() && r.email() != null && !r.email().isBlank()
                    ? Notification.MailState.PENDING : Notification.MailState.SKIPPED;
            notifications.save(new Notification(r.userId(), kind.name(), e.link(), e.title(), e.detail(), now, state));
            live.signalAfterCommit(LiveUpdates.user(r.userId()));
        }
    }

    private static @Nullable String joinNonNull(@Nullable String a, @Nullable String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " · " + b;
    }

    // ------------------------------------------------------------------ the centre

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<NotificationView> mine(boolean unreadOnly, @Nullable List<Kind> kinds, Pageable pageable) {
        long me = me().id();
        Page<Notification> page;
        if (unreadOnly) {
            page = notifications.findByUserIdAndReadAtIsNullOrderByIdDesc(me, pageable);
        } else if (kinds != null && !kinds.isEmpty()) {
            page = notifications.findByUserIdAndKindInOrderByIdDesc(me, kinds.stream().map(Kind::name).toList(), pageable);
        } else {
            page = notifications.findByUserIdOrderByIdDesc(me, pageable);
        }
        return page.map(NotificationService::view);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long unread() {
        return notifications.countByUserIdAndReadAtIsNull(me().id());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public NotificationView open(long id) {
        long me = me().id();
        Notification n = notifications.findById(id).filter(x -> x.getUserId() == me)
                .orElseThrow(NoSuchElementException::new);
        n.read(clock.instant());
        live.signalAfterCommit(LiveUpdates.user(me));
        return view(n);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        long me = me().id();
        live.signalAfterCommit(LiveUpdates.user(me));
        return notifications.markAllRead(me, clock.instant());
    }

    /** The user's e-mail choice for every kind (defaults filled in). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Kind, MailMode> preferences() {
        return modes(me().id());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setPreference(Kind kind, MailMode mode) {
        long me = me().id();
        var key = new Preference.Key(me, kind.name());
        preferences.findById(key).ifPresentOrElse(p -> p.set(mode), () -> preferences.save(new Preference(me, kind.name(), mode)));
    }

    public boolean mailConfigured() {
        return mailer.configured();
    }

    // ------------------------------------------------------------------ e-mail

    @Scheduled(fixedDelayString = "${jigai.mail.immediate-delay:60000}", initialDelay = 30000)
    @Transactional
    public void sendImmediate() {
        sendImmediate(clock.instant());
    }

    @Scheduled(cron = "${jigai.mail.digest-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    @Transactional
    public void sendDigests() {
        sendDigests(clock.instant());
    }

    /** Mails each pending notification whose kind its user wants at once; marks the ones they want never. */
    @Transactional
    public int sendImmediate(Instant now) {
        return send(now, MailMode.IMMEDIATE);
    }

    /** One e-mail per user with every pending notification they want in the digest. */
    @Transactional
    public int sendDigests(Instant now) {
        return send(now, MailMode.DIGEST);
    }

    private int send(Instant now, MailMode mode) {
        if (!mailer.configured()) {
            return 0;
        }
        Map<Long, List<Notification>> byUser = new LinkedHashMap<>();
        for (Notification n : notifications.findByMailStateAndCreatedAtBeforeOrderByUserIdAscIdAsc(
                Notification.MailState.PENDING, now.plusMillis(1))) {
            byUser.computeIfAbsent(n.getUserId(), k -> new ArrayList<>()).add(n);
        }
        if (byUser.isEmpty()) {
            return 0;
        }
        Map<Long, Recipient> recipients = new java.util.HashMap<>();
        accounts.recipientsById(byUser.keySet()).forEach(r -> recipients.put(r.userId(), r));
        int sent = 0;
        for (var entry : byUser.entrySet()) {
            Recipient r = recipients.get(entry.getKey());
            Map<Kind, MailMode> modes = modes(entry.getKey());
            List<Notification> due = new ArrayList<>();
            for (Notification n : entry.getValue()) {
                MailMode m = modes.get(Kind.valueOf(n.getKind()));
                if (r == null || r.email() == null || m == MailMode.OFF) {
                    n.mailed(Notification.MailState.SKIPPED);
                } else if (m == mode) {
                    due.add(n);
                }
            }
            if (due.isEmpty() || r == null || r.email() == null) {
                continue;
            }
            if (mode == MailMode.IMMEDIATE) {
                for (Notification n : due) {
                    if (mailer.send(r.email(), subject(n), body(r, List.of(n)))) {
                        n.mailed(Notification.MailState.SENT);
                        sent++;
                    }
                }
            } else if (mailer.send(r.email(), digestSubject(due.size()), body(r, due))) {
                due.forEach(n -> n.mailed(Notification.MailState.SENT));
                sent++;
            }
        }
        return sent;
    }

    /** Subject in both languages: users' language is not stored, and the platform's users read Chinese first. */
    private String subject(Notification n) {
        return translations.get(Translations.CHINESE, "email.subject", text(Translations.CHINESE, n)) + " / "
                + translations.get(Translations.ENGLISH, "email.subject", text(Translations.ENGLISH, n));
    }

    private String digestSubject(int count) {
        return translations.get(Translations.CHINESE, "email.digestSubject", count) + " / "
                + translations.get(Translations.ENGLISH, "email.digestSubject", count);
    }

    private String body(Recipient r, List<Notification> list) {
        var b = new StringBuilder();
        for (Locale locale : Translations.LOCALES) {
            b.append(translations.get(locale, "email.greeting", r.displayName())).append("\n\n");
            for (Notification n : list) {
                b.append("• ").append(Formats.dateTime(n.getCreatedAt(), locale)).append("  ").append(text(locale, n))
                        .append("\n  ").append(baseUrl).append(n.getLink()).append("\n");
            }
            b.append("\n").append(translations.get(locale, "email.footer", baseUrl + "notifications")).append("\n\n");
        }
        return b.toString();
    }

    private String text(Locale locale, Notification n) {
        Kind kind = Kind.valueOf(n.getKind());
        return translations.get(locale, kind.textKey(), n.getSubject(),
                detail(kind, n.getDetail(), translations.get(locale, "need.anonymousEnterprise"), locale));
    }

    /**
     * A notice's detail as shown: the anonymous marker becomes 「匿名企业」, a date is written the reader's way
     * (2027年2月14日).
     */
    public static String detail(Kind kind, @Nullable String detail, String anonymous, Locale locale) {
        if (detail == null) {
            return "";
        }
        if (kind == Kind.NEED_EXPIRING || kind.name().startsWith("PROJECT_REPORT_") || kind == Kind.PROJECT_SKIPPED
                || kind == Kind.PROJECT_URGED || kind == Kind.POOL_RENEWAL_DUE || kind == Kind.EVENT_REMINDER) {
            try {
                return Formats.date(java.time.LocalDate.parse(detail), locale);
            } catch (java.time.format.DateTimeParseException notADate) {
                return detail;
            }
        }
        return detail.replace(org.jigai.engagement.EngagementService.ANONYMOUS, anonymous);
    }

    private Map<Kind, MailMode> modes(long userId) {
        Map<Kind, MailMode> modes = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            modes.put(k, k.defaultMode());
        }
        for (Preference p : preferences.findByKeyUserId(userId)) {
            try {
                modes.put(Kind.valueOf(p.topic()), p.mode());
            } catch (IllegalArgumentException ignored) {
                // a kind that no longer exists
            }
        }
        return modes;
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.getId(), Kind.valueOf(n.getKind()), n.getSubject(), n.getDetail(), n.getLink(),
                n.getCreatedAt(), n.getReadAt() != null);
    }

    private static AccountPrincipal me() {
        return AccountPrincipal.current().orElseThrow();
    }
}
