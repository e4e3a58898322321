package dev.answerlens.extraction.llm;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The service's LLM cache in PostgreSQL (llm_extraction_cache): shared by every replica, kept across restarts. */
@ApplicationScoped
public class PgLlmCache implements LlmCache {
    private static final String GET = "SELECT model, result, prompt_tokens, completion_tokens, cost_usd FROM llm_extraction_cache WHERE cache_key = $1";
    private static final String PUT = """
            INSERT INTO llm_extraction_cache (cache_key, model, extractor_version, result, prompt_tokens, completion_tokens, cost_usd)
            VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (cache_key) DO NOTHING
            """;

    private final Pool pool;

    public PgLlmCache(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<Optional<CachedReply>> get(String key) {
        return pool.preparedQuery(GET).execute(Tuple.of(key)).map(rows -> {
            if (rows.rowCount() == 0) {
                return Optional.empty();
            }
            var row = rows.iterator().next();
            return Optional.of(new CachedReply(row.getString("model"), row.getJsonObject("result").getString("content"),
                    row.getInteger("prompt_tokens"), row.getInteger("completion_tokens"), row.getBigDecimal("cost_usd")));
        });
    }

    @Override
    public Uni<Void> put(String key, CachedReply reply) {
        return pool.preparedQuery(PUT).execute(Tuple.from(new Object[] {key, reply.model(), ExtractionPrompt.VERSION,
                new JsonObject().put("content", reply.content()), reply.promptTokens(), reply.completionTokens(), reply.costUsd()}))
                .replaceWithVoid();
    }
}
