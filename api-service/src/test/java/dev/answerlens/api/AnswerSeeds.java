package dev.answerlens.api;

import java.time.LocalDate;
import java.util.UUID;

/** Writes answers, mentions, citations and discovered names the way the extraction service stores them. */
public record AnswerSeeds(Database database, UUID workspaceId) {

    /** Stores an answer collected by the API engine (what analytics count by default) and returns its id. */
    public UUID answer(UUID promptId, LocalDate day, String platform, String text) {
        return answer(promptId, day, platform, "api", text);
    }

    /** Stores an answer collected by {@code engine} (simulated, api, browser) and returns its id. */
    public UUID answer(UUID promptId, LocalDate day, String platform, String engine, String text) {
        UUID id = UUID.randomUUID();
        database.query("INSERT INTO answers (id, job_id, workspace_id, prompt_id, platform, sample, day, raw_text, engine,"
                        + " model, web_search, logged_in, country, language, started_at, finished_at, latency_ms,"
                        + " extractor_version, scheduled_at) VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $8, 'model-1',"
                        + " false, false, 'US', 'en', now(), now(), 120, 'rules-1', now())",
                id, UUID.randomUUID(), workspaceId, promptId, platform, day, text, engine);
        return id;
    }

    public AnswerSeeds mention(UUID answerId, UUID brandId, int position, String sentiment, double score) {
        database.query("INSERT INTO mentions (answer_id, brand_id, workspace_id, position, mention_count, snippet,"
                        + " sentiment, sentiment_score, method, extractor_version)"
                        + " VALUES ($1, $2, $3, $4, 1, 'snippet', $5, $6, 'rules', 'rules-1')",
                answerId, brandId, workspaceId, position, sentiment, (float) score);
        return this;
    }

    public AnswerSeeds citation(UUID answerId, int position, String url, String domain, String owner) {
        database.query("INSERT INTO citations (answer_id, position, workspace_id, url, canonical_url, domain, owner,"
                + " in_sources) VALUES ($1, $2, $3, $4, $4, $5, $6, true)", answerId, position, workspaceId, url, domain, owner);
        return this;
    }

    public AnswerSeeds discovered(UUID answerId, String name) {
        database.query("INSERT INTO discovered_names (answer_id, workspace_id, name_key, name, snippet)"
                + " VALUES ($1, $2, lower($3), $3, $3)", answerId, workspaceId, name);
        return this;
    }
}
