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
 * V16 is as it landed; databases that ran an edited V16 get exactly that checksum realigned, and V19 brings either
 * kind of database to the same engagement table.
 */
@IntegrationTest
class LandedMigrationsTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    Integer recorded() {
        return jdbc.queryForObject("select checksum from flyway_schema_history where version = '16'", Integer.class);
    }

    @Test
    void v16_is_the_landed_file_and_our_checksum_is_flyways() {
        assertThat(LandedMigrations.checksum(LandedMigrations.FILES.get("16"))).as("V16 as it landed")
                .isEqualTo(1078800099).isEqualTo(recorded());
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
    void only_the_checksums_of_the_edited_v16s_are_realigned() {
        int landed = recorded();
        try {
            for (int edited : LandedMigrations.EDITED.get("16")) {
                jdbc.update("update flyway_schema_history set checksum = ? where version = '16'", edited);
                assertThat(LandedMigrations.realign(dataSource, "flyway_schema_history")).isEqualTo(1);
                assertThat(recorded()).isEqualTo(landed);
            }
            jdbc.update("update flyway_schema_history set checksum = 42 where version = '16'");
            assertThat(LandedMigrations.realign(dataSource, "flyway_schema_history"))
                    .as("any other edit still fails Flyway's validation").isZero();
            assertThat(recorded()).isEqualTo(42);
        } finally {
            jdbc.update("update flyway_schema_history set checksum = ? where version = '16'", landed);
        }
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
