-- The collection engine (simulated, api, browser) is a dimension of the daily rollups: analytics never sum a
-- platform's simulated, API and browser answers silently. Rollups are rebuilt from the raw rows, grouped by engine.
ALTER TABLE answer_daily_rollups ADD COLUMN engine text;
ALTER TABLE brand_daily_rollups ADD COLUMN engine text;
DELETE FROM answer_daily_rollups;
DELETE FROM brand_daily_rollups;
ALTER TABLE answer_daily_rollups ALTER COLUMN engine SET NOT NULL,
    ADD CONSTRAINT answer_daily_rollups_engine CHECK (engine IN ('browser', 'api', 'simulated')),
    DROP CONSTRAINT answer_daily_rollups_pkey, ADD PRIMARY KEY (workspace_id, day, platform, engine);
ALTER TABLE brand_daily_rollups ALTER COLUMN engine SET NOT NULL,
    ADD CONSTRAINT brand_daily_rollups_engine CHECK (engine IN ('browser', 'api', 'simulated')),
    DROP CONSTRAINT brand_daily_rollups_pkey, ADD PRIMARY KEY (workspace_id, day, platform, engine, brand_id);

INSERT INTO answer_daily_rollups (workspace_id, day, platform, engine, answers, brand_mentions)
SELECT a.workspace_id, a.day, a.platform, a.engine, count(*), coalesce(sum(m.n), 0)
FROM answers a
LEFT JOIN (SELECT answer_id, count(*) AS n FROM mentions GROUP BY answer_id) m ON m.answer_id = a.id
GROUP BY a.workspace_id, a.day, a.platform, a.engine;

INSERT INTO brand_daily_rollups (workspace_id, day, platform, engine, brand_id, answers_mentioning, mention_count,
    position_sum, answers_first, answers_citing, sentiment_positive, sentiment_neutral, sentiment_negative,
    sentiment_score_sum)
SELECT a.workspace_id, a.day, a.platform, a.engine, x.brand_id,
       count(m.answer_id), coalesce(sum(m.mention_count), 0), coalesce(sum(m.position), 0),
       count(*) FILTER (WHERE m.position = 1), count(*) FILTER (WHERE x.cited),
       count(*) FILTER (WHERE m.sentiment = 'positive'), count(*) FILTER (WHERE m.sentiment = 'neutral'),
       count(*) FILTER (WHERE m.sentiment = 'negative'), coalesce(sum(m.sentiment_score::double precision), 0)
FROM answers a
JOIN (SELECT answer_id, brand_id, bool_or(cited) AS cited FROM (
          SELECT answer_id, brand_id, false AS cited FROM mentions
          UNION ALL
          SELECT answer_id, owner_brand_id, true FROM citations WHERE owner <> 'other' AND owner_brand_id IS NOT NULL) u
      GROUP BY answer_id, brand_id) x ON x.answer_id = a.id
LEFT JOIN mentions m ON m.answer_id = x.answer_id AND m.brand_id = x.brand_id
GROUP BY a.workspace_id, a.day, a.platform, a.engine, x.brand_id;

-- A workspace that is a simulation (the local demo) sees its simulated answers by default; others only when asked.
ALTER TABLE workspaces ADD COLUMN simulation boolean NOT NULL DEFAULT false;
