package dev.answerlens.worker.engine;

import dev.answerlens.model.EngineAssignment;
import dev.answerlens.model.Platform;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The one place that decides which engine collects for which platform, from configuration. */
@ApplicationScoped
public class EngineRegistry {
    private final Map<Platform, CollectionEngine> byPlatform = new EnumMap<>(Platform.class);

    public EngineRegistry(Instance<CollectionEngine> engines, PlatformEngines platforms) {
        Map<String, CollectionEngine> byId = new HashMap<>();
        engines.forEach(engine -> byId.put(engine.id(), engine));
        for (Platform platform : Platform.values()) {
            platforms.engineOf(platform).ifPresent(engineId -> {
                CollectionEngine engine = byId.get(engineId);
                if (engine == null) {
                    throw new IllegalStateException(EngineAssignment.property(platform) + "=" + engineId
                            + " is not an engine this worker has; known: " + byId.keySet());
                }
                byPlatform.put(platform, engine);
            });
        }
    }

    /** Fails start-up on a misconfigured engine rather than on the first job. */
    void validateAtStartup(@Observes StartupEvent event) {
        byPlatform.size();
    }

    /** The platform's engine; only platforms with one are consumed ({@link PlatformEngines#served}). */
    public CollectionEngine engineFor(Platform platform) {
        CollectionEngine engine = byPlatform.get(platform);
        if (engine == null) {
            throw new IllegalStateException("platform " + platform.id() + " has no engine configured ("
                    + EngineAssignment.property(platform) + ")");
        }
        return engine;
    }
}
