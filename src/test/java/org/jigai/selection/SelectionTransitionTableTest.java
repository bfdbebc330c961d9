package org.jigai.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The three state tables of docs/selection.md are the code's: parsed and compared with {@link CallTransition},
 * {@link NominationTransition} and {@link ReviewTransition}; then every transition is tried from every state on the
 * entity — taken where the table allows it, refused everywhere else with the state unchanged — and the access policy
 * gives each to its role only (the enterprise and the expert only their own).
 */
class SelectionTransitionTableTest {

    static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-30");

    static List<String[]> table(String name) throws IOException {
        String doc = Files.readString(Path.of("docs/selection.md"));
        String body = doc.substring(doc.indexOf("<!-- " + name + ":begin -->"), doc.indexOf("<!-- " + name + ":end -->"));
        var rows = new ArrayList<String[]>();
        for (String line : body.lines().toList()) {
            if (line.startsWith("| ") && !line.startsWith("| transition") && !line.startsWith("|---")) {
                rows.add(java.util.Arrays.stream(line.split("\\|")).map(String::strip).skip(1).toArray(String[]::new));
            }
        }
        return rows;
    }

    @Test
    void the_call_table_is_the_code_and_every_move_from_every_state_is_taken_or_refused() throws IOException {
        var rows = table("call-transitions");
        assertThat(rows).extracting(r -> CallTransition.valueOf(r[0])).containsExactly(CallTransition.values());
        for (String[] r : rows) {
            var t = CallTransition.valueOf(r[0]);
            assertThat(t.from()).as(r[0]).isEqualTo(CallState.valueOf(r[1]));
            assertThat(t.to()).as(r[0]).isEqualTo(CallState.valueOf(r[2]));
        }
        for (CallTransition t : CallTransition.values()) {
            for (CallState s : CallState.values()) {
                var c = new SelectionCall(SelectionFixture.call(2026, TODAY, TODAY), NOW);
                ReflectionTestUtils.setField(c, "state", s);
                if (t.from() == s) {
                    c.take(t, TODAY, NOW);
                    assertThat(c.getState()).as(t + " from " + s).isEqualTo(t.to());
                } else {
                    assertThatThrownBy(() -> c.take(t, TODAY, NOW)).as(t + " from " + s)
                            .isInstanceOf(IllegalStateException.class);
                    assertThat(c.getState()).isEqualTo(s);
                }
            }
        }
        // the notice runs from its first day for the call's number of days
        var c = new SelectionCall(SelectionFixture.call(2026, TODAY, TODAY), NOW);
        ReflectionTestUtils.setField(c, "state", CallState.REVIEWING);
        c.take(CallTransition.PUBLISH_NOTICE, TODAY, NOW);
        assertThat(c.getNoticeFrom()).isEqualTo(TODAY);
        assertThat(c.getNoticeUntil()).isEqualTo(TODAY.plusDays(6));
    }

    @Test
    void the_nomination_table_is_the_code_and_every_move_from_every_state_is_taken_or_refused() throws IOException {
        var rows = table("nomination-transitions");
        assertThat(rows).extracting(r -> NominationTransition.valueOf(r[0]))
                .containsExactly(NominationTransition.values());
        for (String[] r : rows) {
            var t = NominationTransition.valueOf(r[0]);
            var from = EnumSet.noneOf(NominationState.class);
            for (String s : r[1].split(" ")) {
                from.add(NominationState.valueOf(s));
            }
            assertThat(t.from()).as(r[0]).isEqualTo(from);
            assertThat(t.to()).as(r[0]).isEqualTo(NominationState.valueOf(r[2]));
            assertThat(t.role()).as(r[0]).isEqualTo(Role.valueOf(r[3]));
            assertThat(t.reasoned()).as(r[0]).isEqualTo(r[4].equals("yes"));
        }
        var access = new SelectionAccess();
        var owner = principal(1, 7L, Role.ENTERPRISE);
        var other = principal(2, 8L, Role.ENTERPRISE);
        var bureau = principal(3, null, Role.BUREAU);
        var admin = principal(4, null, Role.ADMIN);
        var expert = principal(5, null, Role.EXPERT);
        for (NominationTransition t : NominationTransition.values()) {
            for (NominationState s : NominationState.values()) {
                var n = in(s);
                if (t.allows(s)) {
                    n.take(t, t.reasoned() ? "理由说明" : null, NOW);
                    assertThat(n.getState()).as(t + " from " + s).isEqualTo(t.to());
                    var again = in(s);
                    assertThat(access.mayTake(owner, again, t)).as(t + " by its enterprise")
                            .isEqualTo(t.role() == Role.ENTERPRISE);
                    assertThat(access.mayTake(other, again, t)).as(t + " by another enterprise").isFalse();
                    assertThat(access.mayTake(bureau, again, t)).as(t + " by the bureau")
                            .isEqualTo(t.role() == Role.BUREAU);
                    assertThat(access.mayTake(admin, again, t)).as(t + " by an admin").isFalse();
                    assertThat(access.mayTake(expert, again, t)).as(t + " by an expert").isFalse();
                } else {
                    assertThatThrownBy(() -> n.take(t, null, NOW)).as(t + " from " + s)
                            .isInstanceOf(IllegalStateException.class);
                    assertThat(n.getState()).isEqualTo(s);
                    assertThat(access.mayTake(owner, n, t) || access.mayTake(bureau, n, t)).isFalse();
                }
            }
        }
    }

    @Test
    void the_review_table_is_the_code_and_every_move_from_every_state_is_taken_or_refused() throws IOException {
        var rows = table("review-transitions");
        assertThat(rows).extracting(r -> ReviewTransition.valueOf(r[0])).containsExactly(ReviewTransition.values());
        for (String[] r : rows) {
            var t = ReviewTransition.valueOf(r[0]);
            assertThat(t.from()).as(r[0]).isEqualTo(ReviewState.valueOf(r[1]));
            assertThat(t.to()).as(r[0]).isEqualTo(ReviewState.valueOf(r[2]));
            assertThat(t.role()).as(r[0]).isEqualTo(Role.valueOf(r[3]));
            assertThat(t.reasoned()).as(r[0]).isEqualTo(r[4].equals("yes"));
        }
        var access = new SelectionAccess();
        var own = principal(5, null, Role.EXPERT);
        var otherExpert = principal(6, null, Role.EXPERT);
        var bureau = principal(3, null, Role.BUREAU);
        for (ReviewTransition t : ReviewTransition.values()) {
            for (ReviewState s : ReviewState.values()) {
                var a = new ReviewAssignment(1, 5, false, NOW);
                ReflectionTestUtils.setField(a, "state", s);
                if (t.from() == s) {
                    assertThat(access.mayTake(own, a, t)).as(t + " by its expert").isEqualTo(t.role() == Role.EXPERT
                            && s != ReviewState.REMOVED);
                    assertThat(access.mayTake(otherExpert, a, t)).as(t + " by another expert").isFalse();
                    assertThat(access.mayTake(bureau, a, t)).as(t + " by the bureau").isEqualTo(t.role() == Role.BUREAU);
                    a.take(t, t.reasoned() ? "回避理由" : null, NOW);
                    assertThat(a.getState()).as(t + " from " + s).isEqualTo(t.to());
                } else {
                    assertThatThrownBy(() -> a.take(t, null, NOW)).as(t + " from " + s)
                            .isInstanceOf(IllegalStateException.class);
                    assertThat(a.getState()).isEqualTo(s);
                }
            }
        }
    }

    private static Nomination in(NominationState state) {
        var n = new Nomination(1, 7, NOW);
        ReflectionTestUtils.setField(n, "state", state);
        return n;
    }

    private static AccountPrincipal principal(long id, Long org, Role role) {
        return new AccountPrincipal(id, "u" + id, null, "u", org, null, false, Set.of(role), true);
    }
}
