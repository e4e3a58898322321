package dev.answerlens.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import dev.answerlens.model.architecture.ServiceArchitectureTest;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/**
 * The rules every service keeps (ServiceArchitectureTest), and the API's own: checked on its production classes.
 */
class ArchitectureTest extends ServiceArchitectureTest {
    @Test
    void resourcesReachEntitiesOnlyThroughAService() {
        noClasses().that().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .as("JAX-RS resources (@Path) never use a Panache entity directly, only through a service")
                .check(production());
    }
}
