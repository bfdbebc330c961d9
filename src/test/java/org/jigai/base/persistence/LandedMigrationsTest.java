package org.jigai.base.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.jigai.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V16 and V18 are as they landed; databases that ran another text of them get exactly that checksum realigned, and
 * V19 and V22 bring every kind of database to the same engagement and project tables.
 */
@IntegrationTest
class LandedMigrationsTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    Integer recorded() {
        return recorded("16");
    }

    Integer recorded(String version) {
        return jdbc.queryForObject("select checksum from flyway_schema_history where version = ?", Integer.class,
                version);
    }

    @Test
    void v16_is_the_landed_file_and_our_checksum_is_flyways() {
        assertThat(LandedMigrations.checksum(LandedMigrations.FILES.get("16"))).as("V16 as it landed")
                .isEqualTo(1078800099).isEqualTo(recorded());
        assertThat(LandedMigrations.checksum(LandedMigrations.FILES.get("18"))).as("V18 as it landed")
                .isEqualTo(1377426617).isEqualTo(recorded("18"));
    }

    @Test
    void no_landed_migration_was_edited() throws Exception {
        var landed = new ClassPathResource("landed-migrations.txt").getContentAsString(StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(landed).hasSizeGreaterThanOrEqualTo(19);
        for (String line : landed) {
            String[] parts = line.split(" ");
            assertThat(LandedMigrations.checksum("db/migration/" + parts[0])).as(parts[0] + " was edited after it"
                    + " landed: restore it and put the change into a new migration").isEqualTo(Integer.parseInt(parts[1]));
        }
        // and the database recorded the same checksums as the files
        for (String line : landed) {
            String version = line.substring(1, line.indexOf("__"));
            assertThat(jdbc.queryForObject("select checksum from flyway_schema_history where version = ?",
                    Integer.class, version)).as(line).isEqualTo(Integer.parseInt(line.split(" ")[1]));
        }
    }

    @Test
    void only_the_checksums_of_the_edited_v16s_and_v18s_are_realigned() {
        for (String version : java.util.List.of("16", "18")) {
            int landed = recorded(version);
            try {
                for (int edited : LandedMigrations.EDITED.get(version)) {
                    jdbc.update("update flyway_schema_history set checksum = ? where version = ?", edited, version);
                    assertThat(LandedMigrations.realign(dataSource, "flyway_schema_history")).isEqualTo(1);
                    assertThat(recorded(version)).isEqualTo(landed);
                }
                jdbc.update("update flyway_schema_history set checksum = 42 where version = ?", version);
                assertThat(LandedMigrations.realign(dataSource, "flyway_schema_history"))
                        .as("any other edit still fails Flyway's validation").isZero();
                assertThat(recorded(version)).isEqualTo(42);
            } finally {
                jdbc.update("update flyway_schema_history set checksum = ? where version = ?", landed, version);
            }
        }
    }

    @Test
    void v22_gives_every_database_the_project_edits_and_one_project_per_engagement_and_runs_again_harmlessly()
            throws Exception {
        String script = new ClassPathResource("db/migration/V22__project_library_amendments.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement);
            }
        }
        var tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema ="
                + " database() and table_name = 'project_edit'", String.class);
        assertThat(tables).containsExactly("project_edit");
        var unique = jdbc.queryForList("select distinct index_name from information_schema.statistics where"
                + " table_schema = database() and table_name = 'project' and non_unique = 0", String.class);
        assertThat(unique).contains("uk_project_engagement");
    }

    @Test
    void v19_leaves_one_live_engagement_per_pair_and_runs_again_harmlessly() throws Exception {
        String script = new ClassPathResource("db/migration/V19__engagement_live_pair.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        // a database that ran the edited V16 already has all of it: the script changes nothing there
        for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement);
            }
        }
        var columns = jdbc.queryForList("select column_name from information_schema.columns where table_schema ="
                + " database() and table_name = 'engagement'", String.class);
        assertThat(columns).contains("accepted_at", "live_provider_id");
        var indexes = jdbc.queryForList("select distinct index_name from information_schema.statistics where"
                + " table_schema = database() and table_name = 'engagement'", String.class);
        assertThat(indexes).contains("uk_engagement_live_pair", "ix_engagement_pair").doesNotContain("uk_engagement_pair");
    }
}
