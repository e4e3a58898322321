package dev.answerlens.worker.engine.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
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

/**
 * One job in one browser context, advanced a step at a time by the browser thread so many pages stream
 * at once: open the page, type and send the prompt, watch the answer until it stops changing for the
 * settle interval, then read it as markdown with its sources. Every check is one short call into the
 * page; nothing here waits for the platform.
 */
final class PageSession {
    private enum Stage { OPEN, LOADING, SENDING, STREAMING }

    /** How often a page that shows it is still writing is checked (blockers, the end of the stream). */
    private static final long BUSY_CHECK_MILLIS = 250;

    /** The shortest wait before a page is looked at again (the page's and this clock may differ by a millisecond). */
    private static final long MIN_RECHECK_MILLIS = 5;

    /** Marks an answer that is complete and may be read. */
    private static final CollectionResult COMPLETE = new CollectionResult.Failed(FailureClass.EMPTY_ANSWER.failure("not a result"));

    private final BrowserTask task;
    private final WorkerConfig.BrowserPlatform page;
    private final Map<String, Object> selectors;
    /** The selectors for checks while the page loads: such a check also focuses the prompt input. */
    private final Map<String, Object> loadingSelectors;
    private ContextPool.Lease lease;
    private Stage stage = Stage.OPEN;
    private Instant startedAt = Instant.now();
    private long startedMillis = now();
    private long stageSince;
    private final AnswerQuiet answerQuiet = new AnswerQuiet();
    private int restarts;
    private boolean failed;
    private long nextCheckAt;
    private final long pollMillis;

    PageSession(BrowserTask task, long pollMillis) {
        this.task = task;
        this.pollMillis = pollMillis;
        this.page = task.page();
        this.selectors = new HashMap<>();
        selectors.put("input", page.inputSelector().orElse(null));
        selectors.put("submit", page.submitSelector().orElse(null));
        selectors.put("answer", page.answerSelector());
        selectors.put("citations", page.citationsSelector().orElse(null));
        selectors.put("busy", page.busySelector().orElse(null));
        selectors.put("captcha", page.captchaSelector().orElse(null));
        selectors.put("login", page.loginSelector().orElse(null));
        selectors.put("rateLimit", page.rateLimitSelector().orElse(null));
        selectors.put("error", page.errorSelector().orElse(null));
        selectors.put("truncated", page.truncatedSelector().orElse(null));
        loadingSelectors = new HashMap<>(selectors);
        loadingSelectors.put("focusInput", true);
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

    /** Whether this job wants a look at its page now (a streaming answer is checked only when it may be complete). */
    boolean due() {
        return now() >= nextCheckAt;
    }

    /** When this job next wants a look at its page (milliseconds on the {@link #now()} clock). */
    long dueAt() {
        return nextCheckAt;
    }

    /** The context or browser died: start the job again in a fresh context, with its full time. */
    void restart() {
        lease = null;
        stage = Stage.OPEN;
        restarts++;
        startedAt = Instant.now();
        startedMillis = now();
        answerQuiet.watchFrom(now());
        nextCheckAt = 0;
    }

    /** @return the job's result when it is done, or null while it goes on */
    CollectionResult step(ContextPool pool, String probeScript, String extractScript) {
        if (lease != null && lease.crashed()) {
            throw new PageCrashedException("the page of job " + task.job().jobId() + " crashed");
        }
        long now = now();
        if (now - startedMillis > page.timeout().toMillis()) {
            return fail(FailureClass.TIMEOUT, "no complete answer within " + page.timeout().toMillis() + " ms"
                    + (answerQuiet.sawText() ? " (the answer was still changing)" : " (nothing written)"));
        }
        nextCheckAt = now + pollMillis; // a page that is loading or taking the prompt is looked at every poll interval
        return switch (stage) {
            case OPEN -> open(pool, now);
            case LOADING -> load(probeScript, now);
            case SENDING -> send(probeScript, now);
            case STREAMING -> watch(probeScript, extractScript, now);
        };
    }

    private CollectionResult open(ContextPool pool, long now) {
        lease = pool.acquire(task.contextKey());
        String url = page.url().replace("{prompt}", URLEncoder.encode(task.job().promptText(), StandardCharsets.UTF_8));
        lease.navigate(url);
        stage = Stage.LOADING;
        stageSince = now;
        return null;
    }

    private CollectionResult load(String probeScript, long now) {
        if (lease.navigationError() != null) {
            return fail(FailureClass.UPSTREAM_ERROR, task.job().platform() + " page did not load: " + lease.navigationError());
        }
        // The probe also lets Playwright deliver the navigation's events (they arrive only during calls).
        PageProbe probe = probe(probeScript, loadingSelectors);
        // The page knows its document's status at once; Playwright's response event is the fallback.
        int status = probe != null && probe.documentStatus() > 0 ? probe.documentStatus() : lease.documentStatus();
        if (probe == null || probe.stale() || status == 0) {
            if (now - stageSince > page.pageTimeout().toMillis()) {
                return fail(FailureClass.TIMEOUT, task.job().platform() + " page did not load within " + page.pageTimeout().toMillis() + " ms");
            }
            return null;
        }
        if (status == 429) {
            return fail(FailureClass.RATE_LIMITED, task.job().platform() + " page answered HTTP 429");
        }
        if (status >= 500) {
            return fail(FailureClass.UPSTREAM_ERROR, task.job().platform() + " page answered HTTP " + status);
        }
        if (page.inputSelector().isEmpty()) {
            return streaming(now); // the prompt travelled in the URL
        }
        CollectionResult blocked = blocked(probe);
        if (blocked != null) {
            return blocked;
        }
        if (!probe.input()) {
            if (now - stageSince > page.pageTimeout().toMillis()) {
                return fail(FailureClass.PAGE_CHANGED, "the input " + page.inputSelector().orElseThrow() + " did not appear within "
                        + page.pageTimeout().toMillis() + " ms on " + lease.page.url());
            }
            return null;
        }
        // The probe focused the input it saw (what Playwright's focus does, without its selector waits and in the
        // same call); now real keyboard input (trusted events).
        lease.page.keyboard().insertText(task.job().promptText());
        if (page.submitSelector().isEmpty()) {
            lease.page.keyboard().press("Enter");
            return streaming(now);
        }
        stage = Stage.SENDING;
        stageSince = now;
        return send(probeScript, now); // often usable at once: no need to wait a poll interval
    }

    /** The send button is usually enabled only once the page has seen the text: click it when it is. */
    private CollectionResult send(String probeScript, long now) {
        PageProbe probe = probe(probeScript);
        if (probe == null) {
            return null;
        }
        CollectionResult blocked = blocked(probe);
        if (blocked != null) {
            return blocked;
        }
        if (!probe.submitReady()) {
            if (now - stageSince > page.pageTimeout().toMillis()) {
                return fail(FailureClass.PAGE_CHANGED, "the send button " + page.submitSelector().orElseThrow()
                        + " did not become usable within " + page.pageTimeout().toMillis() + " ms on " + lease.page.url());
            }
            return null;
        }
        if (probe.submitPoint() != null) {
            // A real mouse click where the probe saw the button, in one call.
            lease.page.mouse().click(probe.submitPoint()[0], probe.submitPoint()[1]);
        } else {
            // Off screen: Playwright scrolls it into view first.
            lease.page.click(page.submitSelector().get(), new Page.ClickOptions().setForce(true).setTimeout(5000));
        }
        return streaming(now);
    }

    private CollectionResult streaming(long now) {
        stage = Stage.STREAMING;
        stageSince = now;
        answerQuiet.watchFrom(now);
        return null;
    }

    private CollectionResult watch(String probeScript, String extractScript, long now) {
        PageProbe probe = probe(probeScript);
        if (probe == null) {
            return null;
        }
        CollectionResult result = watch(probe, now);
        return result == COMPLETE ? collected(extractScript) : result;
    }

    /** @return a failure, {@link #COMPLETE} when the answer may be read, or null while it streams */
    private CollectionResult watch(PageProbe probe, long now) {
        CollectionResult blocked = blocked(probe);
        if (blocked != null) {
            return blocked;
        }
        if (!probe.answer()) {
            long limit = page.answerStartTimeout().toMillis();
            if (now - stageSince > limit) {
                return probe.busy()
                        ? fail(FailureClass.TIMEOUT, "the platform stayed busy without an answer for " + limit / 1000 + " s")
                        : fail(FailureClass.PAGE_CHANGED, "the answer " + page.answerSelector() + " did not appear within "
                        + limit / 1000 + " s on " + lease.page.url());
            }
            return null;
        }
        long settle = page.settle().toMillis();
        long quiet = answerQuiet.look(probe.text(), probe.quietMs(), now);
        if (probe.busy()) {
            nextCheckAt = now + Math.max(pollMillis, Math.min(settle, BUSY_CHECK_MILLIS));
            return null;
        }
        if (quiet < settle) {
            nextCheckAt = now + Math.max(MIN_RECHECK_MILLIS, settle - quiet); // back when the settle interval is over
            return null;
        }
        if (probe.truncated()) {
            return fail(FailureClass.TRUNCATED, "the platform cut the answer after " + probe.text().length() + " characters");
        }
        if (probe.text().isBlank()) {
            return fail(FailureClass.EMPTY_ANSWER, "the answer " + page.answerSelector() + " stayed empty for "
                    + page.settle().toMillis() + " ms with nothing in progress");
        }
        return COMPLETE;
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

    /** @return what the page shows, or null while it is between two documents */
    private PageProbe probe(String probeScript) {
        return probe(probeScript, selectors);
    }

    private PageProbe probe(String probeScript, Map<String, Object> what) {
        try {
            return PageProbe.of(lease.page.evaluate(probeScript, what));
        } catch (PlaywrightException e) {
            String message = String.valueOf(e.getMessage());
            if (lease.crashed() || !(message.contains("context was destroyed") || message.contains("Cannot find context"))) {
                throw e;
            }
            return null;
        }
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

    static long now() {
        return System.nanoTime() / 1_000_000;
    }
}
