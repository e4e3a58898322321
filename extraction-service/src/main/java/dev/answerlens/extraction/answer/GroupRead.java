package dev.answerlens.extraction.answer;

import dev.answerlens.extraction.ExtractionConfig;
import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.brand.TrackedBrands;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.message.RawAnswer;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * What ingestion reads before extracting — the workspace's tracked brands and whether the job's answer is stored —
 * for every answer waiting at that moment at once: two statements on one connection (brands of the batch's
 * workspaces, stored answers of its jobs) instead of a query and an implicit commit per answer. Like
 * {@link GroupCommit}, nothing waits when the service is idle, and the batch grows with the load.
 */
@ApplicationScoped
public class GroupRead {
    private static final String BRANDS = """
            SELECT workspace_id, id, name, aliases, domains, kind, matching FROM brands WHERE workspace_id = ANY($1)
            ORDER BY workspace_id, kind = 'own' DESC, created_at, id
            """;
    private static final String STORED = "SELECT job_id, id, day FROM answers WHERE job_id = ANY($1)";

    private final Pool pool;
    private final int maxBatch;
    private final ConcurrentLinkedQueue<Pending> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean reading = new AtomicBoolean();

    public GroupRead(Pool pool, ExtractionConfig config) {
        this.pool = pool;
        this.maxBatch = config.storeBatch();
    }

    /**
     * The answer's brands and stored event, delivered on the caller's Vert.x context: the batch's read completes on
     * one event loop, and each answer's extraction must still run on its own delivery's context, spread over the cores.
     */
    Uni<AnswerStore.Prepared> prepare(RawAnswer answer) {
        io.vertx.core.Context caller = Vertx.currentContext();
        Pending pending = new Pending(answer, new CompletableFuture<>());
        waiting.add(pending);
        readWaiting();
        Uni<AnswerStore.Prepared> prepared = Uni.createFrom().completionStage(pending.outcome);
        return caller == null ? prepared : prepared.emitOn(command -> caller.runOnContext(ignored -> command.run()));
    }

    /** Starts a read for everything waiting, unless one is running; its end starts the next. */
    private void readWaiting() {
        if (!reading.compareAndSet(false, true)) {
            return;
        }
        List<Pending> batch = new ArrayList<>();
        Pending next;
        while (batch.size() < maxBatch && (next = waiting.poll()) != null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            reading.set(false);
            if (!waiting.isEmpty()) {
                readWaiting();
            }
            return;
        }
        read(batch).subscribe().with(
                prepared -> {
                    done();
                    for (int i = 0; i < batch.size(); i++) {
                        batch.get(i).outcome.complete(prepared.get(i));
                    }
                },
                error -> {
                    done();
                    batch.forEach(p -> p.outcome.completeExceptionally(error));
                });
    }

    private void done() {
        reading.set(false);
        readWaiting();
    }

    private Uni<List<AnswerStore.Prepared>> read(List<Pending> batch) {
        UUID[] workspaces = batch.stream().map(p -> p.answer.workspaceId()).collect(
                Collectors.toCollection(LinkedHashSet::new)).toArray(UUID[]::new);
        UUID[] jobs = batch.stream().map(p -> p.answer.jobId()).toArray(UUID[]::new);
        return pool.withConnection(connection -> Uni.combine().all()
                .unis(connection.preparedQuery(BRANDS).execute(Tuple.of(workspaces)),
                        connection.preparedQuery(STORED).execute(Tuple.of(jobs)))
                .asTuple()).map(results -> {
                    Map<UUID, List<TrackedBrand>> brands = new HashMap<>();
                    for (Row row : results.getItem1()) {
                        brands.computeIfAbsent(row.getUUID("workspace_id"), w -> new ArrayList<>()).add(TrackedBrands.toBrand(row));
                    }
                    Map<UUID, Row> stored = new HashMap<>();
                    results.getItem2().forEach(row -> stored.put(row.getUUID("job_id"), row));
                    List<AnswerStore.Prepared> prepared = new ArrayList<>(batch.size());
                    for (Pending p : batch) {
                        Row row = stored.get(p.answer.jobId());
                        Optional<MentionsStored> existing = row == null ? Optional.empty()
                                : Optional.of(AnswerStore.event(row.getUUID("id"), row.getLocalDate("day"), p.answer, 0));
                        prepared.add(new AnswerStore.Prepared(List.copyOf(brands.getOrDefault(p.answer.workspaceId(), List.of())),
                                existing));
                    }
                    return prepared;
                });
    }

    private record Pending(RawAnswer answer, CompletableFuture<AnswerStore.Prepared> outcome) {
    }
}
