package dev.answerlens.model;

import java.util.Optional;
import java.util.function.Function;

/**
 * Which engine collects a platform's answers: {@code answerlens.worker.platforms.<id>.engine}, else
 * {@code answerlens.worker.default-engine}, else none. A deployment-wide fact the worker and the scheduler read
 * alike (give both services the same settings): the worker consumes only platforms that have an engine, and the
 * scheduler schedules nothing for the others, so no platform is ever answered by the simulated engine without
 * somebody having said so. The local demo and the tests set the default to {@code simulated}.
 */
public final class EngineAssignment {
    public static final String DEFAULT_ENGINE = "answerlens.worker.default-engine";

    private EngineAssignment() {
    }

    /** The property naming a platform's engine. */
    public static String property(Platform platform) {
        return "answerlens.worker.platforms." + platform.id() + ".engine";
    }

    /**
     * The engine id configured for {@code platform}, read by full property name (so an environment variable such
     * as ANSWERLENS_WORKER_PLATFORMS_GOOGLE_AI_OVERVIEWS_ENGINE finds its dashed platform id).
     */
    public static Optional<String> engineOf(Platform platform, Function<String, Optional<String>> config) {
        return config.apply(property(platform)).filter(id -> !id.isBlank())
                .or(() -> config.apply(DEFAULT_ENGINE).filter(id -> !id.isBlank()))
                .map(String::strip);
    }
}
