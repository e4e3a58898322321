package dev.answerlens.scheduler;

import dev.answerlens.scheduler.outbox.JobOutboxRelay;
import dev.answerlens.scheduler.planning.JobPlanner;
import dev.answerlens.scheduler.planning.PlanningResult;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The scheduler's heartbeat: plans due prompts and "run now" requests into jobs, then drains the
 * outbox. Replicas may tick at the same time; the database claims keep them apart.
 */
@ApplicationScoped
public class SchedulerTicker {
    private static final Logger LOG = Logger.getLogger(SchedulerTicker.class);
    private final JobPlanner planner;
    private final JobOutboxRelay relay;
    private final SchedulerConfig config;

    public SchedulerTicker(JobPlanner planner, JobOutboxRelay relay, SchedulerConfig config) {
        this.planner = planner;
        this.relay = relay;
        this.config = config;
    }

    @Scheduled(every = "${answerlens.scheduler.tick:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> tick() {
        return planner.planRunRequests()
                .flatMap(manual -> planner.planDuePrompts().invoke(scheduled -> log(manual, scheduled)))
                .flatMap(ignored -> drainOutbox(config.relayBatchesPerTick()))
                .onFailure().invoke(failure -> LOG.errorf("scheduler tick failed, next tick retries: %s", failure.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> drainOutbox(int batchesLeft) {
        if (batchesLeft == 0) {
            return Uni.createFrom().voidItem();
        }
        return relay.relayBatch().flatMap(published -> published < config.relayBatchSize()
                ? Uni.createFrom().voidItem()
                : drainOutbox(batchesLeft - 1));
    }

    private static void log(PlanningResult manual, PlanningResult scheduled) {
        if (manual.jobs() + scheduled.jobs() > 0) {
            LOG.infof("planned %d manual runs (%d jobs) and %d scheduled runs (%d jobs)",
                    manual.runs(), manual.jobs(), scheduled.runs(), scheduled.jobs());
        }
    }
}
