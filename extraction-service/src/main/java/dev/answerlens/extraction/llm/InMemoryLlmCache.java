package dev.answerlens.extraction.llm;

import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The batch command's cache: one process, one run. */
public final class InMemoryLlmCache implements LlmCache {
    private final Map<String, CachedReply> replies = new ConcurrentHashMap<>();

    @Override
    public Uni<Optional<CachedReply>> get(String key) {
        return Uni.createFrom().item(Optional.ofNullable(replies.get(key)));
    }

    @Override
    public Uni<Void> put(String key, CachedReply reply) {
        replies.put(key, reply);
        return Uni.createFrom().voidItem();
    }
}
