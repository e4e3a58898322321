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
 * for every answer waiting at that moment at once: one statement (brands of the batch's workspaces, then stored
 * answers of its jobs) instead of one per answer, each its own implicit transaction. Like
 * {@link GroupCommit}, nothing waits when the service is idle, and the batch grows with the load.
 */
@ApplicationScoped
public class GroupRead {
    /** Brand rows (job_id null) in each workspace's stable order, then the batch's stored answers: one statement. */
    private static final String BRANDS_AND_STORED = """
            SELECT workspace_id, id, name, aliases, domains, kind, matching, NULL::uuid AS job_id, NULL::date AS day,
                kind = 'own' AS own, created_at
            FROM brands WHERE workspace_id = ANY($1)
            UNION ALL
            SELECT NULL, id, NULL, NULL, NULL, NULL, NULL, job_id, day, NULL, NULL FROM answers WHERE job_id = ANY($2)
            ORDER BY job_id NULLS FIRST, workspace_id, own DESC, created_at, id
            """;

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
        return pool.preparedQuery(BRANDS_AND_STORED).execute(Tuple.of(workspaces, jobs)).map(rows -> {
                    Map<UUID, List<TrackedBrand>> brands = new HashMap<>();
                    Map<UUID, Row> stored = new HashMap<>();
                    for (Row row : rows) {
                        if (row.getUUID("job_id") == null) {
                            brands.computeIfAbsent(row.getUUID("workspace_id"), w -> new ArrayList<>()).add(TrackedBrands.toBrand(row));
                        } else {
                            stored.put(row.getUUID("job_id"), row);
                        }
                    }
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
