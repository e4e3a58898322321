-- Seeds the bench database for bench/api-analytics.sh: 100 workspaces, each with 10 brands (1 own), 20 prompts,
-- a read key 'al_bench<24-digit workspace number>', and a year of daily rollups on 7 platforms whose
-- answers_mentioning sum to about 10 million mentions. Set-based (generate_series), so it takes seconds, not hours.
\set ON_ERROR_STOP on
SELECT setseed(0.42);

CREATE TEMP TABLE bench_ws AS
SELECT w, ('00000000-0000-4000-8000-' || lpad(to_hex(w), 12, '0'))::uuid AS id FROM generate_series(1, 100) w;

INSERT INTO workspaces (id, name) SELECT id, 'bench workspace ' || w FROM bench_ws;
INSERT INTO api_keys (id, workspace_id, key_hash, key_prefix, scope)
SELECT gen_random_uuid(), id, sha256(convert_to('al_bench' || lpad(w::text, 24, '0'), 'UTF8')), 'al_bench000', 'read'
FROM bench_ws;

CREATE TEMP TABLE bench_brands AS
SELECT ws.id AS workspace_id, ws.w, b,
       ('00000000-0000-4000-9000-' || lpad(to_hex(ws.w * 100 + b), 12, '0'))::uuid AS id,
       0.62 - 0.045 * b AS rate
FROM bench_ws ws, generate_series(1, 10) b;
INSERT INTO brands (id, workspace_id, name, aliases, domains, kind)
SELECT id, workspace_id, 'Brand ' || b, ARRAY['B' || b], ARRAY['brand' || b || '.example'],
       CASE WHEN b = 1 THEN 'own' ELSE 'competitor' END
FROM bench_brands;
INSERT INTO prompts (id, workspace_id, text, tags, language, country, platforms, cadence_minutes, samples_per_run,
                     priority, next_run_at)
SELECT gen_random_uuid(), id, 'bench question ' || q || '?', ARRAY['t' || (q % 4)], 'en', 'US',
       ARRAY['chatgpt', 'gemini'], 1440, 3, 5, now() + interval '1 year'
FROM bench_ws, generate_series(1, 20) q;

CREATE TEMP TABLE bench_cells AS
SELECT ws.id AS workspace_id, (current_date - d) AS day, p AS platform, 8 + floor(random() * 5)::int AS answers
FROM bench_ws ws, generate_series(0, 364) d,
     unnest(ARRAY['chatgpt', 'perplexity', 'gemini', 'copilot', 'google-ai-overviews', 'google-ai-mode', 'claude']) p;

INSERT INTO scheduled_daily (workspace_id, day, platform, jobs)
SELECT workspace_id, day, platform, answers + floor(random() * 2)::int FROM bench_cells;

INSERT INTO brand_daily_rollups (workspace_id, day, platform, engine, brand_id, answers_mentioning, mention_count, position_sum,
                                 answers_first, answers_citing, sentiment_positive, sentiment_neutral,
                                 sentiment_negative, sentiment_score_sum)
SELECT workspace_id, day, platform, 'api', brand_id, m, m + floor(random() * (m + 1))::int, m * (1 + floor(random() * 4)::int),
       least(m, floor(random() * 3)::int), least(answers, floor(random() * (m + 1))::int),
       m / 2, m - m / 2 - m / 5, m / 5, (m / 2 - m / 5) * 0.6
FROM (SELECT c.workspace_id, c.day, c.platform, c.answers, b.id AS brand_id,
             least(c.answers, floor(c.answers * b.rate + random() * 2)::int) AS m
      FROM bench_cells c JOIN bench_brands b ON b.workspace_id = c.workspace_id) s
WHERE m > 0;

INSERT INTO answer_daily_rollups (workspace_id, day, platform, engine, answers, brand_mentions)
SELECT c.workspace_id, c.day, c.platform, 'api', c.answers, coalesce(sum(r.answers_mentioning), 0)
FROM bench_cells c LEFT JOIN brand_daily_rollups r
  ON r.workspace_id = c.workspace_id AND r.day = c.day AND r.platform = c.platform
GROUP BY c.workspace_id, c.day, c.platform, c.answers;

ANALYZE workspaces; ANALYZE api_keys; ANALYZE brands; ANALYZE scheduled_daily;
ANALYZE brand_daily_rollups; ANALYZE answer_daily_rollups;
SELECT 'seeded: ' || (SELECT count(*) FROM workspaces) || ' workspaces, '
       || (SELECT count(*) FROM brand_daily_rollups) || ' brand rollup rows, '
       || (SELECT sum(answers_mentioning) FROM brand_daily_rollups) || ' mentions, '
       || (SELECT sum(answers) FROM answer_daily_rollups) || ' answers' AS summary;
