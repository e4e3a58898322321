package dev.answerlens.deploy.faults;

import dev.answerlens.model.testing.ServiceProcess;
import dev.answerlens.model.testing.ServiceProcess.Health;
import dev.answerlens.model.topology.MessageHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks every scenario ends with (issue 13): every planned job has its answer, none twice; the rollups
 * equal counts over the raw rows; nothing is left waiting or unacked on the work queues; nothing parked
 * (a dependency that is away is waited for, never a reason to park); the last answer came within the recovery target after the fault; and every service says
 * it is ready and live.
 */
final class RunChecks {
    private final PipelineRun run;
    private final RunOutcome outcome;
    private final List<String> details;

    private RunChecks(PipelineRun run, RunOutcome outcome, List<String> details) {
        this.run = run;
        this.outcome = outcome;
        this.details = details;
    }

    /** Reads the finished run's figures and checks them; adds what explains them to {@code details}. */
    static ScenarioResult evaluate(String scenario, PipelineRun run, RunOutcome outcome, List<String> details) throws Exception {
        return new RunChecks(run, outcome, details).evaluate(scenario);
    }

    private ScenarioResult evaluate(String scenario) throws Exception {
        RunProgress end = run.progress();
        long expected = run.expectedJobs();
        long runRequests = run.rows().runRequests();
        long duplicateAnswers = run.rows().duplicateAnswers();
        long duplicateJobs = run.rows().duplicateJobs();
        long withoutJob = run.rows().answersWithoutJob();
        long rollupMismatches = run.rows().rollupMismatches();
        List<BrokerQueues.Left> left = run.queues().leftOnWorkQueues();
        BrokerQueues.Parked parked = run.queues().parked();
        Optional<Double> recovery = recoverySeconds(end, expected);
        String health = health();

        details.add("job states: " + run.rows().jobStates());
        details.add("waiting for the run: " + outcome.ending().description);
        if (!left.isEmpty()) {
            details.add("left on the work queues: " + left);
        }
        if (parked.messages() > 0) {
            details.add("parked: " + parked.reasons() + (parked.withoutReason() > 0 ? ", " + parked.withoutReason() + " without a reason" : ""));
        }

        List<Check> checks = new ArrayList<>();
        checks.add(new Check("fault struck mid-run", outcome.atFault().stored() < outcome.expectedAtFault(),
                outcome.atFault().stored() + " of " + outcome.expectedAtFault() + " answers stored when it struck"));
        checks.add(new Check("jobs planned as seeded", end.planned() == expected && duplicateJobs == 0,
                end.planned() + " planned, " + expected + " expected (" + run.seeded().jobs() + " seeded"
                        + (run.seeded().runNowPrompt() == null ? "" : " + " + runRequests + " run-now × " + run.seeded().jobsPerRunNow())
                        + "), " + duplicateJobs + " planned twice"));
        if (run.seeded().runNowPrompt() != null) {
            checks.add(new Check("every accepted run-now request recorded", runRequests >= outcome.runNowAccepted(),
                    outcome.runNowAccepted() + " accepted (" + outcome.runNowRefused() + " refused or unanswered), "
                            + runRequests + " recorded"));
        }
        checks.add(new Check("every planned job's answer stored", end.stored() == end.planned() && withoutJob == 0,
                end.stored() + " stored of " + end.planned() + " planned" + (withoutJob > 0 ? ", " + withoutJob + " without a job" : "")));
        checks.add(new Check("no logical duplicates", duplicateAnswers == 0,
                duplicateAnswers + " answers beyond one per (workspace, prompt, platform, sample, run)"));
        checks.add(new Check("rollups equal the raw rows", rollupMismatches == 0, rollupMismatches + " rollup rows differ"));
        checks.add(new Check("work queues drained", left.isEmpty(), left.isEmpty() ? "nothing ready or unacked" : left.toString()));
        // Every job succeeds within its attempts here (the simulated platform refuses a job at most three times in a
        // row), so a parked message can only be one the fault parked: a dependency that is away must be waited for.
        checks.add(new Check("nothing parked", parked.messages() == 0,
                parked.messages() + " parked, " + parked.withoutReason() + " without " + MessageHeaders.REASON));
        checks.add(new Check("recovered within " + SuiteSettings.RECOVERY_TARGET.toSeconds() + " s",
                recovery.isPresent() && recovery.get() <= SuiteSettings.RECOVERY_TARGET.toSeconds(),
                recovery.map(s -> String.format("last answer %.1f s after the fault ended", s))
                        .orElse("not recovered: " + outcome.ending().description)));
        checks.addAll(run.duringFault());
        checks.add(new Check("services ready and live at the end", health.equals("all UP"), health));

        ScenarioResult.Figures figures = new ScenarioResult.Figures(expected, end.planned(), end.stored(), duplicateAnswers,
                parked.messages(), left.stream().mapToLong(l -> l.ready() + l.unacked()).sum(), rollupMismatches, recovery, health);
        return ScenarioResult.checked(scenario, figures, checks, details);
    }

    /** Seconds from the end of the fault to the last answer stored (0 if all were in before it ended); empty if never all. */
    private Optional<Double> recoverySeconds(RunProgress end, long expected) {
        if (end.stored() < expected || end.stored() < end.planned() || end.lastStoredAt() == null) {
            return Optional.empty();
        }
        double seconds = Duration.between(outcome.faultEnd(), end.lastStoredAt()).toMillis() / 1000.0;
        return Optional.of(Math.max(0, seconds));
    }

    /** "all UP", or which service's readiness or liveness said otherwise. */
    private String health() {
        List<String> notUp = new ArrayList<>();
        for (ServiceProcess service : run.pipeline().services()) {
            String ready = healthOf(service, "/q/health/ready");
            String live = healthOf(service, "/q/health/live");
            details.add(service.module() + ": ready " + ready + ", live " + live);
            if (!ready.endsWith("UP")) {
                notUp.add(service.module() + " ready " + ready);
            }
            if (!live.endsWith("UP")) {
                notUp.add(service.module() + " live " + live);
            }
        }
        return notUp.isEmpty() ? "all UP" : String.join(", ", notUp);
    }

    /**
     * What an endpoint says, asked up to three times a second apart, as a probe would retry: "UP", "DOWN", or
     * "DOWN, then UP" when the first answer was a passing one (kept in the details, not held against the run).
     */
    private static String healthOf(ServiceProcess service, String endpoint) {
        Health first = service.health(endpoint);
        Health last = first;
        for (int ask = 2; ask <= 3 && last != Health.UP; ask++) {
            FixedWait.of(Duration.ofSeconds(1));
            last = service.health(endpoint);
        }
        return first == last ? last.name() : first + ", then " + last;
    }
}
