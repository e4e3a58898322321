-- A platform may be collected by several engines (browser and api, to compare its web UI with its API): every job
-- names its engine, and jobs are counted per engine so coverage filtered by engine is exact. Jobs and counts from
-- before this migration name none: '' in scheduled_daily (counted under every engine filter), null in jobs.
ALTER TABLE jobs ADD COLUMN engine text;
ALTER TABLE scheduled_daily ADD COLUMN engine text NOT NULL DEFAULT '',
    DROP CONSTRAINT scheduled_daily_pkey, ADD PRIMARY KEY (workspace_id, day, platform, engine);
