package dev.answerlens.deploy.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Runs one scenario from start to end: servers healthy, a fresh pipeline seeded, the fault at its moment (undone
 * by itself and, belt and braces, by {@link HealthyServers}), a bounded wait for the run to finish, the checks,
 * and the pipeline torn down. Every wait has a bound, so a wedged run fails instead of hanging the suite.
 */
final class ScenarioRunner {
    private static final Duration MOMENT_WITHIN = Duration.ofSeconds(120);
    private static final Duration DRAIN_WITHIN = Duration.ofSeconds(20);

    private final SuiteSettings settings;

    ScenarioRunner(SuiteSettings settings) {
        this.settings = settings;
    }

    ScenarioResult run(Scenario scenario) {
        Optional<String> unavailable = scenario.unavailable().get();
        if (unavailable.isPresent()) {
            return ScenarioResult.skipped(scenario.name(), unavailable.get());
        }
        Instant began = Instant.now();
        Path logs = settings.reportDirectory().resolve(scenario.name()).toAbsolutePath();
        List<String> details = new ArrayList<>();
        details.add("fault: " + scenario.what() + ", " + scenario.moment().description());
        details.add("service logs: " + logs);
        PipelineRun run = null;
        ScenarioResult result;
        try {
            clear(logs);
            HealthyServers.ensure();
            run = PipelineRun.start(scenario, settings, logs);
            details.add(String.format("pipeline started and seeded in %.1f s: %d jobs planned by the seed",
                    seconds(began, Instant.now()), run.seeded().jobs()));
            RunOutcome outcome = strike(scenario, run, details);
            result = RunChecks.evaluate(scenario.name(), run, outcome, details);
        } catch (Exception | AssertionError e) {
            result = ScenarioResult.broken(scenario.name(), e, details);
        }
        Instant tearingDown = Instant.now();
        Optional<String> teardownProblem = tearDown(run, result.verdict() == ScenarioResult.Verdict.PASSED);
        details.add(String.format("torn down in %.1f s", seconds(tearingDown, Instant.now())));
        return teardownProblem.map(result::failedBy).orElse(result).took(seconds(began, Instant.now()));
    }

    private RunOutcome strike(Scenario scenario, PipelineRun run, List<String> details) throws Exception {
        RunNowStream stream = scenario.asksToRunNow()
                ? new RunNowStream(run.api(), run.seeded().first(), run.seeded().runNowPrompt()) : null;
        try {
            RunProgress atFault = awaitMoment(scenario.moment(), run);
            long expectedAtFault = run.expectedJobs();
            details.add("on the queues when it struck (management figures, up to 5 s old): " + queuesNow(run));
            Instant faultStart = Instant.now();
            String note;
            Instant faultEnd;
            try {
                note = scenario.fault().apply(run);
                faultEnd = Instant.now();
            } finally {
                HealthyServers.ensure();
            }
            details.add(String.format("struck at %s (%.0f %% of the answers); %s; the fault lasted %.1f s", atFault,
                    100 * atFault.storedShareOf(expectedAtFault), note, seconds(faultStart, faultEnd)));
            if (stream != null) {
                awaitAcceptedAfter(stream, faultEnd, details);
                stream.close();
            }
            Instant waiting = Instant.now();
            CompletionWait.Ending ending = CompletionWait.await(run, faultEnd, settings.deadline(), settings.stall());
            Instant ended = Instant.now();
            if (ending == CompletionWait.Ending.COMPLETE) {
                awaitDrained(run);
            }
            details.add(String.format("waited %.1f s for the run to end, then %.1f s for the queue figures to show it",
                    seconds(waiting, ended), seconds(ended, Instant.now())));
            return new RunOutcome(atFault, expectedAtFault, faultEnd, ending,
                    stream == null ? 0 : stream.accepted(), stream == null ? 0 : stream.refused());
        } finally {
            if (stream != null) {
                stream.close();
            }
        }
    }

    private static RunProgress awaitMoment(FaultMoment moment, PipelineRun run) {
        AtomicReference<RunProgress> progress = new AtomicReference<>(RunProgress.NOTHING);
        long seeded = run.seeded().jobs();
        try {
            Awaitility.await(moment.description()).atMost(MOMENT_WITHIN).pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        progress.set(run.progress());
                        return moment.reached().by(progress.get(), seeded);
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("the run never got to the fault's moment (" + moment.description()
                    + ") within " + MOMENT_WITHIN.toSeconds() + " s: " + progress.get(), e);
        }
        return progress.get();
    }

    /** Where the work stands on the broker, by queue with messages ready or unacked; best effort. */
    private static String queuesNow(PipelineRun run) {
        try {
            return run.queues().leftOnWorkQueues().toString();
        } catch (Exception e) {
            return "not known (" + e.getMessage() + ")";
        }
    }

    /** The API must accept run-now requests again after its restart; keep asking until it has, for a while. */
    private static void awaitAcceptedAfter(RunNowStream stream, Instant faultEnd, List<String> details) {
        try {
            Awaitility.await("run-now accepted after the API's restart").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250)).until(() -> stream.lastAcceptedAt().isAfter(faultEnd.plusSeconds(2)));
        } catch (ConditionTimeoutException e) {
            details.add("the API accepted no run-now request in the 60 s after its restart");
        }
    }

    /** The management API's queue figures lag by up to its statistics interval (5 s): give them time to agree. */
    private static void awaitDrained(PipelineRun run) {
        try {
            Awaitility.await("work queues drained").atMost(DRAIN_WITHIN).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions().until(() -> run.queues().leftOnWorkQueues().isEmpty());
        } catch (ConditionTimeoutException e) {
            // left as it is: the checks report what stayed on the queues
        }
    }

    /**
     * Stops the run's services — asked to stop after a run that passed, killed after one that did not — and puts
     * the servers back; says what went wrong, if anything did.
     */
    private static Optional<String> tearDown(PipelineRun run, boolean passed) {
        try {
            if (run != null && passed) {
                run.close();
            } else if (run != null) {
                run.abort();
            }
            HealthyServers.ensure();
            return Optional.empty();
        } catch (Exception e) {
            return Optional.of("tearing down or putting the servers back failed: " + e);
        }
    }

    /** Removes an earlier run's service logs, so the directory holds this run's only. */
    private static void clear(Path logs) throws IOException {
        if (Files.isDirectory(logs)) {
            try (Stream<Path> files = Files.list(logs)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
