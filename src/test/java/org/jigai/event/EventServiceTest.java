package org.jigai.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.base.InvalidInputException;
import org.jigai.engagement.Side;
import org.jigai.need.NeedService;
import org.jigai.notification.Kind;
import org.jigai.notification.NotificationService;
import org.jigai.provider.ProviderService;
import org.jigai.provider.SolutionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * An event through its service: the form checked on the server, registration rules, preferences, the schedule
 * (hard rules, 不见 excluded, pinned and moved meetings surviving a re-run, moves refused into conflicts), publishing
 * with notices and agendas only for the parties, agenda files, reminders on a fixed day, withdrawal, the year's counts,
 * and an event recorded after it was held with an engagement started from one of its meetings.
 */
@SpringBootTest
@ActiveProfiles("test")
class EventServiceTest {

    @Autowired EventService events;
    @Autowired AgendaFiles files;
    @Autowired AccountService accounts;
    @Autowired NeedService needs;
    @Autowired SolutionService solutions;
    @Autowired ProviderService providers;
    @Autowired NotificationService notifications;

    EventFixture fixture() {
        return new EventFixture(accounts, needs, solutions, providers);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_event_form_is_checked_on_the_server() {
        TestData.actAs(accounts, "demo-bureau");
        var bad = new EventForm(" ", null, null, EventFormat.HYBRID, null, "ftp://x", EventFixture.TODAY.minusDays(1),
                EventFixture.TODAY.plusDays(3), List.of(new Session(LocalTime.of(10, 0), LocalTime.of(9, 0))), 40, 0,
                1, null);
        try {
            events.save(null, 0, bad);
            throw new AssertionError("not refused");
        } catch (InvalidInputException e) {
            assertThat(e.problems()).containsOnlyKeys("title", "place", "link", "date", "registrationDeadline",
                    "slotMinutes", "tables",
                    "capacity", "sessions");
        }
        var overlapping = new EventForm("重叠时段", null, null, EventFormat.ONLINE, null, "https://meet.example.cn/a",
                EventFixture.TODAY.plusDays(5), EventFixture.TODAY.plusDays(6), List.of(
                        new Session(LocalTime.of(9, 0), LocalTime.of(10, 0)),
                        new Session(LocalTime.of(9, 30), LocalTime.of(11, 0))), 20, 4, 20, null);
        assertThatThrownBy(() -> events.save(null, 0, overlapping)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsOnlyKeys("registrationDeadline", "sessions"));
        var lateDeadline = new EventForm("截止已过", null, null, EventFormat.OFFLINE, "青岛", null,
                EventFixture.TODAY.plusDays(10), EventFixture.TODAY.minusDays(1),
                List.of(new Session(LocalTime.of(9, 0), LocalTime.of(10, 0))), 20, 4, 20, null);
        assertThatThrownBy(() -> events.save(null, 0, lateDeadline)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems().get("registrationDeadline").key())
                        .isEqualTo("event.error.deadlinePast"));
        TestData.actAs(accounts, "demo-enterprise");
        assertThatThrownBy(() -> events.save(null, 0, EventFixture.form("企业不能建活动", 4)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void registrants_state_wishes_the_engine_schedules_and_the_bureau_publishes() throws Exception {
        var f = fixture();
        var e1 = f.enterprise("甲");
        var e2 = f.enterprise("乙");
        var p1 = f.provider("一");
        var p2 = f.provider("二");
        var p3 = f.provider("三");
        TestData.actAs(accounts, "demo-bureau");
        long event = events.save(null, 0, EventFixture.form("服务测试对接会", 2));
        assertThat(events.details(event).slots()).hasSize(5);
        TestData.actAs(accounts, e1.user());
        assertThatThrownBy(() -> events.register(event, new RegistrationForm(Set.of(e1.item()), Set.of(0), 1)))
                .as("a draft is not open").isInstanceOf(java.util.NoSuchElementException.class);
        TestData.actAs(accounts, "demo-bureau");
        events.take(event, EventTransition.PUBLISH, null);

        TestData.actAs(accounts, e1.user());
        assertThatThrownBy(() -> events.register(event, new RegistrationForm(Set.of(p1.item(), 999_999_999L),
                Set.of(7), 0))).isInstanceOfSatisfying(InvalidInputException.class,
                        x -> assertThat(x.problems()).containsOnlyKeys("items", "slots", "maxMeetings"));
        long r1 = events.register(event, new RegistrationForm(Set.of(e1.item()), Set.of(0, 1, 2, 3, 4), 4));
        TestData.actAs(accounts, e2.user());
        long r2 = events.register(event, new RegistrationForm(Set.of(e2.item()), Set.of(0, 1, 2), 3));
        long[] providersRegs = new long[3];
        int i = 0;
        for (var p : List.of(p1, p2, p3)) {
            TestData.actAs(accounts, p.user());
            providersRegs[i++] = events.register(event, new RegistrationForm(Set.of(p.item()), Set.of(0, 1, 2, 3, 4),
                    3));
        }
        TestData.actAs(accounts, p1.user());
        assertThat(events.registrations(event)).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(
                providersRegs[0]));
        TestData.actAs(accounts, "demo-bureau");
        assertThat(events.registrations(event)).hasSize(5);
        for (long r : List.of(r1, r2, providersRegs[0], providersRegs[1], providersRegs[2])) {
            events.take(r, RegistrationTransition.CONFIRM, null);
        }
        TestData.actAs(accounts, e1.user());
        assertThat(notifications.mine(false, List.of(Kind.EVENT_REGISTRATION_CONFIRMED), PageRequest.of(0, 5))
                .getContent()).hasSize(1);
        var suggestions = events.suggestions(event);
        assertThat(suggestions).hasSize(3).allSatisfy(s -> assertThat(s.fit()).isPositive());
        events.prefer(event, providersRegs[0], PreferenceLevel.MUST, false);
        events.prefer(event, providersRegs[1], PreferenceLevel.NOT, false);
        assertThatThrownBy(() -> events.prefer(event, r2, PreferenceLevel.MUST, false))
                .as("not the other side").isInstanceOf(java.util.NoSuchElementException.class);
        TestData.actAs(accounts, p3.user());
        events.prefer(event, r2, PreferenceLevel.NOT, false);

        TestData.actAs(accounts, "demo-bureau");
        events.mustMeet(event, r2, providersRegs[1], true); // nobody asked for this pair: the bureau wants it
        assertThat(events.mustMeets(event)).singleElement().satisfies(m -> assertThat(m.providerRegistration())
                .isEqualTo(providersRegs[1]));
        int made = events.generate(event);
        var schedule = events.schedule(event);
        assertThat(schedule.violations()).isEmpty();
        assertThat(schedule.meetings()).hasSize(made);
        var pairs = schedule.meetings().stream().map(m -> m.enterpriseRegistration() + ":" + m.providerRegistration())
                .toList();
        assertThat(pairs).contains(r1 + ":" + providersRegs[0], r2 + ":" + providersRegs[1]).doesNotContain(
                r1 + ":" + providersRegs[1],
                r2 + ":" + providersRegs[2]);
        assertThat(schedule.meetings()).allSatisfy(m -> assertThat(m.table()).isBetween(1, 2));
        if (schedule.meetings().stream().anyMatch(m -> m.table() == 2)) {
            var fewer = EventFixture.form("服务测试对接会", 1);
            assertThatThrownBy(() -> events.save(event, events.details(event).version(), fewer))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            x -> assertThat(x.problems()).containsOnlyKeys("tables"));
        }
        // pin one meeting after moving it to a free slot and table; a re-run keeps it there
        var first = schedule.meetings().stream().filter(m -> m.enterpriseRegistration() == r1).findFirst()
                .orElseThrow();
        var busy = schedule.meetings().stream().filter(m -> m.id() != first.id() && (m.enterpriseRegistration() == r1
                || m.providerRegistration() == first.providerRegistration())).map(Views.MeetingView::slot).toList();
        int slot = java.util.stream.IntStream.range(0, 5).filter(s -> !busy.contains(s) && s != first.slot())
                .findFirst().orElseThrow();
        int table = schedule.meetings().stream().anyMatch(m -> m.slot() == slot && m.table() == 1) ? 2 : 1;
        if (schedule.meetings().stream().filter(m -> m.slot() == slot).count() < 2) {
            events.move(first.id(), slot, table);
        }
        var conflict = schedule.meetings().stream().filter(m -> m.id() != first.id() && m.slot() != slot
                && m.providerRegistration() == first.providerRegistration()).findFirst();
        if (conflict.isPresent()) {
            assertThatThrownBy(() -> events.move(conflict.get().id(), slot, table == 1 ? 2 : 1))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> events.move(first.id(), 9, 1)).isInstanceOf(InvalidInputException.class);
        events.pin(first.id(), true);
        var pinned = events.schedule(event).meetings().stream().filter(m -> m.id() == first.id()).findFirst()
                .orElseThrow();
        events.generate(event);
        var again = events.schedule(event);
        assertThat(again.violations()).isEmpty();
        assertThat(again.meetings()).anySatisfy(m -> {
            assertThat(m.id()).isEqualTo(pinned.id());
            assertThat(m.slot()).isEqualTo(pinned.slot());
            assertThat(m.table()).isEqualTo(pinned.table());
        });

        // before publishing, participants see no agenda; the bureau publishes and they are told
        TestData.actAs(accounts, e1.user());
        assertThat(events.agenda(event)).isEmpty();
        TestData.actAs(accounts, "demo-bureau");
        var counts = events.yearCounts(EventFixture.TODAY.plusDays(20).getYear());
        events.take(event, EventTransition.PUBLISH_SCHEDULE, null);
        var after = events.yearCounts(EventFixture.TODAY.plusDays(20).getYear());
        assertThat(after.meetings() - counts.meetings()).isZero(); // meetings count once scheduled, not when published
        TestData.actAs(accounts, e1.user());
        assertThat(notifications.mine(false, List.of(Kind.EVENT_SCHEDULE_PUBLISHED), PageRequest.of(0, 5))
                .getContent()).singleElement().satisfies(n -> assertThat(n.link()).isEqualTo(
                        "events/" + event + "/agenda"));
        var mine = events.agenda(event);
        assertThat(mine).isNotEmpty().allSatisfy(m -> assertThat(m.enterpriseRegistration()).isEqualTo(r1));
        assertThat(mine).allSatisfy(m -> assertThat(m.mayRecordOutcome()).as("not before the day").isFalse());
        assertThatThrownBy(() -> events.recordOutcome(mine.getFirst().id(), Outcome.INTENTION))
                .isInstanceOf(InvalidInputException.class);
        // the files hold the reader's meetings only
        String ics = new String(files.ics(event, Locale.SIMPLIFIED_CHINESE, Instant.now()), StandardCharsets.UTF_8);
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(mine.size() + 1);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(AgendaFiles.lines(ics.getBytes(StandardCharsets.UTF_8)))
                .allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(files.xlsx(event, Locale.SIMPLIFIED_CHINESE)))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(mine.size());
            assertThat(book.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("桌号");
        }
        TestData.actAs(accounts, p2.user());
        assertThat(events.agenda(event)).allSatisfy(m -> assertThat(m.providerRegistration())
                .isEqualTo(providersRegs[1]));
        // the day before: each confirmed participant once
        assertThat(events.remind(EventFixture.TODAY.plusDays(19))).isGreaterThanOrEqualTo(5); // other tests' events too
        assertThat(events.remind(EventFixture.TODAY.plusDays(19))).isZero();
        TestData.actAs(accounts, e1.user());
        assertThat(notifications.mine(false, List.of(Kind.EVENT_REMINDER), PageRequest.of(0, 5)).getContent())
                .hasSize(1);
        // once the schedule is published, withdrawing would lose meetings: refused, the meetings stay
        TestData.actAs(accounts, e2.user());
        assertThatThrownBy(() -> events.take(r2, RegistrationTransition.WITHDRAW, null))
                .isInstanceOf(InvalidInputException.class);
        TestData.actAs(accounts, "demo-bureau");
        assertThat(events.schedule(event).meetings()).anyMatch(m -> m.enterpriseRegistration() == r2);
        assertThatThrownBy(() -> events.take(event, EventTransition.HOLD, null)).isInstanceOf(
                InvalidInputException.class);
    }

    @Test
    void a_confirmed_registration_that_changes_waits_for_confirmation_again() {
        var f = fixture();
        var e = f.enterprise("戊");
        TestData.actAs(accounts, "demo-bureau");
        long event = events.save(null, 0, EventFixture.form("改报名测试会", 3));
        events.take(event, EventTransition.PUBLISH, null);
        TestData.actAs(accounts, e.user());
        long r = events.register(event, new RegistrationForm(Set.of(e.item()), Set.of(0, 1, 2), 2));
        TestData.actAs(accounts, "demo-bureau");
        events.take(r, RegistrationTransition.CONFIRM, null);
        TestData.actAs(accounts, e.user());
        events.register(event, new RegistrationForm(Set.of(e.item()), Set.of(0, 1, 2), 2)); // unchanged: stays
        assertThat(events.details(event).mine().state()).isEqualTo(RegistrationState.CONFIRMED);
        events.register(event, new RegistrationForm(Set.of(e.item()), Set.of(3, 4), 2));
        assertThat(events.details(event).mine().state()).isEqualTo(RegistrationState.PENDING);
    }

    @Test
    void an_event_held_elsewhere_is_recorded_and_an_engagement_started_from_a_meeting_counts() {
        var f = fixture();
        var e = f.enterprise("丙");
        var p = f.provider("丁");
        TestData.actAs(accounts, "demo-bureau");
        int year = EventFixture.TODAY.minusDays(3).getYear();
        var before = events.yearCounts(year);
        var form = new EventForm("补录的对接会", null, null, EventFormat.OFFLINE, "青岛", null,
                EventFixture.TODAY.minusDays(3), EventFixture.TODAY.minusDays(5),
                List.of(new Session(LocalTime.of(9, 0), LocalTime.of(10, 0))), 20, 2, 20, null);
        assertThatThrownBy(() -> events.recordHeld(form, List.of(new EventService.PastRegistration(e.organizationId(),
                Side.ENTERPRISE, Set.of(e.item())), new EventService.PastRegistration(p.organizationId(), Side.PROVIDER,
                        Set.of(p.item()))), List.of(new EventService.PastMeeting(e.organizationId(), p.organizationId(),
                                0, 1, Attendance.BOTH, Outcome.FOLLOW_UP), new EventService.PastMeeting(
                                        e.organizationId(), p.organizationId(), 1, 1, Attendance.BOTH,
                                        Outcome.NONE)))).as("a pair meets twice").isInstanceOf(
                                                InvalidInputException.class);
        long event = events.recordHeld(form, List.of(new EventService.PastRegistration(e.organizationId(),
                Side.ENTERPRISE, Set.of(e.item())), new EventService.PastRegistration(p.organizationId(), Side.PROVIDER,
                        Set.of(p.item()))), List.of(new EventService.PastMeeting(e.organizationId(), p.organizationId(),
                                0, 1, Attendance.BOTH, Outcome.FOLLOW_UP)));
        var after = events.yearCounts(year);
        assertThat(after.held() - before.held()).isEqualTo(1);
        assertThat(after.registrations() - before.registrations()).isEqualTo(2);
        assertThat(after.meetings() - before.meetings()).isEqualTo(1);
        TestData.actAs(accounts, e.user());
        var meeting = events.agenda(event).getFirst();
        assertThat(meeting.mayEngage()).isTrue();
        assertThatThrownBy(() -> events.engage(meeting.id(), 999_999_999L, null)).isInstanceOf(
                InvalidInputException.class);
        long engagement = events.engage(meeting.id(), e.item(), "活动上聊得不错，请报价");
        assertThat(engagement).isPositive();
        assertThat(events.agenda(event).getFirst().engagementId()).isEqualTo(engagement);
        TestData.actAs(accounts, p.user());
        assertThat(events.agenda(event)).singleElement().satisfies(m -> assertThat(m.mayEngage()).isFalse());
        assertThatThrownBy(() -> events.engage(meeting.id(), e.item(), null)).isInstanceOf(
                org.springframework.security.access.AccessDeniedException.class);
        TestData.actAs(accounts, "demo-bureau");
        assertThat(events.yearCounts(year).engagements() - before.engagements()).isEqualTo(1);
    }
}
