package dev.answerlens.scheduler;

import dev.answerlens.model.architecture.ServiceArchitectureTest;
import java.util.Map;
import java.util.Set;

/** This service keeps the rules every service keeps (ServiceArchitectureTest), checked on its production classes. */
class ArchitectureTest extends ServiceArchitectureTest {
    @Override
    protected Map<String, Set<String>> allowedFeatureDependencies() {
        return Map.ofEntries(
                Map.entry("backpressure", Set.of("budget")),
                Map.entry("budget", Set.of()),
                Map.entry("job", Set.of("sharing")),
                Map.entry("ops", Set.of()),
                Map.entry("outbox", Set.of()),
                Map.entry("planning", Set.of("budget", "sampling", "sharing")),
                Map.entry("sampling", Set.of()),
                Map.entry("sharing", Set.of()));
    }
}
