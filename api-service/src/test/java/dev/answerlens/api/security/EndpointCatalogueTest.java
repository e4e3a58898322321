package dev.answerlens.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.answerlens.api.Endpoints;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Keeps {@link Endpoints} complete: every operation the OpenAPI document publishes must be in it. */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class EndpointCatalogueTest {

    @Test
    void theCatalogueListsEveryPublishedOperation() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("paths");
        Set<String> published = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("get", "post", "put", "patch", "delete").contains(method))
                .forEach(method -> published.add(method.toUpperCase() + " " + path)));
        Set<String> catalogued = new TreeSet<>();
        Endpoints.ALL.forEach(endpoint -> catalogued.add(endpoint.toString()));

        assertThat(catalogued, equalTo(published));
    }
}
