-- Answerlens schema, version 1. Which service writes which table: docs/data-model.md.

-- Tenants and access -----------------------------------------------------------------------------
CREATE TABLE workspaces (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    tier        text        NOT NULL DEFAULT 'standard',
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
    id            uuid PRIMARY KEY,
    workspace_id  uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    key_hash      bytea       NOT NULL UNIQUE,          -- SHA-256 of the key; the key itself is never stored
    key_prefix    text        NOT NULL,                 -- shown in listings so users can tell keys apart
    scope         text        NOT NULL CHECK (scope IN ('read', 'write', 'admin')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    revoked_at    timestamptz
);
CREATE INDEX api_keys_workspace ON api_keys (workspace_id);

-- What a workspace tracks ------------------------------------------------------------------------
CREATE TABLE brands (
    id            uuid PRIMARY KEY,
    workspace_id  uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name          text        NOT NULL,
    aliases       text[]      NOT NULL DEFAULT '{}',
    domains       text[]      NOT NULL DEFAULT '{}',
    kind          text        NOT NULL CHECK (kind IN ('own', 'competitor')),
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX brands_workspace_name ON brands (workspace_id, lower(name));

CREATE TABLE prompts (
    id               uuid PRIMARY KEY,
    workspace_id     uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    text             text        NOT NULL,
    tags             text[]      NOT NULL DEFAULT '{}',
    language         text        NOT NULL,
    country          text        NOT NULL,
    platforms        text[]      NOT NULL,
    cadence_minutes  integer     NOT NULL CHECK (cadence_minutes >= 5),
    samples_per_run  integer     NOT NULL CHECK (samples_per_run BETWEEN 1 AND 1000),
    priority         smallint    NOT NULL CHECK (priority BETWEEN 0 AND 9),
    active           boolean     NOT NULL DEFAULT true,
    next_run_at      timestamptz NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX prompts_workspace ON prompts (workspace_id, created_at, id);
CREATE INDEX prompts_due ON prompts (next_run_at) WHERE active;

-- Scheduling ---------------------------------------------------------------------------------------
-- "Run now" requests: written by api-service, turned into jobs by scheduler-service.
CREATE TABLE run_requests (
    id            uuid PRIMARY KEY,
    workspace_id  uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    prompt_id     uuid        NOT NULL REFERENCES prompts (id) ON DELETE CASCADE,
    requested_at  timestamptz NOT NULL DEFAULT now(),
    handled_at    timestamptz
);
CREATE INDEX run_requests_pending ON run_requests (requested_at) WHERE handled_at IS NULL;

-- One row per (prompt, platform, sample) to collect. A row in state 'pending' is also the outbox
-- entry of its message: the relay publishes it with confirms and only then marks it 'queued'.
CREATE TABLE jobs (
    id            uuid PRIMARY KEY,
    workspace_id  uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    prompt_id     uuid        NOT NULL REFERENCES prompts (id) ON DELETE CASCADE,
    run_id        uuid        NOT NULL,
    trigger       text        NOT NULL CHECK (trigger IN ('schedule', 'manual')),
    platform      text        NOT NULL,
    sample        integer     NOT NULL CHECK (sample >= 1),
    priority      smallint    NOT NULL,
    day           date        NOT NULL,                 -- UTC day the job was scheduled for; answers inherit it
    state         text        NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'queued')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    published_at  timestamptz
);
CREATE INDEX jobs_outbox ON jobs (priority DESC, created_at) WHERE state = 'pending';
CREATE INDEX jobs_prompt ON jobs (prompt_id, created_at);

-- Jobs scheduled per workspace, platform and day: the denominator of coverage.
CREATE TABLE scheduled_daily (
    workspace_id  uuid    NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    day           date    NOT NULL,
    platform      text    NOT NULL,
    jobs          integer NOT NULL,
    PRIMARY KEY (workspace_id, day, platform)
);

-- Results ----------------------------------------------------------------------------------------
CREATE TABLE answers (
    id                 uuid PRIMARY KEY,
    job_id             uuid        NOT NULL UNIQUE,      -- idempotency key: one answer per job, ever
    workspace_id       uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    prompt_id          uuid        NOT NULL,
    platform           text        NOT NULL,
    sample             integer     NOT NULL,
    day                date        NOT NULL,
    raw_text           text        NOT NULL,
    engine             text        NOT NULL CHECK (engine IN ('browser', 'api', 'simulated')),
    model              text,
    model_version      text,
    web_search         boolean     NOT NULL,
    logged_in          boolean     NOT NULL,
    country            text,
    language           text,
    proxy_id           text,
    started_at         timestamptz NOT NULL,
    finished_at        timestamptz NOT NULL,
    latency_ms         bigint      NOT NULL,
    cost_usd           numeric(12, 6),
    extractor_version  text        NOT NULL,
    scheduled_at       timestamptz NOT NULL,
    stored_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX answers_workspace_day ON answers (workspace_id, day);

-- Only brands an answer mentions get a row; a tracked brand without a row was not mentioned.
CREATE TABLE mentions (
    answer_id          uuid     NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
    brand_id           uuid     NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    workspace_id       uuid     NOT NULL,
    position           integer  NOT NULL CHECK (position >= 1),
    mention_count      integer  NOT NULL CHECK (mention_count >= 1),
    snippet            text     NOT NULL,
    sentiment          text,
    sentiment_score    real,
    method             text     NOT NULL,
    extractor_version  text     NOT NULL,
    PRIMARY KEY (answer_id, brand_id)
);
CREATE INDEX mentions_brand ON mentions (brand_id);

CREATE TABLE citations (
    answer_id       uuid    NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
    position        integer NOT NULL CHECK (position >= 1),
    workspace_id    uuid    NOT NULL,
    url             text    NOT NULL,
    canonical_url   text    NOT NULL,
    domain          text    NOT NULL,
    title           text,
    owner           text    NOT NULL CHECK (owner IN ('own', 'competitor', 'other')),
    owner_brand_id  uuid,
    in_sources      boolean NOT NULL,                     -- false: found only in the answer text
    PRIMARY KEY (answer_id, position)
);
CREATE INDEX citations_workspace_domain ON citations (workspace_id, domain);

-- Rollups the analytics read (never the raw mentions) ---------------------------------------------
CREATE TABLE answer_daily_rollups (
    workspace_id    uuid    NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    day             date    NOT NULL,
    platform        text    NOT NULL,
    answers         integer NOT NULL,      -- n: answers collected
    brand_mentions  integer NOT NULL,      -- sum over tracked brands of answers mentioning them (share-of-voice denominator)
    PRIMARY KEY (workspace_id, day, platform)
);

CREATE TABLE brand_daily_rollups (
    workspace_id        uuid    NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    day                 date    NOT NULL,
    platform            text    NOT NULL,
    brand_id            uuid    NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    answers_mentioning  integer NOT NULL,
    mention_count       integer NOT NULL,  -- occurrences, summed
    position_sum        integer NOT NULL,  -- over answers mentioning the brand
    answers_first       integer NOT NULL,  -- answers where the brand is the first tracked brand named
    answers_citing      integer NOT NULL,  -- answers citing one of the brand's domains
    PRIMARY KEY (workspace_id, day, platform, brand_id)
);
