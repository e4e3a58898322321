package dev.answerlens.scheduler.outbox;

import dev.answerlens.messaging.health.Watchdog;
import dev.answerlens.messaging.publish.PublishOutcome;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.scheduler.SchedulerConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The outbox relay: claims pending job rows and marks them queued in one statement (FOR UPDATE SKIP LOCKED,
 * so two scheduler replicas never claim the same row), publishes them with publisher confirms and, in the
 * same transaction, puts back to pending the rows the broker did not confirm: only confirmed rows are
 * committed as queued. A crash before the commit leaves the rows pending and they are published again
 * (consumers are idempotent on the job id); nothing is lost. A publish the broker does not confirm within
 * the confirm timeout leaves its row pending for the next batch.
 *
 * <p>A drain runs several lanes at once, each a chain of batches on its own connection, so one batch's
 * confirms and commit overlap another's claim and publish. The lanes tell the {@link Watchdog} together, once
 * per drain, whether the outbox had work and got any of it out (liveness: a relay that claims rows and
 * publishes none, for long, while the broker is reachable, is wedged; a lane that found nothing because
 * another holds the stuck rows does not count as idle).
 */
@ApplicationScoped
public class JobOutboxRelay {
    private static final Logger LOG = Logger.getLogger(JobOutboxRelay.class);
    /**
     * Claims a batch and marks it queued in one statement; the rows the broker then does not confirm are put back
     * ({@link #PUT_BACK}) before the commit, so only confirmed rows are ever committed as queued.
     */
    private static final String CLAIM = """
            WITH claimed AS (
                SELECT id FROM jobs
                WHERE state = 'pending' AND platform <> ALL($2)
                ORDER BY priority DESC, created_at
                LIMIT $1
                FOR UPDATE SKIP LOCKED)
            UPDATE jobs j SET state = 'queued', published_at = now()
            FROM claimed c, prompts p
            WHERE j.id = c.id AND p.id = j.prompt_id
            RETURNING j.id, j.workspace_id, j.prompt_id, j.platform, j.engine, j.sample, j.priority, j.created_at,
                      p.text, p.language, p.country
            """;
    private static final String PUT_BACK =
            "UPDATE jobs SET state = 'pending', published_at = NULL WHERE id = ANY($1) AND state = 'queued'";
    /** The order the claim took the rows in (RETURNING keeps none): highest priority first, then oldest. */
    private static final Comparator<Row> CLAIM_ORDER = Comparator.<Row>comparingInt(row -> -row.getInteger("priority"))
            .thenComparing(row -> row.getOffsetDateTime("created_at"));

    static final String ACTIVITY = "outbox relay";

    private final Pool pool;
    private final PromptJobPublisher publisher;
    private final SchedulerConfig config;
    private final MeterRegistry registry;
    private final Watchdog watchdog;
    /** The published counter per platform, looked up once rather than per job. */
    private final Map<String, Counter> published = new ConcurrentHashMap<>();

    public JobOutboxRelay(Pool pool, PromptJobPublisher publisher, SchedulerConfig config, MeterRegistry registry,
                          Watchdog watchdog) {
        this.pool = pool;
        this.publisher = publisher;
        this.config = config;
        this.registry = registry;
        this.watchdog = watchdog;
    }

    /** What a batch, a lane or a whole drain did: rows claimed, rows the broker confirmed, whether rows may be left. */
    record Relayed(int claimed, int queued, boolean moreWaiting) {
        static final Relayed NOTHING = new Relayed(0, 0, false);

        Relayed then(Relayed next) {
            return new Relayed(claimed + next.claimed, queued + next.queued, next.moreWaiting);
        }

        Relayed beside(Relayed other) {
            return new Relayed(claimed + other.claimed, queued + other.queued, moreWaiting || other.moreWaiting);
        }
    }

    /**
     * Relays until the outbox is empty or the tick's batch allowance is spent, leaving the jobs of
     * {@code heldPlatforms} pending (backpressure); returns how many jobs the broker confirmed.
     */
    public Uni<Integer> drain(Set<String> heldPlatforms) {
        int lanes = Math.max(1, Math.min(config.relayLanes(), config.relayBatchesPerTick()));
        List<Uni<Relayed>> running = new ArrayList<>(lanes);
        for (int lane = 0; lane < lanes; lane++) {
            int allowance = config.relayBatchesPerTick() / lanes + (lane < config.relayBatchesPerTick() % lanes ? 1 : 0);
            running.add(lane(heldPlatforms, allowance, Relayed.NOTHING));
        }
        return Uni.join().all(running).andCollectFailures()
                .map(results -> results.stream().reduce(Relayed.NOTHING, Relayed::beside))
                .invoke(this::report)
                .map(Relayed::queued);
    }

    /** A lane stops at its first batch that was not full (nothing more to claim, or the broker did not confirm). */
    private Uni<Relayed> lane(Set<String> heldPlatforms, int batchesLeft, Relayed sofar) {
        if (batchesLeft == 0) {
            return Uni.createFrom().item(sofar);
        }
        return relayBatch(heldPlatforms).flatMap(batch -> batch.queued() < config.relayBatchSize()
                ? Uni.createFrom().item(sofar.then(batch))
                : lane(heldPlatforms, batchesLeft - 1, sofar.then(batch)));
    }

    private Uni<Relayed> relayBatch(Set<String> heldPlatforms) {
        return pool.withTransaction(connection -> connection.preparedQuery(CLAIM)
                .execute(Tuple.of(config.relayBatchSize(), heldPlatforms.toArray(String[]::new)))
                .flatMap(rows -> publishAll(rows)
                        .flatMap(unconfirmed -> putBack(connection, unconfirmed))
                        .map(putBack -> new Relayed(rows.size(), rows.size() - putBack, rows.size() == config.relayBatchSize()))));
    }

    private void report(Relayed drained) {
        if (drained.claimed() == 0) {
            watchdog.idle(ACTIVITY);
        } else if (drained.queued() == 0) {
            watchdog.waiting(ACTIVITY);
        } else {
            watchdog.progressed(ACTIVITY, drained.moreWaiting());
        }
    }

    /** Publishes the claimed rows in claim order, as one batch; yields the ids of the jobs the broker did not confirm. */
    private Uni<List<UUID>> publishAll(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return Uni.createFrom().item(List.of());
        }
        List<Row> ordered = new ArrayList<>(rows.size());
        rows.forEach(ordered::add);
        ordered.sort(CLAIM_ORDER);
        return publisher.publishAll(ordered.stream().map(JobOutboxRelay::toMessage).toList()).map(this::unconfirmed);
    }

    private List<UUID> unconfirmed(List<PublishOutcome> outcomes) {
        List<UUID> unconfirmed = new ArrayList<>();
        for (PublishOutcome outcome : outcomes) {
            PromptJob job = (PromptJob) outcome.message().message();
            if (outcome.confirmed()) {
                published.computeIfAbsent(job.platform(),
                        platform -> registry.counter("answerlens.jobs.published", "platform", platform)).increment();
            } else {
                unconfirmed.add(job.jobId());
            }
        }
        if (!unconfirmed.isEmpty()) {
            PublishOutcome first = outcomes.stream().filter(outcome -> !outcome.confirmed()).findFirst().orElseThrow();
            LOG.warnf("%d of %d jobs not confirmed by the broker, they stay pending (job %s: %s)", unconfirmed.size(),
                    outcomes.size(), ((PromptJob) first.message().message()).jobId(), first.failure().getMessage());
        }
        return unconfirmed;
    }

    /** Returns the rows the broker did not confirm to the outbox (same transaction); yields how many. */
    private static Uni<Integer> putBack(SqlConnection connection, List<UUID> unconfirmed) {
        if (unconfirmed.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return connection.preparedQuery(PUT_BACK)
                .execute(Tuple.of(unconfirmed.toArray(UUID[]::new)))
                .map(RowSet::rowCount);
    }

    private static PromptJob toMessage(Row row) {
        return new PromptJob(PromptJob.SCHEMA_VERSION, UUID.randomUUID(), row.getUUID("id"), row.getUUID("workspace_id"),
                row.getUUID("prompt_id"), row.getString("text"), row.getString("platform"), row.getInteger("sample"),
                row.getString("language"), row.getString("country"), row.getInteger("priority"),
                row.getOffsetDateTime("created_at").toInstant(), row.getString("engine"));
    }
}
