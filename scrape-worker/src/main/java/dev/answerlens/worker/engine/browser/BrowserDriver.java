package dev.answerlens.worker.engine.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.Proxy;
import dev.answerlens.worker.WorkerConfig;
import dev.answerlens.worker.engine.CollectionResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * One Chromium for this worker, driven from one thread (Playwright objects belong to the thread that
 * made them). Jobs wait in a queue; up to the configured number run at once, each in its own context,
 * and the thread advances all of them in turn every poll interval. A crashed page is restarted in a
 * fresh context, a crashed browser is relaunched and its jobs restarted: no job is lost to a crash.
 */
public final class BrowserDriver implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(BrowserDriver.class);

    private final WorkerConfig.Browser config;
    private final ContextPool pool;
    private final FailedPageArchive archive;
    private final BlockingQueue<BrowserTask> pending = new LinkedBlockingQueue<>();
    private final List<PageSession> active = new ArrayList<>();
    private final String probeScript = script("page-probe.js");
    private final String extractScript = script("extract-answer.js");
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private volatile boolean running = true;
    private volatile long playwrightCreateNanos;
    private volatile long browserLaunchNanos;
    private volatile int browserLaunches;
    private volatile int peakActive;
    private volatile long busyNanos;
    private Thread thread;
    private Playwright playwright;
    private Browser browser;

    public BrowserDriver(WorkerConfig.Browser config) {
        this.config = config;
        this.pool = new ContextPool(config.contexts());
        this.archive = new FailedPageArchive(Path.of(config.failureDirectory()), config.failureDirectoryMaxPages());
    }

    /** Starts the browser thread and waits until Chromium runs (fails if it cannot start). */
    public synchronized void start() {
        if (thread == null) {
            thread = Thread.ofPlatform().name("answerlens-browser").daemon().start(this::run);
        }
        started.join();
    }

    CompletableFuture<CollectionResult> submit(BrowserTask task) {
        start();
        pending.add(task);
        return task.result();
    }

    /** Figures for the benchmark and the logs. */
    public Stats stats() {
        long opened = pool.contextsOpened();
        return new Stats(playwrightCreateNanos / 1e6, browserLaunchNanos / 1e6, browserLaunches, opened,
                opened == 0 ? 0 : pool.contextOpenNanos() / 1e6 / opened, peakActive, busyNanos / 1e6);
    }

    /** @param busyMs time the browser thread spent driving pages (the rest it waited for work or the poll interval) */
    public record Stats(double playwrightCreateMs, double browserLaunchMs, int browserLaunches, long contextsOpened,
                        double meanContextOpenMs, int peakConcurrentJobs, double busyMs) {
    }

    private void run() {
        try {
            long t0 = System.nanoTime();
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                    "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PLAYWRIGHT_NODEJS_PATH", config.nodePath())));
            playwrightCreateNanos = System.nanoTime() - t0;
            launch();
            started.complete(null);
        } catch (RuntimeException e) {
            started.completeExceptionally(e);
            return;
        }
        try {
            while (running) {
                long t0 = System.nanoTime();
                admit();
                advance();
                if (!browser.isConnected()) {
                    relaunch();
                }
                busyNanos += System.nanoTime() - t0;
                waitForWork();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            shutdown();
        }
    }

    private void launch() {
        long t0 = System.nanoTime();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(config.executablePath()))
                .setHeadless(config.headless())
                .setArgs(config.args());
        if (config.proxies().filter(p -> !p.isEmpty()).isPresent()) {
            options.setProxy(new Proxy("http://per-context")); // every context sets its own
        }
        browser = playwright.chromium().launch(options);
        browserLaunchNanos = System.nanoTime() - t0;
        browserLaunches++;
        pool.useBrowser(browser);
        LOG.infof("Chromium %s started in %.0f ms (%d contexts at most)", browser.version(), browserLaunchNanos / 1e6, config.contexts());
    }

    private void relaunch() {
        LOG.warnf("the browser died; relaunching it and restarting %d jobs in fresh contexts", active.size());
        try {
            browser.close();
        } catch (RuntimeException ignored) {
            // Already gone.
        }
        launch();
        for (PageSession session : active) {
            session.restart();
        }
    }

    private void admit() {
        while (active.size() < config.contexts()) {
            BrowserTask task = pending.poll();
            if (task == null) {
                break;
            }
            admitOne(task);
        }
        peakActive = Math.max(peakActive, active.size());
    }

    private void advance() {
        for (Iterator<PageSession> it = active.iterator(); it.hasNext(); ) {
            PageSession session = it.next();
            if (!session.due()) {
                continue;
            }
            CollectionResult result;
            try {
                result = session.step(pool, probeScript, extractScript);
            } catch (TimeoutError e) {
                result = session.timedOut(firstLine(e));
            } catch (PageCrashedException | PlaywrightException e) {
                if (!browser.isConnected()) {
                    return; // relaunch restarts every job
                }
                result = restartOrGiveUp(session, e);
            }
            if (result != null) {
                finish(session, result);
                it.remove();
            }
        }
    }

    private CollectionResult restartOrGiveUp(PageSession session, RuntimeException error) {
        if (session.lease() != null) {
            pool.release(session.lease(), false);
        }
        if (session.restarts() >= config.crashRestarts()) {
            return session.gaveUp("the page crashed " + (session.restarts() + 1) + " times: " + firstLine(error));
        }
        LOG.warnf("job %s: %s; restarting it in a fresh context", session.task().job().jobId(), firstLine(error));
        session.restart();
        return null;
    }

    private void finish(PageSession session, CollectionResult result) {
        ContextPool.Lease lease = session.lease();
        if (lease != null) {
            if (result instanceof CollectionResult.Failed failed) {
                archive.keep(lease.page, session.task().job(), failed.failure());
            }
            pool.release(lease, !session.failed());
        }
        session.task().result().complete(result);
    }

    /**
     * Waits until the next job wants a look at its page (at most a poll interval), taking a new job meanwhile
     * if a context is free: a page is checked when it is due, not on the next round of a fixed tick.
     */
    private void waitForWork() throws InterruptedException {
        if (active.isEmpty()) {
            admitOne(pending.poll(500, TimeUnit.MILLISECONDS));
            return;
        }
        long wait = Math.min(config.pollInterval().toMillis(), earliestDue() - PageSession.now());
        if (wait <= 0) {
            return;
        }
        if (active.size() < config.contexts()) {
            admitOne(pending.poll(wait, TimeUnit.MILLISECONDS));
        } else {
            Thread.sleep(wait);
        }
    }

    private long earliestDue() {
        long earliest = Long.MAX_VALUE;
        for (PageSession session : active) {
            earliest = Math.min(earliest, session.dueAt());
        }
        return earliest;
    }

    private void admitOne(BrowserTask task) {
        if (task != null) {
            active.add(new PageSession(task, config.pollInterval().toMillis()));
        }
    }

    private void shutdown() {
        RuntimeException stopped = new IllegalStateException("the worker is shutting down");
        active.forEach(s -> s.task().result().completeExceptionally(stopped));
        pending.forEach(t -> t.result().completeExceptionally(stopped));
        try {
            if (playwright != null) {
                playwright.close();
            }
        } catch (RuntimeException e) {
            LOG.debugf("closing Playwright: %s", e.getMessage());
        }
    }

    /** Test hook: the process id of the Chromium this worker runs (its browser process). */
    public List<ProcessHandle> browserProcesses() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.contains("chromium") || c.contains("chrome")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> java.util.Arrays.stream(a).noneMatch(x -> x.startsWith("--type="))).orElse(false))
                .toList();
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Playwright's messages span many lines (an error object, a call log): one line of at most 240 characters. */
    private static String firstLine(Throwable error) {
        String message = String.valueOf(error.getMessage()).replaceAll("\\s+", " ").trim();
        return message.length() <= 240 ? message : message.substring(0, 237) + "...";
    }

    private static String script(String name) {
        try (InputStream in = BrowserDriver.class.getResourceAsStream("/browser/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
