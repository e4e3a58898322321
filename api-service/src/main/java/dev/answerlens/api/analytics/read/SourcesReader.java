package dev.answerlens.api.analytics.read;

import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.analytics.stats.Rate;
import dev.answerlens.api.analytics.view.Sources;
import dev.answerlens.api.analytics.view.Summary;
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
 * Aggregates the workspace's citations in the filter. There is no citation rollup yet, so this reads
 * citations (with their answers' day and platform and, for gaps, the mentions): bounded by the
 * workspace and the date range, and cached like every analytics view.
 */
@ApplicationScoped
public class SourcesReader {
    private static final int TOP = 20;
    private static final String CITED = "WITH cited AS (SELECT c.answer_id, c.domain, c.canonical_url, c.owner"
            + " FROM citations c JOIN answers a ON a.id = c.answer_id"
            + " WHERE c.workspace_id = $1 AND a.workspace_id = $1 AND a.day BETWEEN $2 AND $3 AND a.platform = ANY($4)"
            + " AND a.engine = ANY($5)";
    private static final String OWNERSHIP = "SELECT owner, count(*) AS n FROM cited GROUP BY owner";
    private static final String DOMAINS = "SELECT domain, mode() WITHIN GROUP (ORDER BY owner) AS owner,"
            + " count(*) AS citations, count(DISTINCT answer_id) AS answers FROM cited GROUP BY domain"
            + " ORDER BY citations DESC, domain LIMIT " + TOP;
    private static final String URLS = "SELECT canonical_url, min(domain) AS domain,"
            + " mode() WITHIN GROUP (ORDER BY owner) AS owner, count(*) AS citations FROM cited GROUP BY canonical_url"
            + " ORDER BY citations DESC, canonical_url LIMIT " + TOP;
    private static final String GAPS = ", flagged AS (SELECT cited.*,"
            + " EXISTS (SELECT 1 FROM mentions m JOIN brands b ON b.id = m.brand_id"
            + "         WHERE m.answer_id = cited.answer_id AND b.kind = 'competitor') AS with_competitor,"
            + " EXISTS (SELECT 1 FROM mentions m JOIN brands b ON b.id = m.brand_id"
            + "         WHERE m.answer_id = cited.answer_id AND b.kind = 'own') AS with_own FROM cited)"
            + " SELECT domain, mode() WITHIN GROUP (ORDER BY owner) AS owner, count(*) FILTER (WHERE with_competitor) AS citations,"
            + " count(DISTINCT answer_id) FILTER (WHERE with_competitor) AS answers FROM flagged GROUP BY domain"
            + " HAVING bool_or(with_competitor) AND NOT bool_or(with_own) ORDER BY answers DESC, domain LIMIT " + TOP;

    /** The answers the citations come from (n). */
    private static final String COLLECTED = "SELECT count(*) AS answers FROM answers a"
            + " WHERE workspace_id = $1 AND day BETWEEN $2 AND $3 AND platform = ANY($4) AND engine = ANY($5)";

    private final Pool pool;

    public SourcesReader(Pool pool) {
        this.pool = pool;
    }

    public Uni<Sources> read(UUID workspaceId, SummaryQuery query) {
        Tuple filter = RollupSource.parameters(workspaceId, query);
        String cited = CITED + RollupSource.scope(query, "a.prompt_id") + ") ";
        String scheduled = RollupSource.scheduledTotal(query);
        return Snapshot.read(pool, connection -> Uni.combine().all().unis(
                        connection.preparedQuery(cited + OWNERSHIP).execute(filter),
                        connection.preparedQuery(cited + DOMAINS).execute(filter),
                        connection.preparedQuery(cited + URLS).execute(filter),
                        connection.preparedQuery(cited + GAPS).execute(filter),
                        connection.preparedQuery(COLLECTED + RollupSource.scope(query, "a.prompt_id")).execute(filter),
                        connection.preparedQuery(scheduled).execute(filter))
                .with((ownership, domains, urls, gaps, collectedRows, scheduledRows) -> {
                    long collected = collectedRows.iterator().next().getLong("answers");
                    Summary.Coverage coverage = Summary.Coverage.of(collected, scheduledRows.iterator().next().getLong("jobs"));
                    return new Sources(query.from(), query.to(), query.platforms(), query.engines(), coverage,
                            ownership(ownership), domains(domains, collected), urls(urls), domains(gaps, collected));
                }));
    }

    private static Sources.Ownership ownership(RowSet<Row> rows) {
        long own = 0;
        long competitor = 0;
        long other = 0;
        for (Row r : rows) {
            switch (r.getString("owner")) {
                case "own" -> own = r.getLong("n");
                case "competitor" -> competitor = r.getLong("n");
                default -> other += r.getLong("n");
            }
        }
        return new Sources.Ownership(own, competitor, other);
    }

    private static List<Sources.DomainCount> domains(RowSet<Row> rows, long collected) {
        List<Sources.DomainCount> found = new ArrayList<>();
        rows.forEach(r -> found.add(new Sources.DomainCount(r.getString("domain"), r.getString("owner"),
                r.getLong("citations"), r.getLong("answers"),
                Rate.of(Math.min(r.getLong("answers"), collected), collected))));
        return found;
    }

    private static List<Sources.UrlCount> urls(RowSet<Row> rows) {
        List<Sources.UrlCount> found = new ArrayList<>();
        rows.forEach(r -> found.add(new Sources.UrlCount(r.getString("canonical_url"), r.getString("domain"),
                r.getString("owner"), r.getLong("citations"))));
        return found;
    }
}
