package dev.answerlens.api.dashboard.filter;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The tags, countries and languages a workspace's prompts use: the choices of the dashboard's prompt filters. */
public record PromptFacets(List<String> tags, List<String> countries, List<String> languages) {
    public static final PromptFacets NONE = new PromptFacets(List.of(), List.of(), List.of());

    /** Whether there is anything to choose between (a single country or language alone is no choice). */
    public boolean any() {
        return !tags.isEmpty() || countries.size() > 1 || languages.size() > 1;
    }

    /** Reads them in one statement (the prompts index on workspace). */
    @ApplicationScoped
    public static class Reader {
        private static final String FACETS = "SELECT"
                + " (SELECT array_agg(DISTINCT t ORDER BY t) FROM prompts, unnest(tags) t WHERE workspace_id = $1) AS tags,"
                + " (SELECT array_agg(DISTINCT country ORDER BY country) FROM prompts WHERE workspace_id = $1) AS countries,"
                + " (SELECT array_agg(DISTINCT language ORDER BY language) FROM prompts WHERE workspace_id = $1) AS languages";

        private final Pool pool;

        public Reader(Pool pool) {
            this.pool = pool;
        }

        public Uni<PromptFacets> of(UUID workspaceId) {
            return pool.preparedQuery(FACETS).execute(Tuple.of(workspaceId)).map(rows -> {
                Row row = rows.iterator().next();
                return new PromptFacets(list(row, "tags"), list(row, "countries"), list(row, "languages"));
            });
        }

        private static List<String> list(Row row, String column) {
            String[] values = row.getArrayOfStrings(column);
            return values == null ? List.of() : Arrays.asList(values);
        }
    }
}
