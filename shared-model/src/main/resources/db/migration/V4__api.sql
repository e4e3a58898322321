-- API, version 4: what the analytics API reads beyond V1/V3. Written defensively (IF NOT EXISTS) because
-- V2 (extraction-service) adds the same sentiment columns and discovery tables: whichever of the two
-- runs first creates them and the other leaves them as they are. See docs/data-model.md.

-- Sentiment in the brand rollups (identical to V2): mean = sentiment_score_sum / classified answers.
ALTER TABLE brand_daily_rollups
    ADD COLUMN IF NOT EXISTS sentiment_positive   integer          NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS sentiment_neutral    integer          NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS sentiment_negative   integer          NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS sentiment_score_sum  double precision NOT NULL DEFAULT 0;

-- Competitor discovery (identical to V2): names answers give that the workspace does not track.
CREATE TABLE IF NOT EXISTS discovered_names (
    answer_id     uuid        NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
    workspace_id  uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name_key      text        NOT NULL,
    name          text        NOT NULL,
    snippet       text        NOT NULL,
    seen_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (answer_id, name_key)
);
CREATE INDEX IF NOT EXISTS discovered_names_workspace ON discovered_names (workspace_id, name_key);

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_views WHERE viewname = 'discovered_brands') THEN
        EXECUTE $view$
            CREATE VIEW discovered_brands AS
            SELECT d.workspace_id,
                   min(d.name)                                         AS name,
                   d.name_key,
                   count(*)                                            AS answers,
                   min(d.seen_at)                                      AS first_seen_at,
                   max(d.seen_at)                                      AS last_seen_at,
                   (array_agg(d.snippet ORDER BY d.seen_at DESC))[1:3] AS example_snippets
            FROM discovered_names d
            WHERE NOT EXISTS (SELECT 1 FROM brands b WHERE b.workspace_id = d.workspace_id AND lower(b.name) = d.name_key)
            GROUP BY d.workspace_id, d.name_key
            HAVING count(*) >= 2
        $view$;
    END IF;
END
$$;

-- Drill-down pages through a workspace's answers newest day first.
CREATE INDEX IF NOT EXISTS answers_workspace_day_id ON answers (workspace_id, day DESC, id DESC);
-- Sources read a workspace's citations by answer.
CREATE INDEX IF NOT EXISTS citations_workspace_answer ON citations (workspace_id, answer_id);

-- Webhooks for significant changes (api-service). The signing secret is kept so deliveries can be
-- signed (HMAC-SHA256); it is shown to the client once, like an API key, and never logged.
CREATE TABLE webhooks (
    id            uuid PRIMARY KEY,
    workspace_id  uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    url           text        NOT NULL,
    events        text[]      NOT NULL,
    secret        text        NOT NULL,
    active        boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhooks_workspace ON webhooks (workspace_id);

-- One row per event and webhook: the outbox of deliveries, retried with growing delays.
CREATE TABLE webhook_deliveries (
    id               uuid PRIMARY KEY,
    webhook_id       uuid        NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    workspace_id     uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    event_key        text        NOT NULL,            -- type, brand and period: the same change is sent once
    event_type       text        NOT NULL,
    payload          text        NOT NULL,            -- the JSON body, signed as sent
    state            text        NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    delivered_at     timestamptz,
    UNIQUE (webhook_id, event_key)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE state = 'pending';
