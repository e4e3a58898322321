package dev.answerlens.scheduler.planning;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Shared sampling: a job whose question (shared key) and sample number already have a collecting job
 * — stored, or earlier in the same batch — follows it instead of being collected again. The unique
 * index on (shared_key, sample) for leaders makes a race between replicas fail one transaction, which
 * the next tick plans again.
 */
@ApplicationScoped
public class LeaderAssignment {
    private static final String LEADERS = """
            SELECT id, shared_key, sample FROM jobs
            WHERE shared_key = ANY($1) AND leader_job_id IS NULL
            """;

    private record Slot(String key, int sample) {
    }

    public Uni<List<PlannedJob>> assign(SqlConnection connection, List<PlannedJob> jobs) {
        String[] keys = jobs.stream().map(PlannedJob::sharedKey).filter(k -> k != null).distinct().toArray(String[]::new);
        if (keys.length == 0) {
            return Uni.createFrom().item(jobs);
        }
        return connection.preparedQuery(LEADERS).execute(Tuple.of(keys)).map(rows -> {
            Map<Slot, UUID> leaders = new HashMap<>();
            for (Row row : rows) {
                leaders.put(new Slot(row.getString("shared_key"), row.getInteger("sample")), row.getUUID("id"));
            }
            List<PlannedJob> assigned = new ArrayList<>(jobs.size());
            for (PlannedJob job : jobs) {
                if (job.sharedKey() == null) {
                    assigned.add(job);
                    continue;
                }
                UUID leader = leaders.putIfAbsent(new Slot(job.sharedKey(), job.sample()), job.id());
                assigned.add(leader == null ? job : job.following(leader));
            }
            return assigned;
        });
    }
}
