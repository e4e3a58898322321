package dev.answerlens.extraction.answer;

import dev.answerlens.extraction.ExtractionConfig;
import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.brand.TrackedBrands;
import dev.answerlens.messaging.consume.GroupedCalls;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.message.RawAnswer;
import io.smallrye.mutiny.Uni;
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
import java.util.stream.Collectors;

/**
 * What ingestion reads before extracting — the workspace's tracked brands and whether the job's answer is stored —
 * for every answer waiting at that moment at once: one statement (brands of the batch's workspaces, then stored
 * answers of its jobs, through {@link GroupedCalls}) instead of one per answer, each its own implicit transaction.
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
    private final GroupedCalls<RawAnswer, AnswerStore.Prepared> calls;

    public GroupRead(Pool pool, ExtractionConfig config) {
        this.pool = pool;
        this.calls = new GroupedCalls<>(config.storeBatch(), this::read);
    }

    /** The answer's brands and stored event, read together with those of the other answers waiting now. */
    Uni<AnswerStore.Prepared> prepare(RawAnswer answer) {
        return calls.call(answer);
    }

    private Uni<List<AnswerStore.Prepared>> read(List<RawAnswer> batch) {
        UUID[] workspaces = batch.stream().map(RawAnswer::workspaceId).collect(
                Collectors.toCollection(LinkedHashSet::new)).toArray(UUID[]::new);
        UUID[] jobs = batch.stream().map(RawAnswer::jobId).toArray(UUID[]::new);
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
                    // One immutable list per workspace, shared by its answers: what the rules derive from it is kept per list.
                    brands.replaceAll((workspace, list) -> List.copyOf(list));
                    List<AnswerStore.Prepared> prepared = new ArrayList<>(batch.size());
                    for (RawAnswer answer : batch) {
                        Row row = stored.get(answer.jobId());
                        Optional<MentionsStored> existing = row == null ? Optional.empty()
                                : Optional.of(AnswerStore.event(row.getUUID("id"), row.getLocalDate("day"), answer, 0));
                        prepared.add(new AnswerStore.Prepared(brands.getOrDefault(answer.workspaceId(), List.of()),
                                existing));
                    }
                    return prepared;
                });
    }
}
