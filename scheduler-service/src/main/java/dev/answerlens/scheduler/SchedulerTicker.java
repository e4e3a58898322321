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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The scheduler's heartbeats. The planning tick turns "run now" requests, due prompts and adaptive top-ups
 * into jobs and sends stranded followers their copies; the relay tick, beside it, drains the outbox for the
 * platforms whose queues are not full, in several lanes at once (each lane a chain of claim, publish,
 * confirm, commit; the claims skip each other's rows), so planning never waits for publishing and one
 * batch's confirms overlap the next batch's claim. A planning batch that wrote jobs starts a relay at once
 * if none is running, so new jobs do not wait for the next relay tick. Each step is on its own: one that fails is
 * logged and the others still run; and each tick as a whole is abandoned after the tick timeout, so a hung step can never
 * stop the next tick. Replicas may tick at the same time; the database claims keep them apart.
 */
@ApplicationScoped
public class SchedulerTicker {
    private static final Logger LOG = Logger.getLogger(SchedulerTicker.class);
    private final RunPlanner planner;
    private final JobOutboxRelay relay;
    private final Backpressure backpressure;
    private final FollowerFulfilment followers;
    private final SchedulerConfig config;
    /**
     * One relay at a time, whether the relay tick or a planning batch started it: taken when a relay is subscribed
     * to, given back when it ends however it ends (item, failure, time-out or cancellation).
     */
    private final AtomicBoolean relaying = new AtomicBoolean();

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
        return abandonedAfterTimeout(step("plan run requests", () -> planned("run requests", planner::planRunRequests, config.planBatchesPerTick()))
                .flatMap(ignored -> step("plan due prompts", () -> planned("due prompts", planner::planDuePrompts, config.planBatchesPerTick())))
                .flatMap(ignored -> step("plan adaptive top-ups", () -> logged("adaptive top-ups", planner.topUpAdaptiveWindows())))
                .flatMap(ignored -> step("fulfil stranded followers", () -> followers.fulfilStranded(config.planBatchSize()))));
    }

    @Scheduled(every = "${answerlens.scheduler.relay-tick:${answerlens.scheduler.tick:1s}}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> relay() {
        return Uni.createFrom().deferred(() -> {
            if (!relaying.compareAndSet(false, true)) {
                return Uni.createFrom().voidItem();
            }
            return abandonedAfterTimeout(step("read queue depths", backpressure::heldPlatforms)
                    .flatMap(held -> step("relay the outbox", () -> relay.drain(held == null ? Set.of() : held))))
                    .onTermination().invoke(() -> relaying.set(false));
        });
    }

    /** A planning batch wrote jobs: relay them now rather than at the next relay tick (unless a relay is running). */
    private void relayNow() {
        relay().subscribe().with(ignored -> { }, failure -> LOG.errorf("relaying after planning failed: %s", failure.toString()));
    }

    private Uni<Void> abandonedAfterTimeout(Uni<?> tick) {
        return tick.ifNoItem().after(config.tickTimeout()).recoverWithUni(() -> {
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

    /** Plans batch after batch while they come back full, up to the tick's allowance, so a backlog is not one batch a tick. */
    private Uni<PlanningResult> planned(String what, Supplier<Uni<PlanningResult>> batch, int batchesLeft) {
        return logged(what, batch.get()).invoke(result -> {
            if (result.jobs() > 0) {
                relayNow();
            }
        }).flatMap(result -> batchesLeft > 1 && result.runs() + result.refused() >= config.planBatchSize()
                ? planned(what, batch, batchesLeft - 1)
                : Uni.createFrom().item(result));
    }

    private static Uni<PlanningResult> logged(String what, Uni<PlanningResult> planning) {
        return planning.invoke(result -> {
            if (result.any()) {
                LOG.infof("planned %s: %d runs, %d jobs (%d shared with another workspace's run), %d refused by budget",
                        what, result.runs(), result.jobs(), result.shared(), result.refused());
            }
        });
    }
}
