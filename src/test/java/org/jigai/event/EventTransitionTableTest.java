package org.jigai.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jigai.engagement.Side;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The two state tables of docs/events.md are the ones in the code, and every transition from every state is taken
 * where the table allows it and refused (state unchanged) everywhere else, on the entities.
 */
class EventTransitionTableTest {

    static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

    static List<String[]> rows(String table) throws IOException {
        String doc = Files.readString(Path.of("docs/events.md"));
        String part = doc.substring(doc.indexOf("<!-- " + table + ":begin -->"), doc.indexOf("<!-- " + table + ":end -->"));
        var out = new ArrayList<String[]>();
        for (String line : part.lines().toList()) {
            if (line.startsWith("| ") && !line.startsWith("| transition") && !line.startsWith("|---")) {
                String[] cells = line.split("\\|");
                out.add(new String[] {cells[1].strip(), cells[2].strip(), cells[3].strip(), cells[4].strip()});
            }
        }
        return out;
    }

    @Test
    void the_event_table_is_the_code_and_every_transition_is_taken_or_refused_as_it_says() throws IOException {
        var rows = rows("event-transitions");
        assertThat(rows).extracting(r -> r[0]).containsExactlyInAnyOrder(
                java.util.Arrays.stream(EventTransition.values()).map(Enum::name).toArray(String[]::new));
        for (String[] row : rows) {
            var t = EventTransition.valueOf(row[0]);
            assertThat(t.from()).as(row[0]).containsExactlyInAnyOrder(
                    java.util.Arrays.stream(row[1].split(" ")).map(EventState::valueOf).toArray(EventState[]::new));
            assertThat(t.to()).as(row[0]).isEqualTo(EventState.valueOf(row[2]));
            assertThat(row[3]).isEqualTo("BUREAU");
            for (EventState s : EventState.values()) {
                var e = new MatchEvent();
                ReflectionTestUtils.setField(e, "state", s);
                if (t.from().contains(s)) {
                    e.take(t, "理由", NOW);
                    assertThat(e.getState()).isEqualTo(t.to());
                } else {
                    assertThatThrownBy(() -> e.take(t, null, NOW)).isInstanceOf(IllegalStateException.class);
                    assertThat(e.getState()).isEqualTo(s);
                }
            }
        }
    }

    @Test
    void the_registration_table_is_the_code_and_every_transition_is_taken_or_refused_as_it_says() throws IOException {
        var rows = rows("registration-transitions");
        assertThat(rows).extracting(r -> r[0]).containsExactlyInAnyOrder(
                java.util.Arrays.stream(RegistrationTransition.values()).map(Enum::name).toArray(String[]::new));
        for (String[] row : rows) {
            var t = RegistrationTransition.valueOf(row[0]);
            assertThat(t.from()).as(row[0]).containsExactlyInAnyOrder(java.util.Arrays.stream(row[1].split(" "))
                    .map(RegistrationState::valueOf).toArray(RegistrationState[]::new));
            assertThat(t.to()).as(row[0]).isEqualTo(RegistrationState.valueOf(row[2]));
            assertThat(t.byRegistrant()).as(row[0]).isEqualTo(row[3].equals("REGISTRANT"));
            for (RegistrationState s : RegistrationState.values()) {
                var r = new EventRegistration(1, 2, Side.ENTERPRISE, NOW);
                ReflectionTestUtils.setField(r, "state", s);
                if (t.from().contains(s)) {
                    r.take(t, "理由", NOW);
                    assertThat(r.getState()).isEqualTo(t.to());
                } else {
                    assertThatThrownBy(() -> r.take(t, null, NOW)).isInstanceOf(IllegalStateException.class);
                    assertThat(r.getState()).isEqualTo(s);
                }
            }
        }
    }
}
