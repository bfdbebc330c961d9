package org.jigai.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigai.AccessTables;
import org.jigai.AccessTables.Row;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.need.NeedService;
import org.jigai.provider.ProviderService;
import org.jigai.provider.SolutionService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the event table of {@code docs/security.md}: an event, a registration and a meeting taken through their
 * states, and for each every reader's read and every action tried and rolled back through the service.
 */
@SpringBootTest
@ActiveProfiles("test")
class EventAccessTableTest {

    static final List<String> ACTIONS = List.of("edit", "register", "withdraw", "confirm", "decline", "move");

    @Autowired EventService events;
    @Autowired AccountService accounts;
    @Autowired NeedService needs;
    @Autowired SolutionService solutions;
    @Autowired ProviderService providers;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_reader_sees_and_does_exactly_what_the_event_table_says() throws Exception {
        List<Row> rows = AccessTables.read(Path.of("docs/security.md"), "event-table");
        assertThat(rows).hasSize(6);
        var f = new EventFixture(accounts, needs, solutions, providers);
        var registrant = f.enterprise("表甲");
        var other = f.provider("表乙");
        var partner = f.provider("表丙");
        var enterprise = f.enterprise("表丁");
        var provider = f.provider("表戊");
        Map<String, @Nullable String> readers = new LinkedHashMap<>();
        readers.put("registrant", registrant.user());
        readers.put("other registrant", other.user());
        readers.put("enterprise", enterprise.user());
        readers.put("provider", provider.user());
        readers.put("bureau", "demo-bureau");
        readers.put("admin", "admin");
        readers.put("expert", "demo-expert");
        readers.put("anonymous", null);
        Map<String, Long> items = Map.of(registrant.user(), registrant.item(), other.user(), other.item(),
                enterprise.user(), enterprise.item(), provider.user(), provider.item());

        TestData.actAs(accounts, "demo-bureau");
        long draft = events.save(null, 0, EventFixture.form("访问表草稿活动", 3));
        long open = events.save(null, 0, EventFixture.form("访问表活动", 3));
        events.take(open, EventTransition.PUBLISH, null);
        TestData.actAs(accounts, registrant.user());
        long registration = events.register(open, new RegistrationForm(Set.of(registrant.item()), Set.of(0, 1, 2), 2));
        TestData.actAs(accounts, other.user());
        long otherRegistration = events.register(open, new RegistrationForm(Set.of(other.item()), Set.of(0, 1, 2), 2));
        events.prefer(open, registration, PreferenceLevel.NOT, false);
        TestData.actAs(accounts, partner.user());
        long partnerRegistration = events.register(open, new RegistrationForm(Set.of(partner.item()), Set.of(0, 1), 2));
        events.prefer(open, registration, PreferenceLevel.MUST, false);

        long meeting = -1;
        for (Row row : rows) {
            String key = row.record() + " / " + row.state();
            switch (key) {
                case "event / draft", "event / open", "registration / pending" -> { }
                case "registration / confirmed" -> {
                    TestData.actAs(accounts, "demo-bureau");
                    for (long r : List.of(registration, otherRegistration, partnerRegistration)) {
                        events.take(r, RegistrationTransition.CONFIRM, null);
                    }
                }
                case "meeting / provisional" -> {
                    TestData.actAs(accounts, "demo-bureau");
                    events.generate(open);
                    meeting = events.schedule(open).meetings().stream()
                            .filter(m -> m.enterpriseRegistration() == registration
                                    && m.providerRegistration() == partnerRegistration)
                            .findFirst().orElseThrow().id();
                }
                case "meeting / published" -> {
                    TestData.actAs(accounts, "demo-bureau");
                    events.take(open, EventTransition.PUBLISH_SCHEDULE, null);
                }
                default -> throw new IllegalStateException(key);
            }
            long eventId = row.state().equals("draft") ? draft : open;
            long meetingId = meeting;
            for (var reader : readers.entrySet()) {
                Set<String> allowed = row.allowed().get(reader.getKey());
                String where = key + " / " + reader.getKey();
                login(reader.getValue());
                boolean read = switch (row.record()) {
                    case "event" -> AccessTables.succeeds(() -> events.details(eventId));
                    case "registration" -> reads(() -> events.registrations(open).stream()
                            .anyMatch(r -> r.id() == registration));
                    default -> reads(() -> events.agenda(open).stream().anyMatch(m -> m.id() == meetingId));
                };
                assertThat(read).as(where + ": read").isEqualTo(allowed.contains("read"));
                for (String action : ACTIONS) {
                    boolean relevant = switch (action) {
                        case "edit", "register" -> row.record().equals("event");
                        case "move" -> row.record().equals("meeting");
                        default -> row.record().equals("registration");
                    };
                    if (!relevant) {
                        continue;
                    }
                    String user = reader.getValue();
                    boolean done = AccessTables.triedAndRolledBack(transactions, () -> {
                        login(user);
                        switch (action) {
                            case "edit" -> events.save(eventId, events.details(eventId).version(),
                                    EventFixture.form(row.state().equals("draft") ? "访问表草稿活动" : "访问表活动", 3));
                            case "register" -> events.register(eventId, new RegistrationForm(
                                    Set.of(items.getOrDefault(user == null ? "" : user, 0L)), Set.of(0), 1));
                            case "withdraw" -> events.take(registration, RegistrationTransition.WITHDRAW, null);
                            case "confirm" -> events.take(registration, RegistrationTransition.CONFIRM, null);
                            case "decline" -> events.take(registration, RegistrationTransition.DECLINE, "名额有限");
                            case "move" -> {
                                var m = events.schedule(open).meetings().stream().filter(x -> x.id() == meetingId)
                                        .findFirst().orElseThrow();
                                events.move(meetingId, m.slot(), m.table());
                            }
                            default -> throw new IllegalStateException(action);
                        }
                    });
                    assertThat(done).as(where + ": " + action).isEqualTo(allowed.contains(action));
                }
            }
        }
    }

    private static boolean reads(java.util.function.BooleanSupplier found) {
        try {
            return found.getAsBoolean();
        } catch (RuntimeException refused) {
            return false;
        }
    }

    private void login(@Nullable String user) {
        if (user == null) {
            SecurityContextHolder.clearContext();
        } else {
            TestData.actAs(accounts, user);
        }
    }
}
