package dev.answerlens.deploy.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The suite's knobs, from system properties (deploy/local/faults.sh passes them through Maven):
 * {@code faults} (all, or scenario names separated by commas), {@code faults.samples} (samples per prompt
 * and platform, default 30: 2,100 jobs), {@code faults.deadline} (how long after a fault ends the suite waits
 * for the run to finish, default 60s: twice the recovery target, so a slow recovery is still measured; 120s
 * measures slower ones), {@code faults.stall} (give up earlier when no answer was stored
 * for this long after the fault, default 30s), {@code faults.freeze} (how long the worker stays frozen,
 * default 40s), {@code faults.failure-rate} (the simulated platforms' failure rate, default 0.03),
 * {@code faults.latency} (how long a simulated platform takes per answer, default 250ms: collection then sets
 * the pace, as with real platforms, so a fault a quarter into the run finds every stage with work ahead),
 * {@code faults.report-dir} (default target/faults) and {@code faults.cluster} (deploy/local/cluster.sh: run against
 * its three-node RabbitMQ cluster, read by {@link ClusterNodes}; deploy/local/cluster-faults.sh sets it).
 */
record SuiteSettings(List<String> selected, int samples, Duration deadline, Duration stall, Duration freeze,
                     String failureRate, String latency, Path reportDirectory) {
    /** The answers of a run must all be stored within this long after the fault ended. */
    static final Duration RECOVERY_TARGET = Duration.ofSeconds(30);

    static SuiteSettings fromSystemProperties() {
        String faults = System.getProperty("faults", "all").strip();
        List<String> selected = faults.isEmpty() || faults.equals("all") || faults.equals("true")
                ? List.of() : Arrays.stream(faults.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new SuiteSettings(selected,
                Integer.parseInt(System.getProperty("faults.samples", "30")),
                duration(System.getProperty("faults.deadline", "60s")),
                duration(System.getProperty("faults.stall", "30s")),
                duration(System.getProperty("faults.freeze", "40s")),
                System.getProperty("faults.failure-rate", "0.03"),
                System.getProperty("faults.latency", "250ms"),
                Path.of(System.getProperty("faults.report-dir", "target/faults")));
    }

    /** Whether every scenario runs (no names given). */
    boolean all() {
        return selected.isEmpty();
    }

    /** "500ms", "40s", "2m". */
    static Duration duration(String text) {
        String value = text.strip();
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        if (value.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        throw new IllegalArgumentException("not a duration (500ms, 40s, 2m): " + text);
    }
}
