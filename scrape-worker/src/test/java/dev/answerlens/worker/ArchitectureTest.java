package dev.answerlens.worker;

import dev.answerlens.model.architecture.ServiceArchitectureTest;
import java.util.Map;
import java.util.Set;

/** This service keeps the rules every service keeps (ServiceArchitectureTest), checked on its production classes. */
class ArchitectureTest extends ServiceArchitectureTest {
    @Override
    protected Map<String, Set<String>> allowedFeatureDependencies() {
        return Map.ofEntries(
                Map.entry("answer", Set.of()),
                Map.entry("engine", Set.of()),
                Map.entry("job", Set.of("answer", "engine", "metrics", "ratelimit")),
                Map.entry("metrics", Set.of()),
                Map.entry("ratelimit", Set.of("engine")));
    }
}
