package dev.answerlens.api.analytics;

import dev.answerlens.api.problem.ProblemException;
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
import java.util.TreeMap;
import java.util.UUID;

/**
 * Per prompt and per tag figures for one brand (default: the first own brand). The daily rollups have
 * no prompt dimension, so this groups the workspace's answers in the range (index on workspace and
 * day) with a join on the one brand's mentions, and the jobs for coverage; it is cached like every view.
 * A prompt's answers count in each of its tags.
 */
@ApplicationScoped
public class BreakdownReader {
    private static final String BRAND = "SELECT id, name FROM brands WHERE workspace_id = $1 AND ($2::uuid IS NULL AND kind = 'own'"
            + " OR id = $2) ORDER BY lower(name), id LIMIT 1";
    private static final String PER_PROMPT = "SELECT a.prompt_id, count(*) AS answers, count(m.brand_id) AS mentioning,"
            + " coalesce(sum(m.position), 0) AS position_sum, coalesce(sum(m.position * m.position), 0) AS position_sq,"
            + " count(*) FILTER (WHERE m.position = 1) AS first, count(m.sentiment_score) AS sentiment_n,"
            + " coalesce(sum(m.sentiment_score::double precision), 0) AS score_sum,"
            + " coalesce(sum(m.sentiment_score::double precision * m.sentiment_score::double precision), 0) AS score_sq"
            + " FROM answers a"
            + " LEFT JOIN mentions m ON m.answer_id = a.id AND m.brand_id = $5"
            + " WHERE a.workspace_id = $1 AND a.day BETWEEN $2 AND $3 AND a.platform = ANY($4) AND a.engine = ANY($6)"
            + " GROUP BY a.prompt_id";
    private static final String JOBS = "SELECT prompt_id, count(*) AS jobs FROM jobs WHERE workspace_id = $1"
            + " AND day BETWEEN $2 AND $3 AND platform = ANY($4) AND (engine IS NULL OR engine = ANY($5)) GROUP BY prompt_id";
    private static final String PROMPTS = "SELECT id, text, tags FROM prompts WHERE workspace_id = $1";

    private final Pool pool;

    public BreakdownReader(Pool pool) {
        this.pool = pool;
    }

    /** Sums for one prompt or tag. */
    private record Sums(long answers, long mentioning, long positionSum, long positionSquareSum, long first,
                        double sentimentSum, double sentimentSquareSum, long sentimentN, long jobs) {
        static final Sums NONE = new Sums(0, 0, 0, 0, 0, 0, 0, 0, 0);

        Sums plus(Sums o) {
            return new Sums(answers + o.answers, mentioning + o.mentioning, positionSum + o.positionSum,
                    positionSquareSum + o.positionSquareSum, first + o.first, sentimentSum + o.sentimentSum,
                    sentimentSquareSum + o.sentimentSquareSum, sentimentN + o.sentimentN, jobs + o.jobs);
        }

        Breakdown.Row row(String key, String label) {
            return new Breakdown.Row(key, label, answers, Rate.of(mentioning, answers),
                    Estimate.mean(positionSum, positionSquareSum, mentioning, 1, Double.MAX_VALUE), Rate.of(first, answers),
                    Estimate.mean(sentimentSum, sentimentSquareSum, sentimentN, -1, 1), Summary.Coverage.of(answers, jobs));
        }
    }

    public Uni<Breakdown> read(UUID workspaceId, SummaryQuery query, UUID brandId) {
        return Snapshot.read(pool, connection -> connection.preparedQuery(BRAND).execute(Tuple.of(workspaceId, brandId))
                .flatMap(brands -> {
                    if (brands.size() == 0) {
                        return Uni.createFrom().failure(brandId == null
                                ? ProblemException.invalidParameter("brand", "this workspace has no own brand; name one")
                                : ProblemException.invalidParameter("brand", "is not a brand of this workspace"));
                    }
                    Row brand = brands.iterator().next();
                    UUID id = brand.getUUID("id");
                    Tuple filter = Tuple.of(workspaceId, query.from(), query.to(), query.platforms().toArray(String[]::new));
                    return Uni.combine().all().unis(
                                    connection.preparedQuery(PER_PROMPT).execute(filter.addValue(id)
                                            .addArrayOfString(query.engines().toArray(String[]::new))),
                                    connection.preparedQuery(JOBS).execute(RollupSource.parameters(workspaceId,
                                            query.within(PromptScope.ALL))),
                                    // only the prompts in scope are listed, and only theirs count in a tag
                                    connection.preparedQuery(PROMPTS + query.prompts().predicate("id", 2))
                                            .execute(query.prompts().bind(Tuple.of(workspaceId))))
                            .with((answers, jobs, prompts) -> breakdown(query, id, brand.getString("name"), answers, jobs, prompts));
                }));
    }

    private static Breakdown breakdown(SummaryQuery query, UUID brandId, String brandName, RowSet<Row> answerRows,
                                       RowSet<Row> jobRows, RowSet<Row> promptRows) {
        Map<UUID, Sums> perPrompt = new HashMap<>();
        answerRows.forEach(r -> perPrompt.merge(r.getUUID("prompt_id"), new Sums(r.getLong("answers"),
                r.getLong("mentioning"), r.getLong("position_sum"), r.getLong("position_sq"), r.getLong("first"),
                r.getDouble("score_sum"), r.getDouble("score_sq"), r.getLong("sentiment_n"), 0), Sums::plus));
        jobRows.forEach(r -> perPrompt.merge(r.getUUID("prompt_id"), new Sums(0, 0, 0, 0, 0, 0, 0, 0, r.getLong("jobs")),
                Sums::plus));
        List<Breakdown.Row> prompts = new ArrayList<>();
        Map<String, Sums> perTag = new TreeMap<>();
        for (Row p : promptRows) {
            Sums sums = perPrompt.getOrDefault(p.getUUID("id"), Sums.NONE);
            if (sums.answers() == 0 && sums.jobs() == 0) {
                continue;
            }
            prompts.add(sums.row(p.getUUID("id").toString(), p.getString("text")));
            for (String tag : p.getArrayOfStrings("tags")) {
                perTag.merge(tag, sums, Sums::plus);
            }
        }
        prompts.sort(Comparator.comparing((Breakdown.Row r) -> r.mentionRate().value(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Breakdown.Row::key));
        List<Breakdown.Row> tags = new ArrayList<>();
        perTag.forEach((tag, sums) -> tags.add(sums.row(tag, null)));
        return new Breakdown(query.from(), query.to(), query.platforms(), query.engines(), brandId, brandName, prompts, tags);
    }
}
