package dev.answerlens.api.analytics;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Brand-like names the answers give that the workspace does not track yet (extraction's discovered_brands view). */
@ApplicationScoped
public class CompetitorSuggestions {
    private static final String SQL = "SELECT name, answers, first_seen_at, last_seen_at, example_snippets"
            + " FROM discovered_brands WHERE workspace_id = $1 ORDER BY answers DESC, name LIMIT $2";

    private final Pool pool;

    public CompetitorSuggestions(Pool pool) {
        this.pool = pool;
    }

    @Schema(name = "CompetitorSuggestion")
    public record Suggestion(String name, @Schema(description = "Answers that named it.") long answers,
                             Instant firstSeenAt, Instant lastSeenAt, List<String> examples) {
    }

    public Uni<List<Suggestion>> top(UUID workspaceId, int limit) {
        return pool.preparedQuery(SQL).execute(Tuple.of(workspaceId, limit)).map(rows -> {
            List<Suggestion> found = new ArrayList<>();
            rows.forEach(r -> found.add(new Suggestion(r.getString("name"), r.getLong("answers"),
                    r.getOffsetDateTime("first_seen_at").toInstant(), r.getOffsetDateTime("last_seen_at").toInstant(),
                    r.getArrayOfStrings("example_snippets") == null ? List.of()
                            : Arrays.asList(r.getArrayOfStrings("example_snippets")))));
            return found;
        });
    }
}
