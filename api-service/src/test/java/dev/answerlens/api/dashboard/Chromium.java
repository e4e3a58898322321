package dev.answerlens.api.dashboard;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dev.answerlens.api.auth.SessionPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The system Chromium driven through Playwright for Java, set up as the scrape worker does it: never downloads a
 * browser, uses the system Node for the driver, headless with the background services off. Also what every dashboard
 * browser test does with it: a context on the service, signing in, axe-core's check and screenshots for docs/.
 */
final class Chromium implements AutoCloseable {
    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() {
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PLAYWRIGHT_NODEJS_PATH", "/usr/bin/node")));
        try {
            return new Chromium(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGS)));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    private static final Path AXE = Path.of("src/test/resources/axe/axe.min.js");

    Browser browser() {
        return browser;
    }

    /** A page context on the service at {@code base}, 1366 × 900, downloads accepted. */
    BrowserContext context(URL base) {
        return context(base, false);
    }

    /** A context that lets axe be injected as an inline script, which the pages' CSP rightly refuses. */
    BrowserContext axeContext(URL base) {
        return context(base, true);
    }

    private BrowserContext context(URL base, boolean bypassCsp) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(base.toString().replaceAll("/$", "")).setViewportSize(1366, 900).setAcceptDownloads(true)
                .setBypassCSP(bypassCsp));
        context.setDefaultTimeout(15_000);
        return context;
    }

    /** Signs in with the key on the sign-in page; returns the page, on the overview. */
    static Page signIn(BrowserContext context, String key) {
        Page page = context.newPage();
        page.navigate(SessionPage.SIGN_IN_PATH);
        page.getByLabel("API key").fill(key);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/dashboard");
        return page;
    }

    /** axe-core's serious and critical violations on the page, as "page: rule (targets)". */
    static List<String> axeViolations(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate("""
                async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => location.pathname + ': ' + v.id + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))""");
        return found;
    }

    /** The whole page as docs/screenshots/{@code name}. */
    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots().resolve(name)).setFullPage(true));
    }

    static Path screenshots() {
        try {
            return Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
