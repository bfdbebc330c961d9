package org.jigai.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jigai.account.Role;
import org.jigai.base.ServiceCategory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The application table of docs/pool.md is the one in the code: parsed and compared with {@link PoolTransition}
 * (states, role, reason), then every transition tried from every state on the entity — taken where the table allows
 * it, refused everywhere else with the state unchanged.
 */
class PoolTransitionTableTest {

    record Row(Set<ApplicationState> from, ApplicationState to, Role role, boolean reasoned) {}

    static final Map<PoolTransition, Row> TABLE = new EnumMap<>(PoolTransition.class);
    static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

    @BeforeAll
    static void parse() throws IOException {
        String doc = Files.readString(Path.of("docs/pool.md"));
        String table = doc.substring(doc.indexOf("<!-- pool-transitions:begin -->"),
                doc.indexOf("<!-- pool-transitions:end -->"));
        for (String line : table.lines().toList()) {
            if (!line.startsWith("| ") || line.startsWith("| transition") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.split("\\|");
            var from = EnumSet.noneOf(ApplicationState.class);
            for (String s : cells[2].strip().split(" ")) {
                from.add(ApplicationState.valueOf(s));
            }
            TABLE.put(PoolTransition.valueOf(cells[1].strip()), new Row(from,
                    ApplicationState.valueOf(cells[3].strip()), Role.valueOf(cells[4].strip()),
                    cells[5].strip().equals("yes")));
        }
    }

    @Test
    void the_documented_table_is_the_code() {
        assertThat(TABLE.keySet()).containsExactlyInAnyOrder(PoolTransition.values());
        TABLE.forEach((t, row) -> {
            assertThat(t.from()).as(t.name()).isEqualTo(row.from());
            assertThat(t.to()).as(t.name()).isEqualTo(row.to());
            assertThat(t.role()).as(t.name()).isEqualTo(row.role());
            assertThat(t.reasoned()).as(t.name()).isEqualTo(row.reasoned());
        });
    }

    @Test
    void every_transition_from_every_state_is_taken_or_refused_as_the_table_says() {
        for (PoolTransition t : PoolTransition.values()) {
            for (ApplicationState s : ApplicationState.values()) {
                var a = in(s);
                if (TABLE.get(t).from().contains(s)) {
                    a.take(t, t.reasoned() ? "理由" : null, NOW);
                    assertThat(a.getState()).as(t + " from " + s).isEqualTo(TABLE.get(t).to());
                } else {
                    assertThatThrownBy(() -> a.take(t, null, NOW)).as(t + " from " + s)
                            .isInstanceOf(IllegalStateException.class);
                    assertThat(a.getState()).as(t + " from " + s + " unchanged").isEqualTo(s);
                }
            }
        }
    }

    @Test
    void the_policy_gives_each_transition_to_its_role_only_and_the_provider_only_its_own() {
        var owner = principal(7L, Role.PROVIDER);
        var other = principal(8L, Role.PROVIDER);
        var bureau = principal(null, Role.BUREAU);
        var admin = principal(null, Role.ADMIN);
        var access = new PoolAccess();
        for (PoolTransition t : PoolTransition.values()) {
            for (ApplicationState s : t.from()) {
                var a = in(s);
                ReflectionTestUtils.setField(a, "organizationId", 7L);
                assertThat(access.mayTake(owner, a, t)).as(t + " by its provider").isEqualTo(t.role() == Role.PROVIDER);
                assertThat(access.mayTake(other, a, t)).as(t + " by another provider").isFalse();
                assertThat(access.mayTake(bureau, a, t)).as(t + " by the bureau").isEqualTo(t.role() == Role.BUREAU);
                assertThat(access.mayTake(admin, a, t)).as(t + " by an admin").isFalse();
            }
        }
    }

    private static PoolApplication in(ApplicationState state) {
        var a = new PoolApplication(1, 7, ServiceCategory.DIAGNOSIS, NOW);
        ReflectionTestUtils.setField(a, "state", state);
        return a;
    }

    private static org.jigai.account.AccountPrincipal principal(Long org, Role role) {
        return new org.jigai.account.AccountPrincipal(1, "u", null, "u", org, null, false, Set.of(role), true);
    }
}
