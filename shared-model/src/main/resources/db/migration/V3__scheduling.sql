-- Scheduling, version 3: cron cadence, adaptive sampling, shared sampling, job outcomes, budgets
-- and holds. Written by scheduler-service unless noted (docs/data-model.md).

ALTER TABLE prompts
    ADD COLUMN cron     text,                                 -- 5-field cron (UTC); when set it replaces cadence_minutes
    ADD COLUMN adaptive boolean NOT NULL DEFAULT false;       -- sample until the interval is narrow enough (docs/scheduling.md)

ALTER TABLE run_requests ADD COLUMN outcome text;            -- 'scheduled' or why not (e.g. the budget)

ALTER TABLE jobs DROP CONSTRAINT jobs_state_check;
ALTER TABLE jobs ADD CONSTRAINT jobs_state_check
    CHECK (state IN ('pending', 'queued', 'retrying', 'parked', 'collected', 'following', 'copied'));
ALTER TABLE jobs DROP CONSTRAINT jobs_trigger_check;
ALTER TABLE jobs ADD CONSTRAINT jobs_trigger_check CHECK (trigger IN ('schedule', 'manual', 'adaptive'));
ALTER TABLE jobs
    ADD COLUMN due_at         timestamptz,                    -- when the run became due (or was requested)
    ADD COLUMN attempts       integer NOT NULL DEFAULT 0,     -- failed attempts reported by the workers
    ADD COLUMN failure_class  text,
    ADD COLUMN last_error     text,
    ADD COLUMN updated_at     timestamptz,
    ADD COLUMN shared_key     text,                           -- same question, platform, country, language and slot
    ADD COLUMN leader_job_id  uuid REFERENCES jobs (id);      -- set on a follower: its answer is the leader's
UPDATE jobs SET due_at = created_at WHERE due_at IS NULL;
ALTER TABLE jobs ALTER COLUMN due_at SET NOT NULL;
-- One collecting job per shared question and sample; a race between replicas fails one transaction.
CREATE UNIQUE INDEX jobs_shared_leader ON jobs (shared_key, sample) WHERE shared_key IS NOT NULL AND leader_job_id IS NULL;
CREATE INDEX jobs_followers ON jobs (leader_job_id) WHERE leader_job_id IS NOT NULL;
CREATE INDEX jobs_run_platform ON jobs (run_id, platform);

-- Adaptive sampling reads one prompt's answers on one platform in a window.
CREATE INDEX answers_prompt_platform_day ON answers (prompt_id, platform, day);

-- One row per (prompt, platform, window) of an adaptive prompt.
CREATE TABLE sampling_windows (
    prompt_id     uuid        NOT NULL REFERENCES prompts (id) ON DELETE CASCADE,
    platform      text        NOT NULL,
    window_start  date        NOT NULL,
    workspace_id  uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    scheduled     integer     NOT NULL DEFAULT 0,   -- samples scheduled in this window
    settled       boolean     NOT NULL DEFAULT false, -- narrow enough or at its cap, until more samples are added
    answers       integer,                          -- filled when the window closes
    mentioned     integer,                          -- answers mentioning an own brand, when it closes
    closed_at     timestamptz,
    PRIMARY KEY (prompt_id, platform, window_start)
);
CREATE INDEX sampling_windows_open ON sampling_windows (window_start) WHERE closed_at IS NULL AND NOT settled;

-- Daily budgets per workspace (written by api-service); NULL means no limit.
CREATE TABLE workspace_budgets (
    workspace_id    uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
    daily_jobs      integer CHECK (daily_jobs >= 0),
    daily_cost_usd  numeric(12, 4) CHECK (daily_cost_usd >= 0),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

-- Why the scheduler is holding work back right now: a workspace over budget, a platform whose queue is full.
CREATE TABLE scheduling_holds (
    hold_key      text PRIMARY KEY,                 -- 'budget:<workspace id>' or 'backpressure:<platform>'
    workspace_id  uuid REFERENCES workspaces (id) ON DELETE CASCADE,
    platform      text,
    reason        text        NOT NULL,
    since         timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX scheduling_holds_workspace ON scheduling_holds (workspace_id);
