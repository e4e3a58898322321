package dev.answerlens.scheduler.sharing;

import dev.answerlens.messaging.consume.Delivery;
import dev.answerlens.messaging.publish.MessagePublisher;
import dev.answerlens.messaging.publish.OutgoingMessage;
import dev.answerlens.model.message.CitedSource;
import dev.answerlens.model.message.CollectionInfo;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.model.topology.Topology;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * When a shared question's leader answer is stored, sends a copy of it — as the follower's own raw
 * answer, with the follower's job, workspace and prompt — to the extraction service, which extracts it
 * for the follower's brands. Followers are marked copied only after the broker confirmed; a crash
 * before that sends the copies again, which extraction ignores (idempotent on the job id).
 */
@ApplicationScoped
public class FollowerFulfilment {
    private static final String FOLLOWERS = """
            SELECT id, workspace_id, prompt_id, platform, sample, created_at FROM jobs
            WHERE leader_job_id = $1 AND state = 'following'
            """;
    private static final String LEADER_ANSWER = """
            SELECT raw_text, engine, model, model_version, web_search, logged_in, country, language, proxy_id,
                   started_at, finished_at, latency_ms, cost_usd, id
            FROM answers WHERE job_id = $1
            """;
    private static final String LEADER_SOURCES =
            "SELECT url, title, position FROM citations WHERE answer_id = $1 AND in_sources ORDER BY position";
    private static final String COPIED = "UPDATE jobs SET state = 'copied', updated_at = now() WHERE id = ANY($1) AND state = 'following'";

    private final Pool pool;
    private final MessagePublisher publisher;

    public FollowerFulfilment(Pool pool, MessagePublisher publisher) {
        this.pool = pool;
        this.publisher = publisher;
    }

    private static final String STRANDED = """
            SELECT DISTINCT f.leader_job_id FROM jobs f JOIN jobs l ON l.id = f.leader_job_id
            WHERE f.leader_job_id IS NOT NULL AND f.state = 'following' AND l.state = 'collected'
            LIMIT $1
            """;

    /**
     * Fulfils followers whose leader was collected before they were planned (or whose event was lost):
     * the leader's answer is already stored, so no event will come for them.
     */
    public Uni<Integer> fulfilStranded(int limit) {
        return pool.preparedQuery(STRANDED).execute(Tuple.of(limit)).flatMap(rows -> {
            Uni<Integer> chain = Uni.createFrom().item(0);
            for (Row row : rows) {
                UUID leader = row.getUUID("leader_job_id");
                chain = chain.flatMap(count -> fulfil(leader, null).map(more -> count + more));
            }
            return chain;
        });
    }

    /**
     * Returns how many followers got the leader's answer; the copies continue the trace of {@code cause}
     * (the leader's mentions.stored delivery) when there is one.
     */
    public Uni<Integer> fulfil(UUID leaderJobId, Delivery cause) {
        return pool.preparedQuery(FOLLOWERS).execute(Tuple.of(leaderJobId)).flatMap(followers -> {
            if (followers.size() == 0) {
                return Uni.createFrom().item(0);
            }
            return pool.preparedQuery(LEADER_ANSWER).execute(Tuple.of(leaderJobId)).flatMap(answer -> {
                if (answer.size() == 0) {
                    return Uni.createFrom().item(0);
                }
                Row leader = answer.iterator().next();
                return pool.preparedQuery(LEADER_SOURCES).execute(Tuple.of(leader.getUUID("id")))
                        .flatMap(sources -> sendCopies(followers, leader, sources, cause));
            });
        });
    }

    private Uni<Integer> sendCopies(RowSet<Row> followers, Row leader, RowSet<Row> sourceRows, Delivery cause) {
        List<CitedSource> sources = new ArrayList<>();
        sourceRows.forEach(row -> sources.add(new CitedSource(row.getString("url"), row.getString("title"), row.getInteger("position"))));
        CollectionInfo info = new CollectionInfo(leader.getString("engine"), leader.getString("model"),
                leader.getString("model_version"), leader.getBoolean("web_search"), leader.getBoolean("logged_in"),
                leader.getString("country"), leader.getString("language"), leader.getString("proxy_id"),
                leader.getOffsetDateTime("started_at").toInstant(), leader.getOffsetDateTime("finished_at").toInstant(),
                leader.getLong("latency_ms"), leader.getBigDecimal("cost_usd"));
        List<Uni<Void>> sends = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (Row follower : followers) {
            RawAnswer copy = new RawAnswer(RawAnswer.SCHEMA_VERSION, UUID.randomUUID(), follower.getUUID("id"),
                    follower.getUUID("workspace_id"), follower.getUUID("prompt_id"), follower.getString("platform"),
                    follower.getInteger("sample"), follower.getOffsetDateTime("created_at").toInstant(),
                    leader.getString("raw_text"), sources, info);
            ids.add(copy.jobId());
            OutgoingMessage outgoing = OutgoingMessage.of(Topology.ANSWERS_EXCHANGE, Topology.RAW_ANSWER_KEY, copy);
            sends.add(publisher.publish(cause == null ? outgoing : outgoing.causedBy(cause)));
        }
        return Uni.join().all(sends).andFailFast()
                .flatMap(ignored -> pool.preparedQuery(COPIED).execute(Tuple.of(ids.toArray(UUID[]::new))))
                .replaceWith(ids.size());
    }
}
