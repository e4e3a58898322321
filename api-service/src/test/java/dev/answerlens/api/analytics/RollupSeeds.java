package dev.answerlens.api.analytics;

import dev.answerlens.api.Database;
import java.time.LocalDate;
import java.util.UUID;

/** Writes rollup rows the way the extraction and scheduler services would, for the analytics to read. */
public record RollupSeeds(Database database, UUID workspaceId) {

    public RollupSeeds answers(String day, String platform, int answers, int brandMentions) {
        return answers(day, platform, "api", answers, brandMentions);
    }

    public RollupSeeds answers(String day, String platform, String engine, int answers, int brandMentions) {
        database.query("INSERT INTO answer_daily_rollups (workspace_id, day, platform, engine, answers, brand_mentions)"
                + " VALUES ($1, $2, $3, $4, $5, $6)", workspaceId, LocalDate.parse(day), platform, engine, answers, brandMentions);
        return this;
    }

    public RollupSeeds scheduled(String day, String platform, int jobs) {
        database.query("INSERT INTO scheduled_daily (workspace_id, day, platform, jobs) VALUES ($1, $2, $3, $4)",
                workspaceId, LocalDate.parse(day), platform, jobs);
        return this;
    }

    /** Jobs scheduled for one engine (what the scheduler writes since V8; the overload above is a pre-V8 count). */
    public RollupSeeds scheduled(String day, String platform, String engine, int jobs) {
        database.query("INSERT INTO scheduled_daily (workspace_id, day, platform, engine, jobs) VALUES ($1, $2, $3, $4, $5)",
                workspaceId, LocalDate.parse(day), platform, engine, jobs);
        return this;
    }

    public RollupSeeds sentiment(String day, String platform, UUID brandId, int positive, int neutral, int negative, double scoreSum) {
        database.query("UPDATE brand_daily_rollups SET sentiment_positive = $5, sentiment_neutral = $6,"
                        + " sentiment_negative = $7, sentiment_score_sum = $8"
                        + " WHERE workspace_id = $1 AND day = $2 AND platform = $3 AND brand_id = $4",
                workspaceId, LocalDate.parse(day), platform, brandId, positive, neutral, negative, scoreSum);
        return this;
    }

    /** The squares and cross products the intervals read, on rows written before (engine api). */
    public RollupSeeds intervalSums(String day, String platform, UUID brandId, long brandMentionsSquared, long coMentions,
                             long positionSquareSum, double scoreSquareSum) {
        database.query("UPDATE answer_daily_rollups SET brand_mentions_sq = $4"
                + " WHERE workspace_id = $1 AND day = $2 AND platform = $3 AND engine = 'api'",
                workspaceId, LocalDate.parse(day), platform, brandMentionsSquared);
        database.query("UPDATE brand_daily_rollups SET co_mentions = $5, position_sq_sum = $6, sentiment_score_sq_sum = $7"
                        + " WHERE workspace_id = $1 AND day = $2 AND platform = $3 AND brand_id = $4 AND engine = 'api'",
                workspaceId, LocalDate.parse(day), platform, brandId, coMentions, positionSquareSum, scoreSquareSum);
        return this;
    }

    public RollupSeeds brand(String day, String platform, UUID brandId, int mentioning, int positionSum, int first, int citing) {
        return brand(day, platform, "api", brandId, mentioning, positionSum, first, citing);
    }

    public RollupSeeds brand(String day, String platform, String engine, UUID brandId, int mentioning, int positionSum, int first,
                      int citing) {
        database.query("INSERT INTO brand_daily_rollups (workspace_id, day, platform, engine, brand_id, answers_mentioning,"
                        + " mention_count, position_sum, answers_first, answers_citing)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                workspaceId, LocalDate.parse(day), platform, engine, brandId, mentioning, mentioning * 2, positionSum, first, citing);
        return this;
    }
}
