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

/** The packaged jar, started the way API.md tells scripts to start it, on a free port and an empty data dir. */
final class PackagedApp implements AutoCloseable {

    static final String ADMIN_PASSWORD = "Laoshan-Tea-Garden-88";

    final String baseUrl;
    private final Process process;
    final Path log;

    private PackagedApp(String baseUrl, Process process, Path log) {
        this.baseUrl = baseUrl;
        this.process = process;
        this.log = log;
    }

    static PackagedApp start() throws Exception {
        Path jar = Path.of(System.getProperty("jigai.jar", "target/jigai-0.1.0.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the jar first (./mvnw verify does): " + jar);
        }
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dataDir = Files.createTempDirectory("jigai-journey");
        Path log = Path.of("target", "journey-app-" + port + ".log");
        Files.createDirectories(log.getParent());
        var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", jar.toString(), "--server.port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JIGAI_DATA_DIR", dataDir.toString());
        builder.environment().put("JIGAI_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("JIGAI_DEMO_DATA", "true");
        var app = new PackagedApp("http://127.0.0.1:" + port, builder.start(), log);
        app.awaitHealthy(Duration.ofMinutes(3));
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

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
