package dev.answerlens.deploy.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fault suite (issue 13): per scenario, a fresh pipeline of the four service processes runs over 2,000 jobs
 * on all seven platforms (simulated engine, failures on), a fault hits the broker, the database, the cache or a
 * service mid-run, and afterwards every planned job must have exactly one answer, the rollups must equal the raw
 * rows, the queues must be drained, nothing parked, the last answer stored within 30 s of the
 * fault's end and every service ready and live. Prints the table and writes target/faults/report.md.
 *
 * <p>Runs only when asked — {@code deploy/local/faults.sh [scenario ...]}, which runs
 * {@code ./mvnw verify -pl deploy -am -DskipTests -Dfaults=all} (profile {@code faults} in deploy/pom.xml);
 * a plain {@code ./mvnw verify} leaves it out.
 */
class FaultSuiteIT {
    private static final SuiteSettings SETTINGS = SuiteSettings.fromSystemProperties();
    private static final ScenarioReport REPORT = new ScenarioReport();
    private static final Path REPORT_FILE = SETTINGS.reportDirectory().resolve("report.md");

    /**
     * If the suite is interrupted (Ctrl-C, a CI timeout), the JVM still stops the services it started and puts the
     * servers back: a broker left stopped or a memory alarm left on would break everything after it.
     */
    @BeforeAll
    static void putTheServersBackEvenWhenInterrupted() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
            try {
                HealthyServers.ensure();
            } catch (Exception e) {
                System.err.println("[faults] could not put the servers back: " + e);
            }
        }, "fault-suite-restore"));
    }

    @TestFactory
    Stream<DynamicTest> everyPlannedAnswerIsStoredOnceAndInTimeDespiteTheFault() {
        ScenarioRunner runner = new ScenarioRunner(SETTINGS);
        return Scenarios.selected(SETTINGS).stream().map(scenario -> DynamicTest.dynamicTest(scenario.behaviour(), () -> {
            System.out.println("[faults] " + scenario.name() + ": " + scenario.what());
            ScenarioResult result = runner.run(scenario);
            REPORT.add(result);
            REPORT.write(REPORT_FILE);
            System.out.println("[faults] " + scenario.name() + " " + result.verdict() + " " + result.reason());
            result.details().forEach(detail -> System.out.println("[faults]   " + detail));
            if (result.verdict() == ScenarioResult.Verdict.SKIPPED) {
                Assumptions.abort(result.reason());
            }
            Assertions.assertEquals(ScenarioResult.Verdict.PASSED, result.verdict(), result.reason());
        }));
    }

    @AfterAll
    static void writeReport() throws IOException {
        REPORT.write(REPORT_FILE);
        System.out.println("\n[faults] summary (also in " + REPORT_FILE.toAbsolutePath() + "):\n\n" + REPORT.table());
    }
}
