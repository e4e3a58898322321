package dev.answerlens.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theBarFillsWithTheJobsThatHaveAnOutcome() {
        RunStatus status = new RunStatus(true, List.of(), 20, 9, 1, 10);

        assertEquals("[" + "#".repeat(15) + ".".repeat(15) + "]  50%  9/20 answers in, 1 failed, 10 pending  7 s",
                ProgressBar.bar(status, 7));
    }

    @Test
    void aRunIsFinishedOnceEveryRequestIsPlannedAndNoJobIsPending() throws Exception {
        RunStatus waiting = RunStatus.of(List.of(JSON.readTree("""
                {"handledAt": null, "progress": {"jobs": 0, "collected": 0, "failed": 0, "pending": 0}}""")));
        assertFalse(waiting.planned());
        assertFalse(waiting.finished());

        RunStatus done = RunStatus.of(List.of(
                JSON.readTree("""
                        {"handledAt": "2026-03-01T10:00:00Z", "outcome": "scheduled 4 jobs",
                         "progress": {"jobs": 4, "collected": 4, "failed": 0, "pending": 0}}"""),
                JSON.readTree("""
                        {"handledAt": "2026-03-01T10:00:00Z", "outcome": "scheduled 2 jobs",
                         "progress": {"jobs": 2, "collected": 1, "failed": 1, "pending": 0}}""")));
        assertTrue(done.finished());
        assertFalse(done.succeeded(), "a failed job fails the run");
        assertEquals(6, done.jobs());
        assertEquals(5, done.collected());
    }

    @Test
    void aRunTheSchedulerRefusedIsFinishedAndFailed() throws Exception {
        RunStatus refused = RunStatus.of(List.of(JSON.readTree("""
                {"handledAt": "2026-03-01T10:00:00Z", "outcome": "refused: daily job budget of 5 reached",
                 "progress": {"jobs": 0, "collected": 0, "failed": 0, "pending": 0}}""")));

        assertTrue(refused.finished());
        assertFalse(refused.succeeded());
        assertEquals(List.of("refused: daily job budget of 5 reached"), refused.refusals());
    }
}
