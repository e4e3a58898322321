-- Extraction, version 2: sentiment and list rank per mention, how each answer was extracted (rules or
-- an LLM, with tokens and cost), sentiment in the brand rollups, the LLM result cache, re-extraction
-- records and competitor discovery. Written by extraction-service (docs/data-model.md).

ALTER TABLE mentions
    ADD COLUMN list_rank    integer CHECK (list_rank >= 1),  -- item number when the answer ranks brands in a list or table
    ADD COLUMN recommended  boolean,                          -- the LLM's reading; null on the rules path
    ADD COLUMN model        text;                             -- the LLM that produced it; null for method 'rules'

ALTER TABLE answers
    ADD COLUMN extraction_method      text CHECK (extraction_method IN ('rules', 'llm')),
    ADD COLUMN extraction_model       text,                   -- LLM model used, null on the rules path
    ADD COLUMN extraction_note        text,                   -- why the LLM path fell back to rules, when it did
    ADD COLUMN llm_prompt_tokens      integer,
    ADD COLUMN llm_completion_tokens  integer,
    ADD COLUMN llm_cost_usd           numeric(12, 6),
    ADD COLUMN ungrounded_mentions    integer NOT NULL DEFAULT 0, -- LLM-reported mentions not found in the text, dropped
    ADD COLUMN extracted_at           timestamptz;

ALTER TABLE brand_daily_rollups
    ADD COLUMN sentiment_positive   integer          NOT NULL DEFAULT 0,
    ADD COLUMN sentiment_neutral    integer          NOT NULL DEFAULT 0,
    ADD COLUMN sentiment_negative   integer          NOT NULL DEFAULT 0,
    ADD COLUMN sentiment_score_sum  double precision NOT NULL DEFAULT 0;   -- mean = sum / answers_mentioning

-- LLM extraction results by (answer text hash, brand set, model, extractor version): a re-run costs nothing.
CREATE TABLE llm_extraction_cache (
    cache_key          text PRIMARY KEY,                     -- SHA-256 hex of the four parts
    model              text        NOT NULL,
    extractor_version  text        NOT NULL,
    result             jsonb       NOT NULL,                 -- the model's structured reply, as parsed
    prompt_tokens      integer     NOT NULL,
    completion_tokens  integer     NOT NULL,
    cost_usd           numeric(12, 6) NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now()
);

-- One row per handled re-extraction request (the message id makes a redelivered request a no-op).
CREATE TABLE reextractions (
    message_id         uuid PRIMARY KEY,
    workspace_id       uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    from_day           date        NOT NULL,
    to_day             date        NOT NULL,
    extractor_version  text        NOT NULL,
    answers            integer     NOT NULL,
    finished_at        timestamptz NOT NULL DEFAULT now()
);

-- Competitor discovery: brand-like names an answer gives that the workspace does not track.
CREATE TABLE discovered_names (
    answer_id     uuid        NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
    workspace_id  uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name_key      text        NOT NULL,                      -- lower-cased name, the grouping key
    name          text        NOT NULL,                      -- as written
    snippet       text        NOT NULL,
    seen_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (answer_id, name_key)
);
CREATE INDEX discovered_names_workspace ON discovered_names (workspace_id, name_key);

-- The suggestions the API offers: names seen in at least two answers, minus brands tracked since.
CREATE VIEW discovered_brands AS
SELECT d.workspace_id,
       min(d.name)                                       AS name,
       d.name_key,
       count(*)                                          AS answers,
       min(d.seen_at)                                    AS first_seen_at,
       max(d.seen_at)                                    AS last_seen_at,
       (array_agg(d.snippet ORDER BY d.seen_at DESC))[1:3] AS example_snippets
FROM discovered_names d
WHERE NOT EXISTS (SELECT 1 FROM brands b WHERE b.workspace_id = d.workspace_id AND lower(b.name) = d.name_key)
GROUP BY d.workspace_id, d.name_key
HAVING count(*) >= 2;
