package org.jigai.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jigai.base.CreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing acknowledged is lost when the process dies: the packaged app imports needs in batches through the API
 * while it is killed with SIGKILL mid-batch, then starts again on the same data directory. Every record the API
 * acknowledged must be in the database, and every record in the database must be found by search within seconds.
 * Once with the whole process group killed (JVM, embedded MariaDB and watchdog at once), once with only the JVM
 * (the database left to the watchdog, or stopped by the next start).
 */
class CrashRecoveryIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final int BATCH = 10;
    static final int KILL_AFTER = 40;

    @Test
    void acknowledged_imports_survive_a_kill_of_the_process_group() throws Exception {
        crashAndRecover(true);
    }

    @Test
    void acknowledged_imports_survive_a_kill_of_the_jvm_alone() throws Exception {
        crashAndRecover(false);
    }

    private void crashAndRecover(boolean wholeGroup) throws Exception {
        Path data = Files.createTempDirectory("jigai-crash");
        String enterprise = "E-crash-" + System.nanoTime();
        try {
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            var app = PackagedApp.start(data, false, false);
            String token = token(app);
            var org = post(app, token, """
                    {"organizations": [{"ref": "%s", "type": "ENTERPRISE", "name": "青岛崩溃测试机械有限公司",
                      "uscc": "%s", "region": "370281", "industries": ["MACHINERY"]}]}"""
                    .formatted(enterprise, CreditCode.withCheckCharacter("91370281MA0" + (System.nanoTime() % 900_000 + 100_000))));
            assertThat(org.statusCode()).as(org.body()).isEqualTo(200);

            var midRequest = new AtomicBoolean();
            var batches = new AtomicInteger();
            Thread importer = Thread.ofPlatform().start(() -> {
                for (int b = 0; ; b++) {
                    var refs = new LinkedHashMap<String, String>();
                    for (int i = 0; i < BATCH; i++) {
                        refs.put("N-crash-" + b + "-" + i, word(b * BATCH + i));
                    }
                    try {
                        var response = post(app, token, body(enterprise, refs));
                        JsonNode result = JSON.readTree(response.body());
                        if (response.statusCode() == 200 && result.get("errors").isEmpty()) {
                            acknowledged.addAll(refs.keySet());
                            batches.incrementAndGet();
                        }
                    } catch (IOException killed) {
                        midRequest.set(true);
                        return;
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= KILL_AFTER);
            if (wholeGroup) {
                app.killProcessGroup();
            } else {
                app.killJvm();
            }
            importer.join(Duration.ofSeconds(30).toMillis());
            System.out.printf("Killed %s after %d acknowledged batches; a request was in flight: %s%n",
                    wholeGroup ? "the process group" : "the JVM", batches.get(), midRequest.get());

            try (var restarted = PackagedApp.start(data, false, false)) {
                String again = token(restarted);
                Map<String, JsonNode> stored = needs(restarted, again);
                assertThat(stored.keySet()).as("every acknowledged need is in the database").containsAll(acknowledged);
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    for (JsonNode need : stored.values()) {
                        String title = need.get("title").asString();
                        String word = title.substring(title.lastIndexOf(' ') + 1);
                        assertThat(found(restarted, again, word)).as("search finds " + title)
                                .contains(need.get("id").asLong());
                    }
                });
            }
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
    }

    private static String body(String enterprise, Map<String, String> refs) {
        var needs = new StringBuilder();
        refs.forEach((ref, word) -> needs.append(needs.isEmpty() ? "" : ",").append("""
                {"ref": "%s", "enterpriseRef": "%s", "title": "崩溃恢复测试需求 %s",
                 "description": "冲压车间设备更新，崩溃恢复测试。", "industry": "MACHINERY",
                 "directions": ["EQUIPMENT_RENEWAL"], "region": "370281", "budgetWan": 100}""".formatted(ref, enterprise, word)));
        return "{\"needs\": [" + needs + "]}";
    }

    /** A word of letters for record {@code n}, so that a search for it finds that record alone. */
    private static String word(int n) {
        var word = new StringBuilder("crash");
        for (int i = 0; i < 4; i++) {
            word.append((char) ('a' + n % 26));
            n /= 26;
        }
        return word.toString();
    }

    /** Every need the admin can read, by ref. */
    private static Map<String, JsonNode> needs(PackagedApp app, String token) throws Exception {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            var response = get(app, token, "/api/v1/needs?size=100&page=" + page);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            body.get("content").forEach(n -> found.put(n.get("ref").asString(), n));
            if ((long) (page + 1) * 100 >= body.get("totalElements").asLong()) {
                return found;
            }
        }
    }

    private static Set<Long> found(PackagedApp app, String token, String word) throws Exception {
        var response = get(app, token, "/api/v1/search?type=need&size=10&q=" + word);
        Set<Long> ids = new HashSet<>();
        JSON.readTree(response.body()).get("content").forEach(h -> ids.add(h.get("id").asLong()));
        return ids;
    }

    private static String token(PackagedApp app) throws Exception {
        var basic = Base64.getEncoder().encodeToString(("admin:" + PackagedApp.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl + "/api/v1/tokens"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("token").asString();
    }

    private static HttpResponse<String> post(PackagedApp app, String token, String body)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl + "/api/v1/import"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(PackagedApp app, String token, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl + path))
                .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
