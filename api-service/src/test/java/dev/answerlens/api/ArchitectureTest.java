package dev.answerlens.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import dev.answerlens.model.architecture.ServiceArchitectureTest;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules every service keeps (ServiceArchitectureTest), and the API's own: checked on its production classes.
 */
class ArchitectureTest extends ServiceArchitectureTest {
    @Override
    protected Map<String, Set<String>> allowedFeatureDependencies() {
        return Map.ofEntries(
                Map.entry("admin", Set.of("auth", "problem")),
                Map.entry("analytics", Set.of("auth", "csv", "problem")),
                Map.entry("auth", Set.of("paging", "problem")),
                Map.entry("brand", Set.of("analytics", "auth", "csv", "paging", "problem")),
                Map.entry("budget", Set.of("auth", "problem")),
                Map.entry("csv", Set.of("problem")),
                Map.entry("dashboard", Set.of("admin", "analytics", "auth", "brand", "budget", "paging", "problem", "prompt", "run", "webhook", "workspace")),
                Map.entry("export", Set.of("analytics", "auth", "csv", "problem")),
                Map.entry("mcp", Set.of("analytics", "auth", "brand", "budget", "paging", "problem", "prompt", "run")),
                Map.entry("ops", Set.of()),
                Map.entry("paging", Set.of("problem")),
                Map.entry("problem", Set.of()),
                Map.entry("prompt", Set.of("auth", "budget", "csv", "paging", "problem")),
                Map.entry("run", Set.of("auth", "paging", "problem", "prompt")),
                Map.entry("webhook", Set.of("analytics", "auth", "problem")),
                Map.entry("workspace", Set.of("auth", "problem")));
    }

    @Test
    void resourcesReachEntitiesOnlyThroughAService() {
        noClasses().that().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .as("JAX-RS resources (@Path) never use a Panache entity directly, only through a service")
                .check(production());
    }
}
