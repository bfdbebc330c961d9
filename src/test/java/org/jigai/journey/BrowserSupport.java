package org.jigai.journey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a Chromium for the browser journeys. Without one they are skipped with a clear message, except under
 * {@code CI=true}, where a missing browser fails the build: CI must really run them.
 */
final class BrowserSupport {

    static final Path SHOTS = Path.of("target", "screenshots");

    private BrowserSupport() {}

    /** Playwright without its own browser download: the machine's Chromium is used. */
    static com.microsoft.playwright.Playwright playwright() {
        return com.microsoft.playwright.Playwright.create(new com.microsoft.playwright.Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Headless Chromium with the quiet flags every journey uses, plus any given. */
    static com.microsoft.playwright.Browser launch(com.microsoft.playwright.Playwright playwright, String... more) {
        var args = new java.util.ArrayList<>(java.util.List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"));
        args.addAll(java.util.List.of(more));
        return playwright.chromium().launch(new com.microsoft.playwright.BrowserType.LaunchOptions()
                .setExecutablePath(chromium()).setHeadless(true).setArgs(args));
    }

    /** A full-page screenshot under target/screenshots. */
    static void shot(com.microsoft.playwright.Page page, String name) {
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    static Path chromium() {
        Optional<Path> found = java.util.stream.Stream.of(System.getenv("JIGAI_CHROMIUM"),
                        System.getProperty("jigai.chromium"), "/usr/bin/chromium", "/usr/bin/chromium-browser")
                .filter(p -> p != null && !p.isBlank())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isEmpty()) {
            String message = "No Chromium found (install Debian's chromium, or set JIGAI_CHROMIUM): browser journeys skipped.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + " Under CI=true they must run.");
            }
            Assumptions.abort(message);
        }
        return found.get();
    }
}
