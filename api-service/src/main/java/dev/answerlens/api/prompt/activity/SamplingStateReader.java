package dev.answerlens.api.prompt.activity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The adaptive-sampling state the scheduler keeps in {@code sampling_windows} (docs/scheduling.md), for the listed
 * prompts only: the open window of each platform (the scheduler closes a window when the next one starts), read
 * through the table's key (prompt_id, platform, window_start). The target width is the scheduler's setting; this
 * only reads whether it was reached.
 */
@ApplicationScoped
public class SamplingStateReader {
    private static final String OPEN_WINDOWS = """
            SELECT prompt_id, platform, settled FROM sampling_windows
            WHERE prompt_id = ANY($1) AND workspace_id = $2 AND closed_at IS NULL
            ORDER BY prompt_id, platform
            """;

    private final Pool pool;

    public SamplingStateReader(Pool pool) {
        this.pool = pool;
    }

    /**
     * Per prompt of {@code platformsByPrompt} (adaptive prompts and the platforms they are asked on): which platforms'
     * windows are settled; a platform with no open window yet counts as still sampling.
     */
    public Uni<Map<UUID, SamplingState>> read(UUID workspaceId, Map<UUID, List<String>> platformsByPrompt) {
        if (platformsByPrompt.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Collection<UUID> ids = platformsByPrompt.keySet();
        return pool.preparedQuery(OPEN_WINDOWS).execute(Tuple.of(ids.toArray(UUID[]::new), workspaceId)).map(rows -> {
            Map<UUID, List<String>> settled = new HashMap<>();
            rows.forEach(r -> {
                if (r.getBoolean("settled")) {
                    settled.computeIfAbsent(r.getUUID("prompt_id"), id -> new ArrayList<>()).add(r.getString("platform"));
                }
            });
            Map<UUID, SamplingState> states = new HashMap<>();
            platformsByPrompt.forEach((id, platforms) -> {
                List<String> done = settled.getOrDefault(id, List.of());
                states.put(id, new SamplingState(id, platforms.stream().filter(done::contains).toList(),
                        platforms.stream().filter(p -> !done.contains(p)).toList()));
            });
            return states;
        });
    }
}
