package dev.answerlens.api.analytics.read;

import dev.answerlens.api.analytics.stats.Rate;
import dev.answerlens.api.analytics.view.Summary;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Brand-like names the answers give that the workspace does not track yet (extraction's discovered_brands view),
 * each with the share of the workspace's answers that named it, read in one snapshot with the answers searched.
 */
@ApplicationScoped
public class CompetitorSuggestions {
    private static final String SQL = "SELECT name, answers, first_seen_at, last_seen_at, example_snippets"
            + " FROM discovered_brands WHERE workspace_id = $1 ORDER BY answers DESC, name LIMIT $2";
    /** Discovery reads every stored answer of the workspace, whatever its engine or day. */
    private static final String SEARCHED = "SELECT count(*) AS answers FROM answers WHERE workspace_id = $1";
    private static final String SCHEDULED = "SELECT coalesce(sum(jobs), 0) AS jobs FROM scheduled_daily WHERE workspace_id = $1";

    private final Pool pool;

    public CompetitorSuggestions(Pool pool) {
        this.pool = pool;
    }

    @Schema(name = "CompetitorSuggestions", description = "Names at least two answers gave that the workspace does not "
            + "track, most frequent first, with the answers they were found in.")
    public record Suggestions(
            @Schema(description = "Answers searched (n): every answer the workspace has stored, of any engine.") long answers,
            @Schema(description = "Those answers over the answers scheduled for the workspace.") Summary.Coverage coverage,
            List<Suggestion> suggestions) {
    }

    @Schema(name = "CompetitorSuggestion")
    public record Suggestion(String name, @Schema(description = "Answers that named it.") long answers,
                             @Schema(description = "answers / answers searched (n), with its 95% Wilson interval.")
                             Rate share,
                             Instant firstSeenAt, Instant lastSeenAt, List<String> examples) {
    }

    public Uni<Suggestions> top(UUID workspaceId, int limit) {
        return Snapshot.read(pool, connection -> Uni.combine().all().unis(
                        connection.preparedQuery(SQL).execute(Tuple.of(workspaceId, limit)),
                        connection.preparedQuery(SEARCHED).execute(Tuple.of(workspaceId)),
                        connection.preparedQuery(SCHEDULED).execute(Tuple.of(workspaceId)))
                .with((names, searchedRows, scheduledRows) -> {
                    long searched = searchedRows.iterator().next().getLong("answers");
                    return new Suggestions(searched, Summary.Coverage.of(searched, scheduledRows.iterator().next().getLong("jobs")),
                            suggestions(names, searched));
                }));
    }

    private static List<Suggestion> suggestions(RowSet<Row> rows, long searched) {
        List<Suggestion> found = new ArrayList<>();
        rows.forEach(r -> found.add(new Suggestion(r.getString("name"), r.getLong("answers"),
                Rate.of(Math.min(r.getLong("answers"), searched), searched),
                r.getOffsetDateTime("first_seen_at").toInstant(), r.getOffsetDateTime("last_seen_at").toInstant(),
                r.getArrayOfStrings("example_snippets") == null ? List.of()
                        : Arrays.asList(r.getArrayOfStrings("example_snippets")))));
        return found;
    }
}
