package dev.answerlens.worker.engine;

import dev.answerlens.model.Platform;
import dev.answerlens.worker.WorkerConfig;
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

    public EngineRegistry(Instance<CollectionEngine> engines, WorkerConfig config) {
        Map<String, CollectionEngine> byId = new HashMap<>();
        engines.forEach(engine -> byId.put(engine.id(), engine));
        for (Platform platform : Platform.values()) {
            WorkerConfig.PlatformSettings settings = config.platforms().get(platform.id());
            String engineId = settings == null ? "simulated" : settings.engine();
            CollectionEngine engine = byId.get(engineId);
            if (engine == null) {
                throw new IllegalStateException("answerlens.worker.platforms." + platform.id() + ".engine=" + engineId
                        + " is not an engine this worker has; known: " + byId.keySet());
            }
            byPlatform.put(platform, engine);
        }
    }

    /** Fails start-up on a misconfigured engine rather than on the first job. */
    void validateAtStartup(@Observes StartupEvent event) {
        byPlatform.size();
    }

    public CollectionEngine engineFor(Platform platform) {
        return byPlatform.get(platform);
    }
}
