package dev.answerlens.scheduler.sampling;

import static dev.answerlens.scheduler.SchedulerDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.model.stats.WilsonInterval;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.scheduler.SchedulerDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Adaptive sampling with the real planner: answers are "collected" by the test as they are scheduled. */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class AdaptiveSamplingTest {
    @ConfigProperty(name = "answerlens.scheduler.adaptive.target-width")
    double targetWidth;
    @ConfigProperty(name = "answerlens.scheduler.adaptive.max-samples-per-window")
    int cap;

    @Test
    void keepsSamplingUntilTheIntervalIsNarrowEnoughThenStops() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        UUID own = SchedulerDatabase.brand(workspace, "Northwind", "own");
        UUID prompt = SchedulerDatabase.prompt(workspace, "adaptive question " + UUID.randomUUID(), "{perplexity}", 3, 5, true, true);
        int[] seen = new int[2];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            // a platform whose true mention rate is 10%: every tenth answer mentions the own brand
            for (UUID job : SchedulerDatabase.ids("SELECT id FROM jobs WHERE prompt_id = ? AND state IN ('pending', 'queued')"
                    + " ORDER BY sample", prompt)) {
                SchedulerDatabase.collect(job, own, seen[0]++ % 10 == 0);
            }
            return count("SELECT count(*) FROM sampling_windows WHERE prompt_id = ? AND settled", prompt) == 1;
        });
        long answers = count("SELECT count(*) FROM answers WHERE prompt_id = ?", prompt);
        long mentioned = count("SELECT count(*) FROM mentions m JOIN answers a ON a.id = m.answer_id WHERE a.prompt_id = ?", prompt);
        assertTrue(WilsonInterval.of(mentioned, answers).width() <= targetWidth || answers == cap,
                answers + " answers, " + mentioned + " mentioning");
        assertTrue(answers > 3, "it asked more than one run's worth");
        assertEquals(answers, count("SELECT scheduled FROM sampling_windows WHERE prompt_id = ?", prompt));
        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> count("SELECT count(*) FROM jobs WHERE prompt_id = ?", prompt) == answers);
    }

    @Test
    void stopsAtTheWindowsCapWhenTheRateStaysUncertain() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        UUID own = SchedulerDatabase.brand(workspace, "Northwind", "own");
        UUID prompt = SchedulerDatabase.prompt(workspace, "coin-flip question " + UUID.randomUUID(), "{gemini}", 3, 5, true, true);
        int[] seen = new int[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            for (UUID job : SchedulerDatabase.ids("SELECT id FROM jobs WHERE prompt_id = ? AND state IN ('pending', 'queued')", prompt)) {
                SchedulerDatabase.collect(job, own, seen[0]++ % 2 == 0);
            }
            return count("SELECT count(*) FROM sampling_windows WHERE prompt_id = ? AND settled", prompt) == 1;
        });
        assertEquals(cap, count("SELECT count(*) FROM jobs WHERE prompt_id = ?", prompt));
        List<UUID> samples = SchedulerDatabase.ids("SELECT DISTINCT run_id FROM jobs WHERE prompt_id = ?", prompt);
        assertTrue(samples.size() > 1, "topped up in several runs");
    }
}
