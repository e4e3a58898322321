-- The sums an interval needs beside the sums a figure needs: squares and cross products per answer, so share of
-- voice (a ratio), average position and the sentiment mean (means) carry a 95% interval computed from the rollups
-- alone (docs/metrics.md#intervals). Rollups are rebuilt from the raw rows with the new columns.
ALTER TABLE answer_daily_rollups
    ADD COLUMN brand_mentions_sq bigint NOT NULL DEFAULT 0;          -- sum over answers of (tracked brands mentioned)^2
ALTER TABLE brand_daily_rollups
    ADD COLUMN co_mentions bigint NOT NULL DEFAULT 0,                -- sum over answers mentioning the brand of the tracked brands they mention
    ADD COLUMN position_sq_sum bigint NOT NULL DEFAULT 0,            -- sum of position^2
    ADD COLUMN sentiment_score_sq_sum double precision NOT NULL DEFAULT 0; -- sum of score^2

DELETE FROM answer_daily_rollups;
DELETE FROM brand_daily_rollups;

INSERT INTO answer_daily_rollups (workspace_id, day, platform, engine, answers, brand_mentions, brand_mentions_sq)
SELECT a.workspace_id, a.day, a.platform, a.engine, count(*), coalesce(sum(m.n), 0), coalesce(sum(m.n * m.n), 0)
FROM answers a
LEFT JOIN (SELECT answer_id, count(*) AS n FROM mentions GROUP BY answer_id) m ON m.answer_id = a.id
GROUP BY a.workspace_id, a.day, a.platform, a.engine;

INSERT INTO brand_daily_rollups (workspace_id, day, platform, engine, brand_id, answers_mentioning, mention_count,
    position_sum, answers_first, answers_citing, sentiment_positive, sentiment_neutral, sentiment_negative,
    sentiment_score_sum, co_mentions, position_sq_sum, sentiment_score_sq_sum)
SELECT a.workspace_id, a.day, a.platform, a.engine, x.brand_id,
       count(m.answer_id), coalesce(sum(m.mention_count), 0), coalesce(sum(m.position), 0),
       count(*) FILTER (WHERE m.position = 1), count(*) FILTER (WHERE x.cited),
       count(*) FILTER (WHERE m.sentiment = 'positive'), count(*) FILTER (WHERE m.sentiment = 'neutral'),
       count(*) FILTER (WHERE m.sentiment = 'negative'), coalesce(sum(m.sentiment_score::double precision), 0),
       coalesce(sum(t.n) FILTER (WHERE m.answer_id IS NOT NULL), 0), coalesce(sum(m.position * m.position), 0),
       coalesce(sum(m.sentiment_score::double precision * m.sentiment_score::double precision), 0)
FROM answers a
JOIN (SELECT answer_id, brand_id, bool_or(cited) AS cited FROM (
          SELECT answer_id, brand_id, false AS cited FROM mentions
          UNION ALL
          SELECT answer_id, owner_brand_id, true FROM citations WHERE owner <> 'other' AND owner_brand_id IS NOT NULL) u
      GROUP BY answer_id, brand_id) x ON x.answer_id = a.id
LEFT JOIN mentions m ON m.answer_id = x.answer_id AND m.brand_id = x.brand_id
LEFT JOIN (SELECT answer_id, count(*) AS n FROM mentions GROUP BY answer_id) t ON t.answer_id = x.answer_id
GROUP BY a.workspace_id, a.day, a.platform, a.engine, x.brand_id;
