package org.jigai.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The stage table of docs/projects.md is the one in the code: parsed and compared with {@link ProjectTransition}, then
 * every transition tried from every stage on the entity — taken where the table allows it, refused everywhere else
 * with the stage unchanged.
 */
class ProjectStageTableTest {

    record Row(Set<ProjectStage> from, ProjectStage to) {}

    static final Map<ProjectTransition, Row> TABLE = new EnumMap<>(ProjectTransition.class);
    static final LocalDate TODAY = LocalDate.of(2027, 1, 31);
    static final Instant NOW = Instant.parse("2027-01-31T03:00:00Z");

    @BeforeAll
    static void parse() throws IOException {
        String doc = Files.readString(Path.of("docs/projects.md"));
        String table = doc.substring(doc.indexOf("<!-- stage-table:begin -->"), doc.indexOf("<!-- stage-table:end -->"));
        for (String line : table.lines().toList()) {
            if (!line.startsWith("| ") || line.startsWith("| transition") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.split("\\|");
            var from = EnumSet.noneOf(ProjectStage.class);
            for (String s : cells[2].strip().split(" ")) {
                from.add(ProjectStage.valueOf(s));
            }
            String to = cells[3].strip();
            TABLE.put(ProjectTransition.valueOf(cells[1].strip()),
                    new Row(from, to.startsWith("(") ? null : ProjectStage.valueOf(to)));
        }
    }

    @Test
    void the_documented_table_is_the_code() {
        assertThat(TABLE.keySet()).containsExactlyInAnyOrder(ProjectTransition.values());
        TABLE.forEach((t, row) -> {
            assertThat(t.from()).as(t.name()).isEqualTo(row.from());
            assertThat(t.to()).as(t.name()).isEqualTo(row.to());
        });
    }

    static Project at(ProjectStage stage) {
        var p = new Project(1L, "XM-T", 2027, new ProjectForm("p", Industry.MACHINERY, Set.of(Direction.SMART), "370281",
                new java.math.BigDecimal("1000"), new java.math.BigDecimal("100"), TODAY, TODAY, TODAY, null, null,
                List.of(), Set.of()), NOW);
        ReflectionTestUtils.setField(p, "stage", stage);
        ReflectionTestUtils.setField(p, "actualStart", TODAY.minusDays(30));
        ReflectionTestUtils.setField(p, "actualCompletion", TODAY.minusDays(10));
        if (stage == ProjectStage.SUSPENDED) {
            ReflectionTestUtils.setField(p, "stageBeforeSuspension", ProjectStage.UNDER_CONSTRUCTION);
        }
        return p;
    }

    @Test
    void every_transition_from_every_stage_is_taken_or_refused_as_the_table_says() {
        for (ProjectTransition t : ProjectTransition.values()) {
            for (ProjectStage stage : ProjectStage.values()) {
                Project p = at(stage);
                if (TABLE.get(t).from().contains(stage)) {
                    p.take(t, TODAY, "reason", TODAY, NOW);
                    ProjectStage expected = TABLE.get(t).to() == null ? ProjectStage.UNDER_CONSTRUCTION : TABLE.get(t).to();
                    assertThat(p.getStage()).as(t + " from " + stage).isEqualTo(expected);
                } else {
                    assertThatThrownBy(() -> p.take(t, TODAY, "reason", TODAY, NOW)).as(t + " from " + stage)
                            .isInstanceOfSatisfying(InvalidInputException.class,
                                    e -> assertThat(e.problems()).containsKey("stage"));
                    assertThat(p.getStage()).isEqualTo(stage);
                }
            }
        }
    }

    @Test
    void dated_transitions_refuse_the_future_and_dates_before_the_previous_stage() {
        assertThatThrownBy(() -> at(ProjectStage.PLANNED).take(ProjectTransition.START, TODAY.plusDays(1), null, TODAY,
                NOW)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get("date").key()).isEqualTo("project.error.future"));
        assertThatThrownBy(() -> at(ProjectStage.UNDER_CONSTRUCTION).take(ProjectTransition.COMPLETE,
                TODAY.minusDays(31), null, TODAY, NOW)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get("date").key()).isEqualTo("project.error.beforePrevious"));
        assertThatThrownBy(() -> at(ProjectStage.COMPLETED).take(ProjectTransition.START_PRODUCTION,
                TODAY.minusDays(11), null, TODAY, NOW)).as("no production before completion")
                .isInstanceOf(InvalidInputException.class);
        var p = at(ProjectStage.COMPLETED);
        p.take(ProjectTransition.START_PRODUCTION, TODAY.minusDays(10), null, TODAY, NOW);
        assertThat(p.getActualProduction()).as("the same day as completion is allowed").isEqualTo(TODAY.minusDays(10));
    }

    @Test
    void resume_returns_to_the_stage_the_project_was_suspended_from() {
        for (ProjectStage from : ProjectStage.SUSPENDABLE) {
            var p = at(from);
            p.take(ProjectTransition.SUSPEND, null, "资金未到位", TODAY, NOW);
            assertThat(p.getSuspensionReason()).isEqualTo("资金未到位");
            p.take(ProjectTransition.RESUME, null, null, TODAY, NOW);
            assertThat(p.getStage()).isEqualTo(from);
            assertThat(p.getSuspensionReason()).isNull();
        }
    }
}
