import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * bench/dashboard.sh's browser part: signs in to the dashboard in headless system Chromium and measures, per load of
 * the overview, the time from navigation start to the trend chart drawn by ECharts (the moment dashboard.js marks
 * #trend with data-drawn=true, caught by an observer installed before any page script). The first load is a fresh
 * context with an empty cache; the rest reuse the context (assets cached), as a returning user would.
 * Usage: java -cp <playwright jars> ChartDrawnTime.java <base url> <api key> <path> <loads>
 */
public class ChartDrawnTime {
    private static final String OBSERVER = """
            new MutationObserver((changes, observer) => {
              const trend = document.getElementById('trend');
              if (trend && trend.dataset.drawn === 'true' && window.__chartDrawn === undefined) {
                window.__chartDrawn = performance.now();
                observer.disconnect();
              }
            }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn'] });""";

    public static void main(String[] args) {
        String base = args[0];
        String key = args[1];
        String path = args[2];
        int loads = Integer.parseInt(args[3]);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PLAYWRIGHT_NODEJS_PATH", "/usr/bin/node")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(java.nio.file.Path.of("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(base)
                    .setViewportSize(1366, 900))) {
                context.addInitScript(OBSERVER);
                Page page = context.newPage();
                page.navigate("/dashboard/sign-in");
                page.getByLabel("API key").fill(key);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
                page.waitForURL("**/dashboard");
                double first = drawn(page);
                List<Double> warm = new ArrayList<>();
                for (int i = 0; i < loads; i++) {
                    page.navigate(path);
                    warm.add(drawn(page));
                }
                Collections.sort(warm);
                System.out.printf("CHART first_load_ms=%.0f warm_p50_ms=%.0f warm_p95_ms=%.0f warm_max_ms=%.0f loads=%d%n",
                        first, percentile(warm, 50), percentile(warm, 95), warm.get(warm.size() - 1), loads);
            }
            browser.close();
        }
    }

    private static double drawn(Page page) {
        page.waitForFunction("() => window.__chartDrawn !== undefined", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        return ((Number) page.evaluate("() => window.__chartDrawn")).doubleValue();
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
