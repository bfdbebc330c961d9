package org.jigai.journey;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/**
 * The packaged jar, started the way API.md tells scripts to start it, on a free port. Started in a process group
 * (session) of its own, so that a test can kill the whole group — the JVM, the embedded MariaDB and its watchdog —
 * as a power cut or an OOM killer would, or only the JVM.
 */
final class PackagedApp implements AutoCloseable {

    static final String ADMIN_PASSWORD = "Laoshan-Tea-Garden-88";

    final String baseUrl;
    final Path dataDir;
    final Path log;
    private final Process process;
    private final boolean ownsDataDir;

    private PackagedApp(String baseUrl, Path dataDir, Process process, Path log, boolean ownsDataDir) {
        this.baseUrl = baseUrl;
        this.dataDir = dataDir;
        this.process = process;
        this.log = log;
        this.ownsDataDir = ownsDataDir;
    }

    /** With demo data on a fresh data directory that {@link #close()} deletes. */
    static PackagedApp start() throws Exception {
        return start(Files.createTempDirectory("jigai-journey"), true, true);
    }

    /**
     * On the given data directory, kept when the app stops (a restart can use it again); {@code args} go to the app
     * ({@code --jigai.clock-shift=P8D} runs its clock days ahead).
     */
    static PackagedApp start(Path dataDir, boolean demoData, boolean ownsDataDir, String... args) throws Exception {
        Path jar = Path.of(System.getProperty("jigai.jar", "target/jigai-0.1.0.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the jar first (./mvnw verify does): " + jar);
        }
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "journey-app-" + port + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid"); // execs java in a new session: same pid, a process group of its own
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-jar",
                jar.toString(), "--server.port=" + port));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JIGAI_DATA_DIR", dataDir.toString());
        builder.environment().put("JIGAI_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("JIGAI_DEMO_DATA", Boolean.toString(demoData));
        var app = new PackagedApp("http://127.0.0.1:" + port, dataDir, builder.start(), log, ownsDataDir);
        try {
            app.awaitHealthy(Duration.ofMinutes(3));
        } catch (Exception e) {
            app.close();
            throw e;
        }
        return app;
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        var http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped during start-up; see " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The app was not healthy within " + timeout + "; see " + log);
    }

    /** The application's JVM (setsid execs java, so the pid is the JVM's). */
    long pid() {
        return process.pid();
    }

    int port() {
        return URI.create(baseUrl).getPort();
    }

    /** SIGKILL to the whole process group: the JVM, the embedded database and the watchdog die at once. */
    void killProcessGroup() throws Exception {
        new ProcessBuilder("kill", "-KILL", "--", "-" + process.pid()).inheritIO().start().waitFor();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGKILL to the JVM alone, as an IDE's stop button does: the database is left to the watchdog. */
    void killJvm() throws Exception {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        if (ownsDataDir) {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }
}
