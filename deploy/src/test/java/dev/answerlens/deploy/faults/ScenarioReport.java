package dev.answerlens.deploy.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The suite's summary: one row per scenario, as a markdown table printed at the end and written to report.md. */
final class ScenarioReport {
    private static final String HEADER = "| scenario | result | jobs planned | answers stored | duplicates | parked | left on queues "
            + "| rollup rows off | recovery s | health at the end | first failed check | wall s |\n"
            + "|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|---:|\n";

    private final List<ScenarioResult> results = new ArrayList<>();
    private final Instant began = Instant.now();

    synchronized void add(ScenarioResult result) {
        results.add(result);
    }

    /** The table alone, for the console. */
    synchronized String table() {
        StringBuilder table = new StringBuilder(HEADER);
        results.forEach(r -> table.append(row(r)));
        return table.toString();
    }

    /** The table, the suite's time and each scenario's details, as markdown. */
    synchronized String markdown() {
        long passed = results.stream().filter(r -> r.verdict() == ScenarioResult.Verdict.PASSED).count();
        long failed = results.stream().filter(r -> r.verdict() == ScenarioResult.Verdict.FAILED).count();
        Duration took = Duration.between(began, Instant.now()).truncatedTo(ChronoUnit.SECONDS);
        StringBuilder md = new StringBuilder("# Fault suite report\n\n")
                .append(String.format("%s, %d cores: %d passed, %d failed, %d skipped; the suite took %d min %02d s.%n%n",
                        began.truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(), passed, failed,
                        results.size() - passed - failed, took.toMinutes(), took.toSecondsPart()))
                .append("Recovery = seconds from the end of the fault to the last answer stored (target ≤ ")
                .append(SuiteSettings.RECOVERY_TARGET.toSeconds()).append(" s); `-` = never all stored.\n\n")
                .append(table());
        for (ScenarioResult r : results) {
            md.append("\n## ").append(r.name()).append(" — ").append(r.verdict()).append("\n\n");
            if (!r.reason().isEmpty()) {
                md.append("First failure: ").append(r.reason()).append("\n\n");
            }
            r.checks().forEach(c -> md.append("- [").append(c.passed() ? "x" : " ").append("] ").append(c).append('\n'));
            r.details().forEach(d -> md.append("- ").append(d).append('\n'));
        }
        return md.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown());
    }

    private static String row(ScenarioResult r) {
        ScenarioResult.Figures f = r.figures();
        String dash = "-";
        return "| " + String.join(" | ", r.name(), r.verdict().name(),
                f == null ? dash : Long.toString(f.planned()),
                f == null ? dash : Long.toString(f.stored()),
                f == null ? dash : Long.toString(f.duplicates()),
                f == null ? dash : Long.toString(f.parked()),
                f == null ? dash : Long.toString(f.leftOnQueues()),
                f == null ? dash : Long.toString(f.rollupMismatches()),
                f == null ? dash : f.recoverySeconds().map(s -> String.format("%.1f", s)).orElse(dash),
                f == null ? dash : f.health(),
                r.reason().replace("|", "/"),
                String.format("%.0f", r.wallSeconds())) + " |\n";
    }
}
