package dev.answerlens.scheduler.backpressure;

import dev.answerlens.model.Platform;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.scheduler.SchedulerConfig;
import dev.answerlens.scheduler.budget.Holds;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Holds back the relay for a platform whose queue is deeper than the configured limit: its jobs stay
 * pending in the outbox instead of piling up in the broker, and a hold with the reason is recorded
 * (and released once the queue drains).
 */
@ApplicationScoped
public class Backpressure {
    private final QueueDepths depths;
    private final Holds holds;
    private final Pool pool;
    private final long limit;

    public Backpressure(QueueDepths depths, Holds holds, Pool pool, SchedulerConfig config) {
        this.depths = depths;
        this.holds = holds;
        this.pool = pool;
        this.limit = config.maxQueueDepth();
    }

    /** The platforms held this tick (recorded as holds). */
    public Uni<Set<String>> heldPlatforms() {
        return Uni.createFrom().item(depths::read).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(this::record);
    }

    private Uni<Set<String>> record(Map<String, Long> current) {
        Set<String> held = new TreeSet<>();
        List<String> released = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Platform p : Platform.values()) {
            String platform = p.id();
            Long depth = current.get(Topology.jobQueue(p));
            if (depth == null) {
                continue;
            }
            if (depth > limit) {
                held.add(platform);
                String reason = "queue scrape." + platform + " holds " + depth + " jobs (limit " + limit
                        + "); new jobs wait in the outbox";
                chain = chain.flatMap(ignored -> holds.hold(pool, Holds.backpressureKey(platform), null, platform, reason));
            } else {
                released.add(Holds.backpressureKey(platform));
            }
        }
        return chain.flatMap(ignored -> holds.release(pool, released.toArray(String[]::new))).replaceWith(held);
    }
}
