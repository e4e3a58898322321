package dev.answerlens.api.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The published document docs/openapi.json (what clients are generated from, GeneratedClientTest among them) is the
 * document the service serves: a change to the API that is not published fails here.
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTest {
    static final Path PUBLISHED = Path.of("..", "docs", "openapi.json");

    @Test
    void thePublishedDocumentIsTheOneTheServiceServes() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode served = json.readTree(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        JsonNode published = json.readTree(PUBLISHED.toFile());
        assertEquals(published, served, "docs/openapi.json is out of date: regenerate it with "
                + "./mvnw -pl api-service -am package -DskipTests -Dquarkus.smallrye-openapi.store-schema-directory=target/openapi"
                + " && cp api-service/target/openapi/openapi.json docs/openapi.json");
    }
}
