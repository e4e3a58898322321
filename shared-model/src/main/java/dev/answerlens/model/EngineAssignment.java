package dev.answerlens.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which engine collects a platform's answers: {@code answerlens.worker.platforms.<id>.engine}, else
 * {@code answerlens.worker.default-engine}, else none. A deployment-wide fact the worker and the scheduler read
 * alike (give both services the same settings): the worker consumes only platforms that have an engine, and the
 * scheduler schedules nothing for the others, so no platform is ever answered by the simulated engine without
 * somebody having said so. The local demo and the tests set the default to {@code simulated}. A platform may name
 * several engines ({@code browser,api}): every sample is then collected once by each, so its web UI and its API can
 * be compared on the same prompts (GET /v1/analytics/engine-comparison).
 */
public final class EngineAssignment {
    public static final String DEFAULT_ENGINE = "answerlens.worker.default-engine";
    /** The collection engines there are: the assistant's web UI in a real browser, its API, the offline stand-in. */
    public static final List<String> ENGINES = List.of("browser", "api", "simulated");

    private EngineAssignment() {
    }

    /** The property naming a platform's engine. */
    public static String property(Platform platform) {
        return "answerlens.worker.platforms." + platform.id() + ".engine";
    }

    /**
     * The engines configured for {@code platform}, in the order named (the first is its primary engine), read by full
     * property name (so an environment variable such as ANSWERLENS_WORKER_PLATFORMS_GOOGLE_AI_OVERVIEWS_ENGINE finds
     * its dashed platform id); empty when none is.
     */
    public static List<String> enginesOf(Platform platform, Function<String, Optional<String>> config) {
        return config.apply(property(platform)).filter(ids -> !ids.isBlank())
                .or(() -> config.apply(DEFAULT_ENGINE).filter(ids -> !ids.isBlank()))
                .map(ids -> Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty()).distinct().toList())
                .orElse(List.of());
    }

    /** The platform's primary engine (the first one named), if any. */
    public static Optional<String> engineOf(Platform platform, Function<String, Optional<String>> config) {
        return enginesOf(platform, config).stream().findFirst();
    }
}
