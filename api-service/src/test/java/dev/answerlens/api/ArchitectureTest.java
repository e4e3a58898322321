package dev.answerlens.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

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

    /** The analytics feature: its root package holds the resource and the service it calls, sub-packages the roles. */
    private static final String ANALYTICS = "dev.answerlens.api.analytics";

    /**
     * Inside analytics, each role uses only the roles below it: the resource and its service use them all; the readers
     * build views from queries and statistics; a view is figures of the statistics for a query; the statistics, the
     * queries and the cache use none of the others. Other features may use any of them.
     */
    @Test
    void analyticsRolesUseOnlyTheRolesBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("resource").definedBy(ANALYTICS)
                .layer("cache").definedBy(ANALYTICS + ".cache..")
                .layer("read").definedBy(ANALYTICS + ".read..")
                .layer("view").definedBy(ANALYTICS + ".view..")
                .layer("stats").definedBy(ANALYTICS + ".stats..")
                .layer("query").definedBy(ANALYTICS + ".query..")
                .whereLayer("cache").mayNotAccessAnyLayer()
                .whereLayer("read").mayOnlyAccessLayers("view", "stats", "query")
                .whereLayer("view").mayOnlyAccessLayers("stats", "query")
                .whereLayer("stats").mayNotAccessAnyLayer()
                .whereLayer("query").mayNotAccessAnyLayer()
                .as("in analytics, read uses only view, stats and query; view only stats and query; stats, query and cache no other role")
                .check(production());
    }

    @Test
    void everyAnalyticsClassHasARole() {
        classes().that().resideInAPackage(ANALYTICS + "..")
                .should().resideInAnyPackage(ANALYTICS, ANALYTICS + ".cache..", ANALYTICS + ".read..", ANALYTICS + ".view..",
                        ANALYTICS + ".stats..", ANALYTICS + ".query..")
                .as("every analytics class is in its root package or in one of the roles analyticsRolesUseOnlyTheRolesBelowThem orders")
                .check(production());
    }

    @Test
    void resourcesReachEntitiesOnlyThroughAService() {
        noClasses().that().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .as("JAX-RS resources (@Path) never use a Panache entity directly, only through a service")
                .check(production());
    }
}
