package dev.answerlens.worker.engine.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitUntilState;
import dev.answerlens.model.Engine;
import dev.answerlens.model.message.CitedSource;
import dev.answerlens.model.message.CollectionInfo;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.worker.WorkerConfig;
import dev.answerlens.worker.engine.CollectionResult;
import dev.answerlens.worker.engine.FailureClass;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One job in one browser context, advanced a step at a time by the browser thread so many pages stream
 * at once: open the page, type and send the prompt, watch the answer until it stops changing for the
 * settle interval, then read it as markdown with its sources. Every check is one short call into the
 * page; nothing here waits for the platform.
 */
final class PageSession {
    private enum Stage { OPEN, LOADING, STREAMING }

    private final BrowserTask task;
    private final WorkerConfig.BrowserPlatform page;
    private final Map<String, Object> selectors;
    private ContextPool.Lease lease;
    private Stage stage = Stage.OPEN;
    private Instant startedAt = Instant.now();
    private long startedMillis = now();
    private long stageSince;
    private long lastChange;
    private String lastText;
    private int restarts;
    private boolean failed;

    PageSession(BrowserTask task) {
        this.task = task;
        this.page = task.page();
        this.selectors = new HashMap<>();
        selectors.put("input", page.inputSelector().orElse(null));
        selectors.put("answer", page.answerSelector());
        selectors.put("citations", page.citationsSelector().orElse(null));
        selectors.put("busy", page.busySelector().orElse(null));
        selectors.put("captcha", page.captchaSelector().orElse(null));
        selectors.put("login", page.loginSelector().orElse(null));
        selectors.put("rateLimit", page.rateLimitSelector().orElse(null));
        selectors.put("error", page.errorSelector().orElse(null));
        selectors.put("truncated", page.truncatedSelector().orElse(null));
    }

    BrowserTask task() {
        return task;
    }

    ContextPool.Lease lease() {
        return lease;
    }

    /** Whether the job ended in a failure (its context is then closed, not recycled). */
    boolean failed() {
        return failed;
    }

    int restarts() {
        return restarts;
    }

    /** The context or browser died: start the job again in a fresh context, with its full time. */
    void restart() {
        lease = null;
        stage = Stage.OPEN;
        restarts++;
        startedAt = Instant.now();
        startedMillis = now();
        lastText = null;
    }

    /** @return the job's result when it is done, or null while it goes on */
    CollectionResult step(ContextPool pool, String probeScript, String extractScript) {
        if (lease != null && lease.crashed()) {
            throw new PageCrashedException("the page of job " + task.job().jobId() + " crashed");
        }
        long now = now();
        if (now - startedMillis > page.timeout().toMillis()) {
            return fail(FailureClass.TIMEOUT, "no complete answer within " + page.timeout().toMillis() + " ms"
                    + (lastText == null || lastText.isBlank() ? " (nothing written)" : " (the answer was still changing)"));
        }
        return switch (stage) {
            case OPEN -> open(pool, now);
            case LOADING -> load(probeScript, now);
            case STREAMING -> watch(probeScript, extractScript, now);
        };
    }

    private CollectionResult open(ContextPool pool, long now) {
        lease = pool.acquire(task.contextKey());
        String url = page.url().replace("{prompt}", URLEncoder.encode(task.job().promptText(), StandardCharsets.UTF_8));
        Response response = lease.page.navigate(url, new Page.NavigateOptions()
                .setWaitUntil(WaitUntilState.COMMIT).setTimeout(page.pageTimeout().toMillis()));
        if (response != null && response.status() == 429) {
            return fail(FailureClass.RATE_LIMITED, task.job().platform() + " page answered HTTP 429");
        }
        if (response != null && response.status() >= 500) {
            return fail(FailureClass.UPSTREAM_ERROR, task.job().platform() + " page answered HTTP " + response.status());
        }
        stage = page.inputSelector().isPresent() ? Stage.LOADING : Stage.STREAMING;
        stageSince = now;
        lastChange = now;
        return null;
    }

    private CollectionResult load(String probeScript, long now) {
        PageProbe probe = probe(probeScript);
        CollectionResult blocked = blocked(probe);
        if (blocked != null) {
            return blocked;
        }
        if (!probe.input()) {
            if (now - stageSince > page.pageTimeout().toMillis()) {
                return fail(FailureClass.PAGE_CHANGED, "the input " + page.inputSelector().orElseThrow() + " did not appear within "
                        + page.pageTimeout().toSeconds() + " s on " + lease.page.url());
            }
            return null;
        }
        String input = page.inputSelector().orElseThrow();
        lease.page.fill(input, task.job().promptText(), new Page.FillOptions().setTimeout(5000));
        if (page.submitSelector().isPresent()) {
            lease.page.click(page.submitSelector().get(), new Page.ClickOptions().setTimeout(5000));
        } else {
            lease.page.press(input, "Enter", new Page.PressOptions().setTimeout(5000));
        }
        stage = Stage.STREAMING;
        stageSince = now;
        lastChange = now;
        return null;
    }

    private CollectionResult watch(String probeScript, String extractScript, long now) {
        PageProbe probe = probe(probeScript);
        CollectionResult blocked = blocked(probe);
        if (blocked != null) {
            return blocked;
        }
        if (!probe.answer()) {
            long limit = (page.inputSelector().isPresent() ? page.answerStartTimeout() : page.pageTimeout()).toMillis();
            if (now - stageSince > limit) {
                return probe.busy()
                        ? fail(FailureClass.TIMEOUT, "the platform stayed busy without an answer for " + limit / 1000 + " s")
                        : fail(FailureClass.PAGE_CHANGED, "the answer " + page.answerSelector() + " did not appear within "
                        + limit / 1000 + " s on " + lease.page.url());
            }
            return null;
        }
        if (!Objects.equals(probe.text(), lastText)) {
            lastText = probe.text();
            lastChange = now;
            return null;
        }
        if (probe.busy() || now - lastChange < page.settle().toMillis()) {
            return null;
        }
        if (probe.truncated()) {
            return fail(FailureClass.TRUNCATED, "the platform cut the answer after " + probe.text().length() + " characters");
        }
        if (probe.text().isBlank()) {
            return fail(FailureClass.EMPTY_ANSWER, "the answer " + page.answerSelector() + " stayed empty for "
                    + page.settle().toMillis() + " ms with nothing in progress");
        }
        return collected(extractScript);
    }

    private CollectionResult blocked(PageProbe probe) {
        if (probe.captcha()) {
            return fail(FailureClass.CAPTCHA, task.job().platform() + " showed a bot challenge (" + page.captchaSelector().orElse("") + ")");
        }
        if (probe.login()) {
            return fail(FailureClass.LOGIN_WALL, task.job().platform() + " asks to log in (" + page.loginSelector().orElse("")
                    + ")" + (page.storageState().isPresent() ? "; the session file " + page.storageState().get() + " has expired" : ""));
        }
        if (probe.rateLimit()) {
            return fail(FailureClass.RATE_LIMITED, task.job().platform() + " shows its rate-limit page");
        }
        if (probe.error() != null) {
            return fail(FailureClass.ERROR_BANNER, task.job().platform() + " shows an error: " + probe.error());
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private CollectionResult collected(String extractScript) {
        Map<String, Object> extracted = (Map<String, Object>) lease.page.evaluate(extractScript, selectors);
        List<CitedSource> sources = new ArrayList<>();
        for (Object item : (List<Object>) extracted.get("citations")) {
            Map<String, Object> citation = (Map<String, Object>) item;
            sources.add(new CitedSource((String) citation.get("url"), (String) citation.get("title"), sources.size() + 1));
        }
        Instant finished = Instant.now();
        PromptJob job = task.job();
        CollectionInfo info = new CollectionInfo(Engine.BROWSER.id(), page.model().orElse(null), null, page.webSearch(),
                page.storageState().isPresent(), job.country(), job.language(), lease.proxyId, startedAt, finished,
                Duration.between(startedAt, finished).toMillis(), null);
        return new CollectionResult.Collected((String) extracted.get("markdown"), sources, info);
    }

    private PageProbe probe(String probeScript) {
        return PageProbe.of(lease.page.evaluate(probeScript, selectors));
    }

    private CollectionResult fail(FailureClass failureClass, String reason) {
        failed = true;
        return failureClass.failed(reason);
    }

    /** A timeout from Playwright itself (navigation, typing) ends the job as a timeout. */
    CollectionResult timedOut(String what) {
        return fail(FailureClass.TIMEOUT, task.job().platform() + ": " + what);
    }

    CollectionResult gaveUp(String reason) {
        return fail(FailureClass.UPSTREAM_ERROR, reason);
    }

    private static long now() {
        return System.nanoTime() / 1_000_000;
    }
}
