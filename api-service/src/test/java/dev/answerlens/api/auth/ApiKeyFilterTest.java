package dev.answerlens.api.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class ApiKeyFilterTest {
    private static final String SOME_ID = "00000000-0000-0000-0000-000000000001";

    @Inject
    Pool pool;

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> guardedEndpoints() {
        return dev.answerlens.api.Endpoints.ALL.stream().filter(e -> !e.open())
                .map(e -> org.junit.jupiter.params.provider.Arguments.of(e.method(),
                        e.template().replace("{id}", SOME_ID).replace("{queue}", "scrape.chatgpt"), e.contentType()));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("guardedEndpoints")
    void everyEndpointButSignUpRefusesARequestWithoutAKey(String method, String path, String contentType) {
        given().contentType(contentType).body("{}")
                .request(method, path)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void refusesAnUnknownKeyAndANonBearerScheme() {
        given().header("Authorization", "Bearer " + ApiKeySecrets.newKey())
                .get("/v1/brands").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-key")
                .get("/v1/brands").then().statusCode(401);
        TestWorkspace workspace = TestWorkspace.create();
        given().header("Authorization", "Basic " + workspace.key())
                .get("/v1/brands").then().statusCode(401);
    }

    @Test
    void refusesARevokedKey() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.request().get("/v1/brands").then().statusCode(200);

        new Database(pool).query("UPDATE api_keys SET revoked_at = now() WHERE workspace_id = $1", workspace.id());

        workspace.request().get("/v1/brands").then().statusCode(401)
                .body("detail", containsString("revoked"));
    }

    @Test
    void aReadScopedKeyReadsButCannotWrite() {
        TestWorkspace workspace = TestWorkspace.create();
        String readKey = ApiKeySecrets.newKey();
        new Database(pool).query("INSERT INTO api_keys (id, workspace_id, key_hash, key_prefix, scope)"
                        + " VALUES ($1, $2, $3, $4, 'read')", UUID.randomUUID(), workspace.id(),
                Buffer.buffer(ApiKeySecrets.hash(readKey)), ApiKeySecrets.prefixOf(readKey));

        given().header("Authorization", "Bearer " + readKey).get("/v1/brands").then().statusCode(200);
        given().header("Authorization", "Bearer " + readKey).contentType(ContentType.JSON)
                .body(Map.of("name", "Acme", "kind", "own"))
                .post("/v1/brands")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void metricsNeedTheScrapersToken() {
        given().get("/q/metrics").then().statusCode(401).contentType("application/problem+json");
        TestWorkspace workspace = TestWorkspace.create();
        given().header("Authorization", "Bearer " + workspace.key()).get("/q/metrics").then().statusCode(401);
        // the cache counters exist once the cache has been asked something, whatever ran before in this JVM
        workspace.request().get("/v1/analytics/summary").then().statusCode(200);
        given().header("Authorization", "Bearer local-metrics-token").get("/q/metrics").then().statusCode(200)
                .body(containsString("answerlens_cache_requests_total"));
    }

    @Test
    void healthAndOpenApiStayOpen() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/v1/analytics/summary"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
