package dev.answerlens.extraction.reextraction;

import dev.answerlens.model.message.CitedSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a workspace's stored answers for a day range, with the sources their platforms listed (kept
 * as the in-sources citations), so they can be extracted again exactly as they first arrived.
 */
@ApplicationScoped
public class StoredAnswers {
    private static final String ANSWERS = """
            SELECT id, job_id, platform, engine, day, raw_text FROM answers
            WHERE workspace_id = $1 AND day BETWEEN $2 AND $3 ORDER BY day, id
            """;
    private static final String SOURCES = """
            SELECT c.answer_id, c.url, c.title FROM citations c JOIN answers a ON a.id = c.answer_id
            WHERE a.workspace_id = $1 AND a.day BETWEEN $2 AND $3 AND c.in_sources ORDER BY c.answer_id, c.position
            """;

    private final Pool pool;

    public StoredAnswers(Pool pool) {
        this.pool = pool;
    }

    Uni<List<StoredAnswer>> of(UUID workspaceId, LocalDate from, LocalDate to) {
        Tuple range = Tuple.of(workspaceId, from, to);
        return pool.preparedQuery(SOURCES).execute(range).flatMap(sourceRows -> {
            Map<UUID, List<CitedSource>> sources = new LinkedHashMap<>();
            for (Row row : sourceRows) {
                List<CitedSource> list = sources.computeIfAbsent(row.getUUID("answer_id"), id -> new ArrayList<>());
                list.add(new CitedSource(row.getString("url"), row.getString("title"), list.size() + 1));
            }
            return pool.preparedQuery(ANSWERS).execute(range).map(rows -> {
                List<StoredAnswer> answers = new ArrayList<>();
                for (Row row : rows) {
                    UUID id = row.getUUID("id");
                    answers.add(new StoredAnswer(id, row.getUUID("job_id"), row.getString("platform"), row.getString("engine"),
                            row.getLocalDate("day"),
                            row.getString("raw_text"), sources.getOrDefault(id, List.of())));
                }
                return answers;
            });
        });
    }
}
