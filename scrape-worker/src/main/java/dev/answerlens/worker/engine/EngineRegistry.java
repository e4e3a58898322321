package dev.answerlens.worker.engine;

import dev.answerlens.model.EngineAssignment;
import dev.answerlens.model.Platform;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The one place that decides which engine collects for which platform, from configuration. */
@ApplicationScoped
public class EngineRegistry {
    private final Map<Platform, Map<String, CollectionEngine>> byPlatform = new EnumMap<>(Platform.class);
    private final PlatformEngines platforms;

    public EngineRegistry(Instance<CollectionEngine> engines, PlatformEngines platforms) {
        this.platforms = platforms;
        Map<String, CollectionEngine> byId = new HashMap<>();
        engines.forEach(engine -> byId.put(engine.id(), engine));
        for (Platform platform : Platform.values()) {
            for (String engineId : platforms.enginesOf(platform)) {
                CollectionEngine engine = byId.get(engineId);
                if (engine == null) {
                    throw new IllegalStateException(EngineAssignment.property(platform) + " names " + engineId
                            + ", which is not an engine this worker has; known: " + byId.keySet());
                }
                byPlatform.computeIfAbsent(platform, p -> new LinkedHashMap<>()).put(engineId, engine);
            }
        }
    }

    /** Fails start-up on a misconfigured engine rather than on the first job. */
    void validateAtStartup(@Observes StartupEvent event) {
        byPlatform.size();
    }

    /** The platform's primary engine; only platforms with one are consumed ({@link PlatformEngines#served}). */
    public CollectionEngine engineFor(Platform platform) {
        return platforms.engineOf(platform).flatMap(id -> engineFor(platform, id)).orElseThrow(() -> new IllegalStateException(
                "platform " + platform.id() + " has no engine configured (" + EngineAssignment.property(platform) + ")"));
    }

    /**
     * The engine a job asks for ({@code engineId}; null: the platform's primary one), if this worker has it for the
     * platform.
     */
    public Optional<CollectionEngine> engineFor(Platform platform, String engineId) {
        if (engineId == null) {
            return Optional.of(engineFor(platform));
        }
        return Optional.ofNullable(byPlatform.getOrDefault(platform, Map.of()).get(engineId));
    }
}
