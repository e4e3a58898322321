package dev.answerlens.api.analytics.read;

import dev.answerlens.api.analytics.query.EngineComparisonQuery;
import dev.answerlens.api.analytics.view.EngineComparison;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads an {@link EngineComparison} from the raw answers of one platform and two engines: the rollups have no prompt
 * dimension. Five grouped statements in one {@link Snapshot} (answers, mentions and citations per prompt and engine),
 * never one per prompt, so every rate's successes and n come from the same instant.
 */
@ApplicationScoped
public class EngineComparisonReader {
    /** $1 workspace, $2..$3 days, $4 platform, $5 engine a, $6 engine b. */
    private static final String FILTER = " WHERE a.workspace_id = $1 AND a.day BETWEEN $2 AND $3 AND a.platform = $4"
            + " AND a.engine IN ($5, $6)";
    private static final String ANSWERS = "SELECT a.prompt_id, a.engine, count(*) AS answers FROM answers a" + FILTER
            + " GROUP BY a.prompt_id, a.engine";
    private static final String MENTIONING = "SELECT a.prompt_id, a.engine, m.brand_id, count(*) AS mentioning"
            + " FROM answers a JOIN mentions m ON m.answer_id = a.id AND m.workspace_id = $1" + FILTER
            + " GROUP BY a.prompt_id, a.engine, m.brand_id";
    private static final String DOMAINS = "SELECT prompt_id, count(*) FILTER (WHERE in_a AND in_b) AS shared,"
            + " count(*) FILTER (WHERE in_a AND NOT in_b) AS only_a, count(*) FILTER (WHERE in_b AND NOT in_a) AS only_b"
            + " FROM (SELECT a.prompt_id, c.domain, bool_or(a.engine = $5) AS in_a, bool_or(a.engine = $6) AS in_b"
            + "       FROM answers a JOIN citations c ON c.answer_id = a.id AND c.workspace_id = $1" + FILTER
            + "       GROUP BY a.prompt_id, c.domain) cited GROUP BY prompt_id";
    private static final String PROMPTS = "SELECT id, text FROM prompts WHERE workspace_id = $1"
            + " AND id IN (SELECT a.prompt_id FROM answers a" + FILTER + ")";
    private static final String BRANDS = "SELECT id, name, kind FROM brands WHERE workspace_id = $1"
            + " ORDER BY kind <> 'own', lower(name), id";

    private final Pool pool;

    public EngineComparisonReader(Pool pool) {
        this.pool = pool;
    }

    public Uni<EngineComparison> read(UUID workspaceId, EngineComparisonQuery query) {
        Tuple filter = Tuple.of(workspaceId, query.from(), query.to(), query.platform(), query.a(), query.b());
        return Snapshot.read(pool, connection -> Uni.combine().all().unis(
                        connection.preparedQuery(ANSWERS).execute(filter),
                        connection.preparedQuery(MENTIONING).execute(filter),
                        connection.preparedQuery(DOMAINS).execute(filter),
                        connection.preparedQuery(PROMPTS).execute(filter),
                        connection.preparedQuery(BRANDS).execute(Tuple.of(workspaceId)))
                .with((answers, mentioning, domains, prompts, brands) ->
                        compare(query, answers, mentioning, domains, prompts, brands)));
    }

    /** Where the row's engine goes in a pair of counts [a, b]. */
    private static int side(EngineComparisonQuery query, Row row) {
        return row.getString("engine").equals(query.a()) ? 0 : 1;
    }

    private static EngineComparison compare(EngineComparisonQuery query, RowSet<Row> answerRows, RowSet<Row> mentionRows,
                                            RowSet<Row> domainRows, RowSet<Row> promptRows, RowSet<Row> brandRows) {
        Map<UUID, long[]> answers = new HashMap<>();
        answerRows.forEach(r -> answers.computeIfAbsent(r.getUUID("prompt_id"), p -> new long[2])[side(query, r)]
                += r.getLong("answers"));
        Map<UUID, Map<UUID, long[]>> mentioning = new HashMap<>();
        mentionRows.forEach(r -> mentioning.computeIfAbsent(r.getUUID("prompt_id"), p -> new HashMap<>())
                .computeIfAbsent(r.getUUID("brand_id"), b -> new long[2])[side(query, r)] += r.getLong("mentioning"));
        Map<UUID, EngineComparison.Overlap> domains = new HashMap<>();
        domainRows.forEach(r -> domains.put(r.getUUID("prompt_id"),
                EngineComparison.Overlap.of(r.getLong("shared"), r.getLong("only_a"), r.getLong("only_b"))));
        Map<UUID, String> texts = new HashMap<>();
        promptRows.forEach(r -> texts.put(r.getUUID("id"), r.getString("text")));
        List<Row> brands = new ArrayList<>();
        brandRows.forEach(brands::add);

        long[] totals = new long[2];
        Map<UUID, long[]> overall = new HashMap<>();
        List<EngineComparison.PromptComparison> prompts = new ArrayList<>();
        answers.forEach((promptId, n) -> {
            totals[0] += n[0];
            totals[1] += n[1];
            Map<UUID, long[]> perBrand = mentioning.getOrDefault(promptId, Map.of());
            List<EngineComparison.BrandComparison> rows = new ArrayList<>();
            long shared = 0;
            long onlyA = 0;
            long onlyB = 0;
            for (Row brand : brands) {
                UUID brandId = brand.getUUID("id");
                long[] x = perBrand.getOrDefault(brandId, new long[2]);
                long[] sum = overall.computeIfAbsent(brandId, b -> new long[2]);
                sum[0] += x[0];
                sum[1] += x[1];
                rows.add(comparison(brand, x, n));
                shared += x[0] > 0 && x[1] > 0 ? 1 : 0;
                onlyA += x[0] > 0 && x[1] == 0 ? 1 : 0;
                onlyB += x[0] == 0 && x[1] > 0 ? 1 : 0;
            }
            prompts.add(new EngineComparison.PromptComparison(promptId, texts.get(promptId),
                    new EngineComparison.Counts(n[0], n[1]), rows, EngineComparison.Overlap.of(shared, onlyA, onlyB),
                    domains.getOrDefault(promptId, EngineComparison.Overlap.of(0, 0, 0))));
        });
        prompts.sort(Comparator.comparing(EngineComparison.PromptComparison::text, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(EngineComparison.PromptComparison::promptId));
        List<EngineComparison.BrandComparison> overallRows = brands.stream()
                .map(brand -> comparison(brand, overall.getOrDefault(brand.getUUID("id"), new long[2]), totals)).toList();
        return new EngineComparison(query.platform(), query.from(), query.to(),
                new EngineComparison.Engines(query.a(), query.b()), new EngineComparison.Counts(totals[0], totals[1]),
                overallRows, prompts);
    }

    private static EngineComparison.BrandComparison comparison(Row brand, long[] mentioning, long[] n) {
        return EngineComparison.BrandComparison.of(brand.getUUID("id"), brand.getString("name"), brand.getString("kind"),
                mentioning[0], n[0], mentioning[1], n[1]);
    }
}
