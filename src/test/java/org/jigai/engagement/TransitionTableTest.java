package org.jigai.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigai.base.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The state machine of docs/collaboration.md is the one in the code: the table there is parsed and compared with
 * {@link Transition}, then every transition is tried from every state by every side on the entity — taken where the
 * table allows it, refused everywhere else with the state unchanged.
 */
class TransitionTableTest {

    record Row(Set<EngagementState> from, boolean start, Set<Side> sides, EngagementState to) {}

    static final Map<Transition, Row> TABLE = new EnumMap<>(Transition.class);
    static final Instant NOW = Instant.parse("2027-01-31T15:30:00Z");

    @BeforeAll
    static void parse() throws IOException {
        String doc = Files.readString(Path.of("docs/collaboration.md"));
        String table = doc.substring(doc.indexOf("<!-- transition-table:begin -->"), doc.indexOf("<!-- transition-table:end -->"));
        for (String line : table.lines().toList()) {
            if (!line.startsWith("| ") || line.startsWith("| transition") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.split("\\|");
            Transition t = Transition.valueOf(cells[1].strip());
            String from = cells[2].strip();
            Set<EngagementState> states = EnumSet.noneOf(EngagementState.class);
            boolean start = from.equals("(start)");
            if (from.equals("(any)")) {
                states = EnumSet.allOf(EngagementState.class);
            } else if (!start) {
                for (String s : from.split(" ")) {
                    states.add(EngagementState.valueOf(s));
                }
            }
            Set<Side> sides = EnumSet.noneOf(Side.class);
            for (String s : cells[3].strip().split(" ")) {
                sides.add(Side.valueOf(s));
            }
            String to = cells[4].strip();
            TABLE.put(t, new Row(states, start, sides, to.equals("—") ? null : EngagementState.valueOf(to)));
        }
    }

    @Test
    void the_documented_table_is_the_table_in_the_code() {
        assertThat(TABLE.keySet()).containsExactlyInAnyOrder(Transition.values());
        for (Transition t : Transition.values()) {
            Row row = TABLE.get(t);
            assertThat(t.from()).as(t + " from").isEqualTo(row.from());
            assertThat(t.sides()).as(t + " sides").isEqualTo(row.sides());
            assertThat(t.to()).as(t + " to").isEqualTo(row.to());
            assertThat(t.from().isEmpty()).as(t + " is a start").isEqualTo(row.start());
        }
    }

    @Test
    void every_transition_is_taken_where_the_table_allows_it_and_refused_everywhere_else() {
        List<String> wrong = new ArrayList<>();
        for (Transition t : Transition.values()) {
            for (EngagementState state : EngagementState.values()) {
                for (Side side : Side.values()) {
                    Engagement e = engagementIn(state);
                    boolean allowed = TABLE.get(t).from().contains(state) && TABLE.get(t).sides().contains(side);
                    try {
                        e.take(t, side, NOW);
                        EngagementState expected = TABLE.get(t).to() == null ? state : TABLE.get(t).to();
                        if (!allowed) {
                            wrong.add(t + " by " + side + " from " + state + " was taken");
                        } else if (e.getState() != expected) {
                            wrong.add(t + " by " + side + " from " + state + " led to " + e.getState());
                        }
                    } catch (InvalidInputException refused) {
                        assertThat(refused.problems().get("state").key()).isEqualTo("engagement.error.refused");
                        if (allowed) {
                            wrong.add(t + " by " + side + " from " + state + " was refused");
                        }
                        if (e.getState() != state) {
                            wrong.add(t + " by " + side + " from " + state + " changed the state although refused");
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void an_invitation_starts_invited_and_an_interest_starts_interested() {
        assertThat(new Engagement(1, 2, 3, Side.ENTERPRISE, null, NOW).getState()).isEqualTo(EngagementState.INVITED);
        assertThat(new Engagement(1, 2, 3, Side.PROVIDER, "note", NOW).getState()).isEqualTo(EngagementState.INTERESTED);
        assertThat(Transition.INVITE.allows(null, Side.ENTERPRISE)).isTrue();
        assertThat(Transition.INVITE.allows(null, Side.PROVIDER)).isFalse();
        assertThat(Transition.EXPRESS_INTEREST.allows(null, Side.PROVIDER)).isTrue();
        assertThat(Transition.ACCEPT_INVITATION.allows(null, Side.PROVIDER)).isFalse();
    }

    @Test
    void contacts_are_revealed_at_the_second_consent_and_each_side_consents_once() {
        Engagement e = engagementIn(EngagementState.ACTIVE);
        assertThat(e.consent(Side.PROVIDER, NOW)).isFalse();
        assertThat(e.getRevealedAt()).isNull();
        assertThatThrownBy(() -> e.consent(Side.PROVIDER, NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(e.consent(Side.ENTERPRISE, NOW)).isTrue();
        assertThat(e.getRevealedAt()).isEqualTo(NOW);
    }

    @Test
    void an_ended_engagement_records_when_it_ended() {
        Engagement e = engagementIn(EngagementState.ACTIVE);
        e.take(Transition.CANCEL, Side.PROVIDER, NOW);
        assertThat(e.getEndedAt()).isEqualTo(NOW);
        Engagement signed = engagementIn(EngagementState.ACTIVE);
        signed.take(Transition.ACCEPT_PROPOSAL, Side.ENTERPRISE, NOW);
        assertThat(signed.getSignedAt()).isEqualTo(NOW);
        assertThat(signed.getEndedAt()).isNull();
    }

    private static Engagement engagementIn(EngagementState state) {
        Engagement e = new Engagement(1, 2, 3, Side.ENTERPRISE, null, NOW.minusSeconds(3600));
        ReflectionTestUtils.setField(e, "state", state);
        return e;
    }
}
