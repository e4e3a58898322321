package dev.answerlens.deploy.faults;

import dev.answerlens.model.testing.TestDatabase;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a run's database says about its workspaces: progress, and the raw rows the checks compare. Each
 * question opens its own short connection, so a terminated backend or a restarted server only fails one poll.
 */
final class RunDatabase {
    private static final String PROGRESS = """
            SELECT count(*), count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE published_at IS NOT NULL),
                   (SELECT count(*) FROM answers WHERE workspace_id = ANY(?)),
                   (SELECT max(stored_at) FROM answers WHERE workspace_id = ANY(?))
            FROM jobs WHERE workspace_id = ANY(?)
            """;
    /** Answers beyond one per (workspace, prompt, platform, sample, run). */
    private static final String DUPLICATE_ANSWERS = """
            SELECT count(*) - count(DISTINCT (a.workspace_id, a.prompt_id, a.platform, a.sample, j.run_id))
            FROM answers a JOIN jobs j ON j.id = a.job_id WHERE a.workspace_id = ANY(?)
            """;
    /** Jobs beyond one per (prompt, platform, engine, sample, run): a run planned twice. */
    private static final String DUPLICATE_JOBS = """
            SELECT count(*) - count(DISTINCT (prompt_id, platform, engine, sample, run_id)) FROM jobs WHERE workspace_id = ANY(?)
            """;
    private static final String ANSWERS_WITHOUT_JOB = """
            SELECT count(*) FROM answers a WHERE a.workspace_id = ANY(?) AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.id = a.job_id)
            """;
    /** answer_daily_rollups rows that differ from counts over the answers and mentions (or exist on one side only). */
    private static final String ANSWER_ROLLUP_MISMATCHES = """
            WITH raw AS (
                SELECT a.workspace_id, a.day, a.platform, a.engine, count(*) AS answers,
                       sum((SELECT count(*) FROM mentions m WHERE m.answer_id = a.id)) AS brand_mentions,
                       sum((SELECT count(*) FROM mentions m WHERE m.answer_id = a.id) ^ 2)::bigint AS brand_mentions_sq
                FROM answers a WHERE a.workspace_id = ANY(?) GROUP BY 1, 2, 3, 4),
            rolled AS (SELECT * FROM answer_daily_rollups WHERE workspace_id = ANY(?))
            SELECT count(*) FROM raw FULL JOIN rolled r USING (workspace_id, day, platform, engine)
            WHERE raw.answers IS DISTINCT FROM r.answers OR raw.brand_mentions IS DISTINCT FROM r.brand_mentions
               OR raw.brand_mentions_sq IS DISTINCT FROM r.brand_mentions_sq
            """;
    /** brand_daily_rollups rows that differ from counts over the mentions and citations. */
    private static final String BRAND_ROLLUP_MISMATCHES = """
            WITH mentioned AS (
                SELECT a.workspace_id, a.day, a.platform, a.engine, m.brand_id, count(*) AS answers_mentioning,
                       sum(m.mention_count) AS mention_count, sum(m.position) AS position_sum,
                       count(*) FILTER (WHERE m.position = 1) AS answers_first,
                       count(*) FILTER (WHERE m.sentiment = 'positive') AS positive,
                       count(*) FILTER (WHERE m.sentiment = 'neutral') AS neutral,
                       count(*) FILTER (WHERE m.sentiment = 'negative') AS negative,
                       sum(m.position * m.position) AS position_sq_sum,
                       sum((SELECT count(*) FROM mentions o WHERE o.answer_id = m.answer_id)) AS co_mentions
                FROM mentions m JOIN answers a ON a.id = m.answer_id WHERE a.workspace_id = ANY(?) GROUP BY 1, 2, 3, 4, 5),
            cited AS (
                SELECT a.workspace_id, a.day, a.platform, a.engine, c.brand_id, count(*) AS answers_citing
                FROM answers a
                JOIN (SELECT DISTINCT answer_id, owner_brand_id AS brand_id FROM citations
                      WHERE owner <> 'other' AND owner_brand_id IS NOT NULL) c ON c.answer_id = a.id
                WHERE a.workspace_id = ANY(?) GROUP BY 1, 2, 3, 4, 5),
            raw AS (
                SELECT workspace_id, day, platform, engine, brand_id,
                       coalesce(m.answers_mentioning, 0) AS answers_mentioning, coalesce(m.mention_count, 0) AS mention_count,
                       coalesce(m.position_sum, 0) AS position_sum, coalesce(m.answers_first, 0) AS answers_first,
                       coalesce(c.answers_citing, 0) AS answers_citing, coalesce(m.positive, 0) AS positive,
                       coalesce(m.neutral, 0) AS neutral, coalesce(m.negative, 0) AS negative,
                       coalesce(m.position_sq_sum, 0) AS position_sq_sum, coalesce(m.co_mentions, 0) AS co_mentions
                FROM mentioned m FULL JOIN cited c USING (workspace_id, day, platform, engine, brand_id)),
            rolled AS (SELECT * FROM brand_daily_rollups WHERE workspace_id = ANY(?))
            SELECT count(*) FROM raw FULL JOIN rolled r USING (workspace_id, day, platform, engine, brand_id)
            WHERE raw.answers_mentioning IS DISTINCT FROM r.answers_mentioning
               OR raw.mention_count IS DISTINCT FROM r.mention_count
               OR raw.position_sum IS DISTINCT FROM r.position_sum
               OR raw.answers_first IS DISTINCT FROM r.answers_first
               OR raw.answers_citing IS DISTINCT FROM r.answers_citing
               OR raw.positive IS DISTINCT FROM r.sentiment_positive
               OR raw.neutral IS DISTINCT FROM r.sentiment_neutral
               OR raw.negative IS DISTINCT FROM r.sentiment_negative
               OR raw.position_sq_sum IS DISTINCT FROM r.position_sq_sum
               OR raw.co_mentions IS DISTINCT FROM r.co_mentions
            """;

    private final TestDatabase database;
    private final List<UUID> workspaces;

    RunDatabase(TestDatabase database, List<UUID> workspaces) {
        this.database = database;
        this.workspaces = List.copyOf(workspaces);
    }

    RunProgress progress() throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(PROGRESS)) {
            Array ids = ids(c);
            for (int i = 1; i <= 3; i++) {
                s.setArray(i, ids);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                Timestamp last = rs.getTimestamp(5);
                return new RunProgress(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        last == null ? null : last.toInstant());
            }
        }
    }

    long duplicateAnswers() throws SQLException {
        return count(DUPLICATE_ANSWERS, 1);
    }

    long duplicateJobs() throws SQLException {
        return count(DUPLICATE_JOBS, 1);
    }

    long answersWithoutJob() throws SQLException {
        return count(ANSWERS_WITHOUT_JOB, 1);
    }

    /** Rollup rows (answer and brand rollups together) that disagree with the raw rows. */
    long rollupMismatches() throws SQLException {
        return count(ANSWER_ROLLUP_MISMATCHES, 2) + count(BRAND_ROLLUP_MISMATCHES, 3);
    }

    /** The "run now" requests the API recorded for the workspaces. */
    long runRequests() throws SQLException {
        return count("SELECT count(*) FROM run_requests WHERE workspace_id = ANY(?)", 1);
    }

    /** Jobs per state (pending, queued, retrying, parked, collected, following, copied), for the report. */
    Map<String, Long> jobStates() throws SQLException {
        Map<String, Long> states = new LinkedHashMap<>();
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement(
                     "SELECT state, count(*) FROM jobs WHERE workspace_id = ANY(?) GROUP BY state ORDER BY count(*) DESC")) {
            s.setArray(1, ids(c));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    states.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return states;
    }

    private long count(String sql, int workspaceParameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            Array ids = ids(c);
            for (int i = 1; i <= workspaceParameters; i++) {
                s.setArray(i, ids);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Array ids(Connection c) throws SQLException {
        return c.createArrayOf("uuid", workspaces.toArray());
    }

    private Connection connect() throws SQLException {
        return TestDatabase.connect(database.jdbcUrl() + "?connectTimeout=5&socketTimeout=60");
    }
}
