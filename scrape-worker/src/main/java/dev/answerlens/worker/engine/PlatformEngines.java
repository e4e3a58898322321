package dev.answerlens.worker.engine;

import dev.answerlens.model.EngineAssignment;
import dev.answerlens.model.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Which platforms this worker serves and with which engine: a platform is served when it is enabled
 * ({@code answerlens.worker.platforms.<id>.enabled}, default true) and has an engine ({@link EngineAssignment}).
 * Read by full property name, so environment variables find the dashed platform ids.
 */
@ApplicationScoped
public class PlatformEngines {
    private final Map<Platform, String> engines = new EnumMap<>(Platform.class);
    private final Map<Platform, Boolean> enabled = new EnumMap<>(Platform.class);

    public PlatformEngines(Config config) {
        for (Platform platform : Platform.values()) {
            EngineAssignment.engineOf(platform, name -> config.getOptionalValue(name, String.class))
                    .ifPresent(engine -> engines.put(platform, engine));
            enabled.put(platform, config.getOptionalValue("answerlens.worker.platforms." + platform.id() + ".enabled",
                    Boolean.class).orElse(true));
        }
    }

    /** The engine configured for the platform, if any. */
    public Optional<String> engineOf(Platform platform) {
        return Optional.ofNullable(engines.get(platform));
    }

    public boolean enabled(Platform platform) {
        return enabled.get(platform);
    }

    /** Enabled here and with an engine: this worker consumes its queue. */
    public boolean served(Platform platform) {
        return enabled(platform) && engines.containsKey(platform);
    }

    /** Served here by the engine {@code engineId}. */
    public boolean servedBy(Platform platform, String engineId) {
        return served(platform) && engineId.equals(engines.get(platform));
    }
}
