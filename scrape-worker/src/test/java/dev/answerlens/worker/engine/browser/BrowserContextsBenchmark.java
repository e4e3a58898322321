package dev.answerlens.worker.engine.browser;

import dev.answerlens.model.message.PromptJob;
import dev.answerlens.worker.WorkerConfig;
import dev.answerlens.worker.engine.CollectionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run by bench/browser-contexts.sh (not a test): one browser driver with C contexts against the
 * stand-in page streaming every answer over T; reports throughput as a ratio to C/T, peak RSS of the
 * JVM plus Chromium and the driver, browser start and context open times; then the
 * fresh-browser-per-query approach for comparison.
 */
public final class BrowserContextsBenchmark {
    public static void main(String[] args) throws Exception {
        long streamMillis = Long.parseLong(System.getProperty("bench.stream-ms", "5000"));
        long settleMillis = Long.parseLong(System.getProperty("bench.settle-ms", "300"));
        int waves = Integer.parseInt(System.getProperty("bench.waves", "12"));
        // burst: every job queued at once, so the C running jobs start and finish in step;
        // staggered: the first C jobs arrive T/C apart, as jobs trickle in from a queue, and keep that spacing
        boolean staggered = "staggered".equals(System.getProperty("bench.arrival", "burst"));
        List<Integer> contexts = java.util.Arrays.stream(System.getProperty("bench.contexts", "1,4,8,16").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int freshRuns = Integer.parseInt(System.getProperty("bench.fresh-runs", "3"));
        BrowserStandIn.ensureChromium();
        try (StandInPlatformPages pages = new StandInPlatformPages(streamMillis, streamMillis)) {
            System.out.printf("stand-in answer streams over T = %d ms; completion = unchanged for %d ms; %d waves of C jobs;"
                    + " arrival %s%n", streamMillis, settleMillis, waves, staggered ? "staggered (T/C apart)" : "burst");
            System.out.printf("%4s %6s %9s %9s %8s %10s %11s %12s %12s %14s%n", "C", "jobs", "wall_s", "jobs/s",
                    "ratio", "C/T", "p50_job_s", "peak_rss_mb", "browser_ms", "ctx_open_ms");
            for (int c : contexts) {
                run(pages, c, c * waves, streamMillis, settleMillis, staggered);
            }
            fresh(pages, freshRuns, streamMillis, settleMillis);
        }
    }

    private static void run(StandInPlatformPages pages, int c, int jobs, long streamMillis, long settleMillis, boolean staggered)
            throws Exception {
        RssSampler rss = new RssSampler();
        BrowserDriver driver = new BrowserDriver(new BenchBrowser(c));
        try {
            driver.start();
            // A warm-up wave opens the C contexts a running worker keeps and recycles (their open time is reported).
            List<CompletableFuture<CollectionResult>> warmUp = new ArrayList<>();
            for (int i = 0; i < c; i++) {
                warmUp.add(submit(driver, pages, settleMillis));
            }
            CompletableFuture.allOf(warmUp.toArray(CompletableFuture[]::new)).join();
            List<CompletableFuture<CollectionResult>> results = new ArrayList<>();
            List<Long> took = new ArrayList<>();
            List<Long> finished = new ArrayList<>();
            double busyBefore = driver.stats().busyMs();
            long started = System.nanoTime();
            for (int i = 0; i < jobs; i++) {
                // staggered: job i < C arrives i·T/C after the start, the rest queue behind the last of them
                long arrivalMillis = staggered ? Math.min(i, c - 1) * (streamMillis / c) : 0;
                results.add(CompletableFuture.supplyAsync(System::nanoTime,
                                CompletableFuture.delayedExecutor(arrivalMillis, TimeUnit.MILLISECONDS))
                        .thenCompose(submitted -> submit(driver, pages, settleMillis).whenComplete((r, e) -> {
                            synchronized (took) {
                                took.add(System.nanoTime() - submitted);
                                finished.add(System.nanoTime());
                            }
                        })));
            }
            CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).join();
            double wall = (System.nanoTime() - started) / 1e9;
            long failures = results.stream().map(CompletableFuture::join).filter(r -> !(r instanceof CollectionResult.Collected)).count();
            double ideal = c / (streamMillis / 1000.0);
            double throughput = jobs / wall;
            // sustained: the jobs of the second half of the waves over the time from the end of the first half to
            // the last completion, once the start (every context opening at once, in burst mode) has worked its
            // way out; whole waves, because in burst mode completions come in clusters of C
            List<Long> ends = finished.stream().sorted().toList();
            int firstHalf = (jobs / c / 2) * c;
            double steady = firstHalf > 0 && firstHalf < jobs
                    ? (jobs - firstHalf) / ((ends.get(jobs - 1) - ends.get(firstHalf - 1)) / 1e9) : Double.NaN;
            List<Long> sorted = took.stream().sorted().toList();
            BrowserDriver.Stats stats = driver.stats();
            System.out.printf("%4d %6d %9.2f %9.3f %8.3f %10.3f %11.2f %12.0f %12.0f %14.1f%s%n", c, jobs, wall, throughput,
                    throughput / ideal, ideal, sorted.get(sorted.size() / 2) / 1e9, rss.peakMegabytes(),
                    stats.playwrightCreateMs() + stats.browserLaunchMs(), stats.meanContextOpenMs(),
                    failures == 0 ? "" : "  (" + failures + " jobs failed!)");
            System.out.printf("       sustained (second half of the waves): %.3f jobs/s = %.3f of C/T%n", steady, steady / ideal);
            System.out.printf("       peak memory of JVM + Node driver + Chromium: RSS sum %.0f MB, PSS %.0f MB%n",
                    rss.peakMegabytes(), rss.peakPssMegabytes());
            System.out.printf("       playwright create %.0f ms + chromium launch %.0f ms; %d contexts opened, peak %d jobs at once;"
                            + " browser thread busy %.0f%% of the run%n",
                    stats.playwrightCreateMs(), stats.browserLaunchMs(), stats.contextsOpened(), stats.peakConcurrentJobs(),
                    100 * (stats.busyMs() - busyBefore) / (wall * 1000));
        } finally {
            driver.close();
            rss.close();
        }
    }

    /** The approach of many open-source trackers: a new browser for every query, one at a time. */
    private static void fresh(StandInPlatformPages pages, int runs, long streamMillis, long settleMillis) {
        double total = 0;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            BrowserDriver driver = new BrowserDriver(new BenchBrowser(1));
            try {
                driver.start();
                submit(driver, pages, settleMillis).join();
            } finally {
                driver.close();
            }
            total += (System.nanoTime() - started) / 1e9;
        }
        double perJob = total / runs;
        System.out.printf("fresh browser per query (C=1, %d runs): %.2f s per job = %.1f jobs/min (ratio to 1/T %.3f)%n",
                runs, perJob, 60 / perJob, (1 / perJob) / (1 / (streamMillis / 1000.0)));
    }

    private static CompletableFuture<CollectionResult> submit(BrowserDriver driver, StandInPlatformPages pages, long settleMillis) {
        PromptJob job = new PromptJob(PromptJob.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "What is the best CRM for a small agency?", "chatgpt", 1, "en", "US", 5, Instant.now());
        return driver.submit(new BrowserTask(job, new BenchPage(pages.urlFor("chatgpt"), settleMillis),
                BrowserLocale.of("en", "US"), null, new CompletableFuture<>()));
    }

    /** Peak resident memory of this JVM plus every process it started (Node driver, Chromium and its children). */
    private static final class RssSampler implements AutoCloseable {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        private final AtomicLong peakRssKb = new AtomicLong();
        private final AtomicLong peakPssKb = new AtomicLong();

        private int samples;

        RssSampler() {
            timer.scheduleAtFixedRate(this::sample, 0, 200, TimeUnit.MILLISECONDS);
        }

        /**
         * RSS every 200 ms; PSS every second, because the kernel walks every mapping of every process to
         * sum it, which at 200 ms took a visible share of the CPU the benchmark measures.
         */
        private void sample() {
            peakRssKb.accumulateAndGet(totalKb("/status", "VmRSS:"), Math::max);
            if (samples++ % 5 == 0) {
                peakPssKb.accumulateAndGet(totalKb("/smaps_rollup", "Pss:"), Math::max);
            }
        }

        /** Sum of RSS: pages shared between Chromium's processes are counted once per process. */
        double peakMegabytes() {
            peakRssKb.accumulateAndGet(totalKb("/status", "VmRSS:"), Math::max);
            return peakRssKb.get() / 1024.0;
        }

        /** Proportional set size: shared pages split between the processes sharing them (the real footprint). */
        double peakPssMegabytes() {
            return peakPssKb.get() / 1024.0;
        }

        private static long totalKb(String file, String field) {
            long kb = readKb(ProcessHandle.current().pid(), file, field);
            for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
                kb += readKb(child.pid(), file, field);
            }
            return kb;
        }

        private static long readKb(long pid, String file, String field) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + file))) {
                    if (line.startsWith(field)) {
                        return Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException | RuntimeException ignored) {
                // The process ended between listing and reading.
            }
            return 0;
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }

    private record BenchBrowser(int contexts) implements WorkerConfig.Browser {
        public String executablePath() { return "/usr/bin/chromium"; }
        public String nodePath() { return "/usr/bin/node"; }
        public boolean headless() { return true; }
        public Duration pollInterval() { return Duration.ofMillis(Long.getLong("bench.poll-ms", 25)); } // default: answerlens.worker.browser.poll-interval
        public int crashRestarts() { return 2; }
        public String failureDirectory() { return System.getProperty("java.io.tmpdir") + "/answerlens-bench-failed-pages"; }
        public int failureDirectoryMaxPages() { return 20; }
        public Optional<List<String>> proxies() { return Optional.empty(); }
        public List<String> args() {
            return List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run");
        }
        public Map<String, WorkerConfig.BrowserPlatform> platforms() { return Map.of(); }
    }

    /** The chatgpt page knowledge of application.properties, pointed at the stand-in. */
    private record BenchPage(String url, long settleMillis) implements WorkerConfig.BrowserPlatform {
        public Optional<String> inputSelector() { return Optional.of("#prompt-textarea"); }
        public Optional<String> submitSelector() { return Optional.of("button[data-testid=\"send-button\"]"); }
        public String answerSelector() { return "div[data-message-author-role=\"assistant\"] .markdown"; }
        public Optional<String> citationsSelector() { return Optional.empty(); }
        public Optional<String> busySelector() { return Optional.of("button[data-testid=\"stop-button\"]"); }
        public Optional<String> captchaSelector() { return Optional.of("#challenge-form"); }
        public Optional<String> loginSelector() { return Optional.empty(); }
        public Optional<String> rateLimitSelector() { return Optional.empty(); }
        public Optional<String> errorSelector() { return Optional.of("div.text-token-text-error"); }
        public Optional<String> truncatedSelector() { return Optional.empty(); }
        public Duration settle() { return Duration.ofMillis(settleMillis); }
        public Duration pageTimeout() { return Duration.ofSeconds(20); }
        public Duration answerStartTimeout() { return Duration.ofSeconds(30); }
        public Duration timeout() { return Duration.ofSeconds(120); }
        public Optional<String> storageState() { return Optional.empty(); }
        public Optional<String> model() { return Optional.of("chatgpt-web"); }
        public boolean webSearch() { return false; }
    }
}
