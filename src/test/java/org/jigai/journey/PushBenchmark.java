package org.jigai.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Server push under load (docs/benchmarks.md), on the packaged app: heap per session with the main page and with an
 * open conversation (real Chromium sessions, push connected; {@code -Dbench.sessions}, 100 by default), and the delay
 * from sending a message to its appearance on every open conversation screen. A report, not a test: it asserts
 * nothing and writes target/push-benchmark.md. Run it with
 * {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PushBenchmark}.
 */
class PushBenchmark {

    static final int SESSIONS = Integer.getInteger("bench.sessions", 100);
    static final int MESSAGES = Integer.getInteger("bench.messages", 20);
    static final Pattern USED = Pattern.compile("used (\\d+)K");

    @Test
    void heap_per_session_and_delivery_latency() throws Exception {
        var report = new StringBuilder("# Push benchmark\n\n");
        try (var app = PackagedApp.start();
                var playwright = BrowserSupport.playwright()) {
            Browser browser = BrowserSupport.launch(playwright, "--renderer-process-limit=8",
                    "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
                    "--disable-backgrounding-occluded-windows");
            String conversation = app.baseUrl + "/engagements/1";
            long base = heapKb(app);
            report.append(String.format(Locale.ROOT, "Heap after full GC with no session: %,d KB%n%n", base));

            List<BrowserContext> contexts = new ArrayList<>();
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                var context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900));
                Page page = context.newPage();
                logIn(page, app.baseUrl, "demo-provider");
                contexts.add(context);
                pages.add(page);
            }
            long home = heapKb(app);
            for (Page page : pages) {
                page.navigate(conversation);
                page.locator("#engagement-messages").waitFor();
            }
            page(pages.getFirst()).waitForLoadState(LoadState.NETWORKIDLE);
            long open = heapKb(app);
            report.append("| sessions (Chromium, push) | page | heap after full GC | per session |\n|---|---|---|---|\n");
            report.append(String.format(Locale.ROOT, "| %d | home | %,d KB | %,d KB |%n", SESSIONS, home, (home - base) / SESSIONS));
            report.append(String.format(Locale.ROOT, "| %d | open conversation | %,d KB | %,d KB |%n%n", SESSIONS, open,
                    (open - base) / SESSIONS));

            // delivery: the enterprise sends through the API; every open conversation page notes when the text appears
            for (Page page : pages) {
                page.evaluate("() => { window.__seen = {}; new MutationObserver(() => {"
                        + " const t = document.getElementById('engagement-messages').innerText;"
                        + " for (const m of (t.match(/bench-[0-9]+/g) || [])) { if (!window.__seen[m]) window.__seen[m] = Date.now(); } })"
                        + ".observe(document.getElementById('engagement-messages'), {childList: true, subtree: true, characterData: true}); }");
            }
            String token = token(app.baseUrl, "demo-enterprise");
            var http = HttpClient.newHttpClient();
            List<Long> delays = new ArrayList<>();
            int missing = 0;
            for (int m = 0; m < MESSAGES; m++) {
                String text = "bench-" + (1000 + m);
                long sent = System.currentTimeMillis();
                var response = http.send(HttpRequest.newBuilder(URI.create(app.baseUrl + "/api/v1/engagements/1/messages"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + text + "\"}", StandardCharsets.UTF_8))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException(response.body());
                }
                long deadline = System.currentTimeMillis() + 15_000;
                for (Page page : pages) {
                    Object seen = null;
                    while (System.currentTimeMillis() < deadline
                            && (seen = page.evaluate("t => window.__seen[t] || null", text)) == null) {
                        page.waitForTimeout(20);
                    }
                    if (seen == null) {
                        missing++;
                    } else {
                        delays.add(((Number) seen).longValue() - sent);
                    }
                }
                Thread.sleep(500);
            }
            delays.sort(Long::compare);
            report.append(String.format(Locale.ROOT, "Delivery over %d messages × %d open conversation screens (%d samples, %d not "
                    + "seen within 15 s): p50 %d ms, p95 %d ms, max %d ms%n%n", MESSAGES, SESSIONS, delays.size(), missing,
                    percentile(delays, 50), percentile(delays, 95), delays.isEmpty() ? -1 : delays.getLast()));
            for (var context : contexts) {
                context.close();
            }

            browser.close();
        }
        Files.writeString(Path.of("target", "push-benchmark.md"), report);
        System.out.println(report);
    }

    private static Page page(Page p) {
        return p;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void logIn(Page page, String baseUrl, String user) {
        page.navigate(baseUrl + "/login");
        page.getByLabel("用户名").fill(user);
        page.getByLabel("密码").fill("Demo-2026!");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(u -> !u.contains("/login"));
        page.getByRole(AriaRole.MENUBAR).waitFor();
    }

    private static String token(String baseUrl, String user) throws Exception {
        var basic = Base64.getEncoder().encodeToString((user + ":Demo-2026!").getBytes(StandardCharsets.UTF_8));
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/tokens"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        var m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException(response.body());
        }
        return m.group(1);
    }

    /** Heap used after two full collections, from jcmd. */
    private static long heapKb(PackagedApp app) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        for (int i = 0; i < 2; i++) {
            new ProcessBuilder(jcmd.toString(), Long.toString(app.pid()), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }
        var process = new ProcessBuilder(jcmd.toString(), Long.toString(app.pid()), "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        var m = USED.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no heap figure in: " + out);
        }
        return Long.parseLong(m.group(1));
    }
}
