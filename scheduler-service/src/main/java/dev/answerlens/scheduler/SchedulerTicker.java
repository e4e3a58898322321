package dev.answerlens.scheduler;

import dev.answerlens.scheduler.backpressure.Backpressure;
import dev.answerlens.scheduler.outbox.JobOutboxRelay;
import dev.answerlens.scheduler.planning.PlanningResult;
import dev.answerlens.scheduler.planning.RunPlanner;
import dev.answerlens.scheduler.sharing.FollowerFulfilment;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The scheduler's heartbeat: plans "run now" requests, due prompts and adaptive top-ups into jobs,
 * then drains the outbox for the platforms whose queues are not full. Replicas may tick at the same
 * time; the database claims keep them apart.
 */
@ApplicationScoped
public class SchedulerTicker {
    private static final Logger LOG = Logger.getLogger(SchedulerTicker.class);
    private final RunPlanner planner;
    private final JobOutboxRelay relay;
    private final Backpressure backpressure;
    private final FollowerFulfilment followers;
    private final SchedulerConfig config;

    public SchedulerTicker(RunPlanner planner, JobOutboxRelay relay, Backpressure backpressure, FollowerFulfilment followers,
                           SchedulerConfig config) {
        this.planner = planner;
        this.relay = relay;
        this.backpressure = backpressure;
        this.followers = followers;
        this.config = config;
    }

    @Scheduled(every = "${answerlens.scheduler.tick:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> tick() {
        return step("run requests", planner.planRunRequests())
                .flatMap(ignored -> step("due prompts", planner.planDuePrompts()))
                .flatMap(ignored -> step("adaptive top-ups", planner.topUpAdaptiveWindows()))
                .flatMap(ignored -> followers.fulfilStranded(config.planBatchSize()))
                .flatMap(ignored -> backpressure.heldPlatforms())
                .flatMap(held -> drainOutbox(held, config.relayBatchesPerTick()))
                .onFailure().invoke(failure -> LOG.errorf("scheduler tick failed, the next tick retries: %s", failure.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private static Uni<PlanningResult> step(String what, Uni<PlanningResult> planning) {
        return planning.invoke(result -> {
            if (result.any()) {
                LOG.infof("planned %s: %d runs, %d jobs (%d shared with another workspace's run), %d refused by budget",
                        what, result.runs(), result.jobs(), result.shared(), result.refused());
            }
        });
    }

    private Uni<Void> drainOutbox(Set<String> held, int batchesLeft) {
        if (batchesLeft == 0) {
            return Uni.createFrom().voidItem();
        }
        return relay.relayBatch(held).flatMap(published -> published < config.relayBatchSize()
                ? Uni.createFrom().voidItem()
                : drainOutbox(held, batchesLeft - 1));
    }
}
