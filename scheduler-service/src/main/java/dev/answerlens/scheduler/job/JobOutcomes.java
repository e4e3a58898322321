package dev.answerlens.scheduler.job;

import dev.answerlens.messaging.consume.GroupedCalls;
import dev.answerlens.model.message.JobFailed;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Records on the job rows what became of them: retrying or parked with the attempt, failure class and
 * last error, or collected. Collected is final: a late failure event never overwrites it. A parked
 * leader of shared sampling hands its followers over: the first becomes the leader and is collected
 * itself, the others follow it.
 */
@ApplicationScoped
public class JobOutcomes {
    private static final String FAILED = """
            UPDATE jobs SET state = $2, attempts = greatest(attempts, $3), failure_class = $4, last_error = $5, updated_at = now()
            WHERE id = $1 AND state NOT IN ('collected', 'parked')
            """;
    /** The batch's jobs collected, and which of them lead followers still waiting for the answer: one statement. */
    private static final String COLLECTED = """
            WITH collected AS (UPDATE jobs SET state = 'collected', updated_at = now() WHERE id = ANY($1))
            SELECT DISTINCT leader_job_id FROM jobs WHERE leader_job_id = ANY($1) AND state = 'following'
            """;
    private static final int MAX_BATCH = 64;
    private static final String RETIRE_LEADER = "UPDATE jobs SET shared_key = NULL WHERE id = $1 AND shared_key IS NOT NULL";
    private static final String PROMOTE_FOLLOWER = """
            WITH next AS (
                SELECT id FROM jobs WHERE leader_job_id = $1 AND state = 'following' ORDER BY created_at, id LIMIT 1
            ), promoted AS (
                UPDATE jobs SET leader_job_id = NULL, state = 'pending', updated_at = now() FROM next WHERE jobs.id = next.id
                RETURNING jobs.id
            )
            UPDATE jobs SET leader_job_id = (SELECT id FROM promoted), updated_at = now()
            WHERE leader_job_id = $1 AND state = 'following' AND id <> (SELECT id FROM promoted)
            """;

    private final Pool pool;
    private final GroupedCalls<UUID, Boolean> collected;

    public JobOutcomes(Pool pool) {
        this.pool = pool;
        this.collected = new GroupedCalls<>(MAX_BATCH, this::collectAll);
    }

    public Uni<Void> failed(JobFailed event) {
        String state = event.parked() ? "parked" : "retrying";
        Tuple row = Tuple.from(new Object[] {event.jobId(), state, event.attempt(), event.failureClass(), event.reason()});
        if (!event.parked()) {
            return pool.preparedQuery(FAILED).execute(row).replaceWithVoid();
        }
        return pool.withTransaction(connection -> connection.preparedQuery(FAILED).execute(row)
                .flatMap(ignored -> connection.preparedQuery(RETIRE_LEADER).execute(Tuple.of(event.jobId())))
                .flatMap(ignored -> connection.preparedQuery(PROMOTE_FOLLOWER).execute(Tuple.of(event.jobId())))
                .replaceWithVoid());
    }

    /**
     * Marks the job collected, in one statement with the other jobs collected at this moment; true when followers of
     * shared sampling wait for its answer (the sweep for stranded followers catches any planned after this).
     */
    public Uni<Boolean> collected(UUID jobId) {
        return collected.call(jobId);
    }

    private Uni<List<Boolean>> collectAll(List<UUID> jobIds) {
        return pool.preparedQuery(COLLECTED).execute(Tuple.of(jobIds.toArray(UUID[]::new))).map(rows -> {
            Set<UUID> leaders = new HashSet<>();
            rows.forEach(row -> leaders.add(row.getUUID("leader_job_id")));
            return jobIds.stream().map(leaders::contains).toList();
        });
    }
}
