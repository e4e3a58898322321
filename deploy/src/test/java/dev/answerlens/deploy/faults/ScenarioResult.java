package dev.answerlens.deploy.faults;

import java.util.List;
import java.util.Optional;

/**
 * How one scenario ended: its verdict, the figures of the report's row, the checks behind the verdict and the
 * details an engineer needs to see why (job states, parked reasons, health, where the logs are).
 */
record ScenarioResult(String name, Verdict verdict, Figures figures, List<Check> checks, List<String> details,
                      String reason, double wallSeconds) {
    enum Verdict { PASSED, FAILED, SKIPPED }

    /**
     * The figures of a finished run. {@code recoverySeconds} is the time from the end of the fault to the last
     * answer stored, empty when the run never completed.
     */
    record Figures(long expected, long planned, long stored, long duplicates, long parked, long leftOnQueues,
                   long rollupMismatches, Optional<Double> recoverySeconds, String health) {
    }

    static ScenarioResult checked(String name, Figures figures, List<Check> checks, List<String> details) {
        Optional<Check> failed = checks.stream().filter(c -> !c.passed()).findFirst();
        return new ScenarioResult(name, failed.isPresent() ? Verdict.FAILED : Verdict.PASSED, figures, checks, details,
                failed.map(Check::toString).orElse(""), 0);
    }

    static ScenarioResult broken(String name, Throwable error, List<String> details) {
        String message = error.getClass().getSimpleName() + ": " + String.valueOf(error.getMessage()).lines().findFirst().orElse("");
        return new ScenarioResult(name, Verdict.FAILED, null, List.of(), details, message, 0);
    }

    /** The same result, with the scenario's wall time from start to torn down. */
    ScenarioResult took(double seconds) {
        return new ScenarioResult(name, verdict, figures, checks, details, reason, seconds);
    }

    /** The same result, failed (also) for {@code problem}, e.g. a server that could not be put back. */
    ScenarioResult failedBy(String problem) {
        List<String> more = new java.util.ArrayList<>(details);
        more.add(problem);
        return new ScenarioResult(name, Verdict.FAILED, figures, checks, more, reason.isEmpty() ? problem : reason, wallSeconds);
    }

    static ScenarioResult skipped(String name, String why) {
        return new ScenarioResult(name, Verdict.SKIPPED, null, List.of(), List.of(), "skipped: " + why, 0);
    }
}
