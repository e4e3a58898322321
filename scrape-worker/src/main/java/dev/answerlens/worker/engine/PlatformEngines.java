package dev.answerlens.worker.engine;

import dev.answerlens.model.EngineAssignment;
import dev.answerlens.model.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
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
    private final Map<Platform, List<String>> engines = new EnumMap<>(Platform.class);
    private final Map<Platform, Boolean> enabled = new EnumMap<>(Platform.class);

    public PlatformEngines(Config config) {
        for (Platform platform : Platform.values()) {
            List<String> named = EngineAssignment.enginesOf(platform, name -> config.getOptionalValue(name, String.class));
            if (!named.isEmpty()) {
                engines.put(platform, named);
            }
            enabled.put(platform, config.getOptionalValue("answerlens.worker.platforms." + platform.id() + ".enabled",
                    Boolean.class).orElse(true));
        }
    }

    /** The platform's primary engine (the first configured), which collects jobs that name none. */
    public Optional<String> engineOf(Platform platform) {
        return enginesOf(platform).stream().findFirst();
    }

    /** Every engine configured for the platform (several to compare its web UI with its API), in order. */
    public List<String> enginesOf(Platform platform) {
        return engines.getOrDefault(platform, List.of());
    }

    public boolean enabled(Platform platform) {
        return enabled.get(platform);
    }

    /** Enabled here and with an engine: this worker consumes its queue. */
    public boolean served(Platform platform) {
        return enabled(platform) && engines.containsKey(platform);
    }

    /** Served here by the engine {@code engineId} (one of its engines). */
    public boolean servedBy(Platform platform, String engineId) {
        return served(platform) && enginesOf(platform).contains(engineId);
    }
}
