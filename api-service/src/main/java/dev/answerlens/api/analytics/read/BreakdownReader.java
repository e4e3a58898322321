package dev.answerlens.api.analytics.read;

import dev.answerlens.api.analytics.query.PromptScope;
import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.analytics.stats.Estimate;
import dev.answerlens.api.analytics.stats.Rate;
import dev.answerlens.api.analytics.view.Breakdown;
import dev.answerlens.api.analytics.view.Summary;
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
 * A prompt's answers count in each of its tags. Each row is also split by platform (the same grouping, one
 * row per prompt and platform), so a prompt that wins on one platform and not another shows it.
 */
@ApplicationScoped
public class BreakdownReader {
    private static final String BRAND = "SELECT id, name FROM brands WHERE workspace_id = $1 AND ($2::uuid IS NULL AND kind = 'own'"
            + " OR id = $2) ORDER BY lower(name), id LIMIT 1";
    private static final String PER_PROMPT = "SELECT a.prompt_id, a.platform, count(*) AS answers, count(m.brand_id) AS mentioning,"
            + " coalesce(sum(m.position), 0) AS position_sum, coalesce(sum(m.position * m.position), 0) AS position_sq,"
            + " count(*) FILTER (WHERE m.position = 1) AS first, count(m.sentiment_score) AS sentiment_n,"
            + " coalesce(sum(m.sentiment_score::double precision), 0) AS score_sum,"
            + " coalesce(sum(m.sentiment_score::double precision * m.sentiment_score::double precision), 0) AS score_sq"
            + " FROM answers a"
            + " LEFT JOIN mentions m ON m.answer_id = a.id AND m.brand_id = $5"
            + " WHERE a.workspace_id = $1 AND a.day BETWEEN $2 AND $3 AND a.platform = ANY($4) AND a.engine = ANY($6)"
            + " GROUP BY a.prompt_id, a.platform";
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

        Breakdown.Row row(String key, String label, List<Breakdown.PlatformRate> byPlatform) {
            return new Breakdown.Row(key, label, answers, Rate.of(mentioning, answers),
                    Estimate.mean(positionSum, positionSquareSum, mentioning, 1, Double.MAX_VALUE), Rate.of(first, answers),
                    Estimate.mean(sentimentSum, sentimentSquareSum, sentimentN, -1, 1), Summary.Coverage.of(answers, jobs),
                    byPlatform);
        }
    }

    /** A prompt's or tag's sums, in total and per platform. */
    private record Split(Sums total, Map<String, Sums> perPlatform) {
        static Split empty() {
            return new Split(Sums.NONE, new HashMap<>());
        }

        Split plus(Split other) {
            Map<String, Sums> platforms = new HashMap<>(perPlatform);
            other.perPlatform.forEach((platform, sums) -> platforms.merge(platform, sums, Sums::plus));
            return new Split(total.plus(other.total), platforms);
        }

        Breakdown.Row row(String key, String label, List<String> platformOrder) {
            List<Breakdown.PlatformRate> byPlatform = new ArrayList<>();
            for (String platform : platformOrder) {
                Sums sums = perPlatform.get(platform);
                if (sums != null && sums.answers() > 0) {
                    byPlatform.add(new Breakdown.PlatformRate(platform, sums.answers(), Rate.of(sums.mentioning(), sums.answers())));
                }
            }
            return total.row(key, label, byPlatform);
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
        Map<UUID, Split> perPrompt = new HashMap<>();
        answerRows.forEach(r -> {
            Sums sums = new Sums(r.getLong("answers"), r.getLong("mentioning"), r.getLong("position_sum"),
                    r.getLong("position_sq"), r.getLong("first"), r.getDouble("score_sum"), r.getDouble("score_sq"),
                    r.getLong("sentiment_n"), 0);
            Map<String, Sums> platform = new HashMap<>();
            platform.put(r.getString("platform"), sums);
            perPrompt.merge(r.getUUID("prompt_id"), new Split(sums, platform), Split::plus);
        });
        jobRows.forEach(r -> perPrompt.merge(r.getUUID("prompt_id"),
                new Split(new Sums(0, 0, 0, 0, 0, 0, 0, 0, r.getLong("jobs")), Map.of()), Split::plus));
        List<Breakdown.Row> prompts = new ArrayList<>();
        Map<String, Split> perTag = new TreeMap<>();
        for (Row p : promptRows) {
            Split split = perPrompt.getOrDefault(p.getUUID("id"), Split.empty());
            if (split.total().answers() == 0 && split.total().jobs() == 0) {
                continue;
            }
            prompts.add(split.row(p.getUUID("id").toString(), p.getString("text"), query.platforms()));
            for (String tag : p.getArrayOfStrings("tags")) {
                perTag.merge(tag, split, Split::plus);
            }
        }
        prompts.sort(Comparator.comparing((Breakdown.Row r) -> r.mentionRate().value(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Breakdown.Row::key));
        List<Breakdown.Row> tags = new ArrayList<>();
        perTag.forEach((tag, split) -> tags.add(split.row(tag, null, query.platforms())));
        return new Breakdown(query.from(), query.to(), query.platforms(), query.engines(), brandId, brandName, prompts, tags);
    }
}
