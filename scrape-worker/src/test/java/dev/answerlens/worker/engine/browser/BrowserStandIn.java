package dev.answerlens.worker.engine.browser;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the stand-in platform pages and points every platform's browser adapter at them (only the
 * URLs and timings change; the selectors are the default configuration). Makes sure Chromium is
 * installed first (deploy/local/chromium.sh) and fails, never skips, when it is not.
 */
public class BrowserStandIn implements QuarkusTestResourceLifecycleManager {
    static final long STREAM_MILLIS = 400;
    static final long SLOW_STREAM_MILLIS = 2500;
    static StandInPlatformPages pages;

    @Override
    public Map<String, String> start() {
        ensureChromium();
        try {
            pages = new StandInPlatformPages(STREAM_MILLIS, SLOW_STREAM_MILLIS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> config = new HashMap<>();
        config.put("answerlens.worker.browser.platforms.claude.storage-state", sessionFile().toString());
        config.put("answerlens.worker.browser.contexts", "4");
        config.put("answerlens.worker.browser.poll-interval", "50ms");
        for (String platform : PlatformLook.BY_PLATFORM.keySet()) {
            String prefix = "answerlens.worker.browser.platforms." + platform + ".";
            config.put("answerlens.worker.platforms." + platform + ".engine", "browser");
            config.put(prefix + "url", pages.urlFor(platform));
            config.put(prefix + "settle", "300ms");
            config.put(prefix + "page-timeout", "3s");
            config.put(prefix + "answer-start-timeout", "3s");
            config.put(prefix + "timeout", platform.equals("copilot") ? "3s" : "8s"); // copilot hangs in one test
        }
        return config;
    }

    /** A saved Playwright storage state holding the stand-in's session cookie, as a logged-in browser would save it. */
    private static Path sessionFile() {
        try {
            Path file = Files.createTempFile("answerlens-claude-session", ".json");
            file.toFile().deleteOnExit();
            String[] cookie = PlatformLook.SESSION_COOKIE.split("=");
            Files.writeString(file, "{\"cookies\":[{\"name\":\"" + cookie[0] + "\",\"value\":\"" + cookie[1]
                    + "\",\"domain\":\"127.0.0.1\",\"path\":\"/\",\"expires\":-1,\"httpOnly\":false,\"secure\":false,"
                    + "\"sameSite\":\"Lax\"}],\"origins\":[]}");
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void ensureChromium() {
        if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            return;
        }
        Path script = Path.of("..", "deploy", "local", "chromium.sh").toAbsolutePath().normalize();
        try {
            int exit = new ProcessBuilder(script.toString()).inheritIO().start().waitFor();
            if (exit != 0 || !Files.isExecutable(Path.of("/usr/bin/chromium"))) {
                throw new IllegalStateException("Chromium is missing and " + script + " could not install it (exit " + exit + ")");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Chromium is missing and " + script + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (pages != null) {
            pages.close();
        }
    }
}
