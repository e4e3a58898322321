package dev.answerlens.deploy.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;

/**
 * Waits, after a fault, until a run has stored an answer for every job it should have planned. Gives up at the
 * deadline, or earlier when nothing was stored for the stall time after the fault (a wedged run: by then it
 * has missed the recovery target anyway), so a wedged system fails the scenario instead of hanging the suite.
 */
final class CompletionWait {
    enum Ending {
        COMPLETE("every planned answer stored"),
        STALLED("gave up: no answer stored for the stall time"),
        DEADLINE("gave up: deadline passed");

        final String description;

        Ending(String description) {
            this.description = description;
        }
    }

    private CompletionWait() {
    }

    static Ending await(PipelineRun run, Instant faultEnd, Duration deadline, Duration stall) {
        AtomicReference<Ending> ending = new AtomicReference<>();
        AtomicReference<Long> lastStored = new AtomicReference<>(-1L);
        AtomicReference<Instant> lastChange = new AtomicReference<>(faultEnd);
        Awaitility.await("run complete after the fault").atMost(deadline.plusSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    Instant now = Instant.now();
                    try {
                        RunProgress progress = run.progress();
                        if (progress.stored() != lastStored.get()) {
                            lastStored.set(progress.stored());
                            lastChange.set(now);
                        }
                        if (progress.stored() >= progress.planned() && progress.stored() >= run.expectedJobs()) {
                            ending.set(Ending.COMPLETE);
                        }
                    } catch (java.sql.SQLException e) {
                        // the database is away for a moment (a PostgreSQL fault): ask again on the next poll
                    }
                    if (ending.get() == null && now.isAfter(faultEnd.plus(stall)) && now.isAfter(lastChange.get().plus(stall))) {
                        ending.set(Ending.STALLED);
                    }
                    if (ending.get() == null && now.isAfter(faultEnd.plus(deadline))) {
                        ending.set(Ending.DEADLINE);
                    }
                    return ending.get() != null;
                });
        return ending.get();
    }
}
