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
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The scheduler's heartbeat: plans "run now" requests, due prompts and adaptive top-ups into jobs,
 * sends stranded followers their copies, then drains the outbox for the platforms whose queues are not
 * full. Each step is on its own: one that fails is logged and the others still run; and the tick as a
 * whole is abandoned after the tick timeout, so a hung step can never stop the next tick. Replicas may
 * tick at the same time; the database claims keep them apart.
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
        return step("plan run requests", () -> logged("run requests", planner.planRunRequests()))
                .flatMap(ignored -> step("plan due prompts", () -> logged("due prompts", planner.planDuePrompts())))
                .flatMap(ignored -> step("plan adaptive top-ups", () -> logged("adaptive top-ups", planner.topUpAdaptiveWindows())))
                .flatMap(ignored -> step("fulfil stranded followers", () -> followers.fulfilStranded(config.planBatchSize())))
                .flatMap(ignored -> step("read queue depths", backpressure::heldPlatforms))
                .flatMap(held -> step("relay the outbox", () -> drainOutbox(held == null ? Set.of() : held, config.relayBatchesPerTick())))
                .ifNoItem().after(config.tickTimeout()).recoverWithUni(() -> {
                    LOG.errorf("a scheduler tick took longer than %s and was abandoned; the next tick starts afresh",
                            config.tickTimeout());
                    return Uni.createFrom().nullItem();
                })
                .replaceWithVoid();
    }

    /** Runs one step of the tick; a failure is logged and yields null, so the next step still runs. */
    private <T> Uni<T> step(String what, Supplier<Uni<? extends T>> step) {
        return Uni.createFrom().deferred(step)
                .onFailure().invoke(failure -> LOG.errorf("scheduler step '%s' failed, the next tick retries it: %s", what,
                        failure.toString()))
                .onFailure().recoverWithNull();
    }

    private static Uni<PlanningResult> logged(String what, Uni<PlanningResult> planning) {
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
