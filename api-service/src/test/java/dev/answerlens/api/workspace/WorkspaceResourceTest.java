package dev.answerlens.api.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class WorkspaceResourceTest {
    @Inject
    Pool pool;

    @Test
    void createsAWorkspaceWithAnAdminKeyThatIsStoredOnlyAsItsHash() throws Exception {
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body(Map.of("name", "  Acme marketing  "))
                .post("/v1/workspaces")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("name", equalTo("Acme marketing"))
                .body("apiKey.scope", equalTo("admin"))
                .extract();
        String key = created.path("apiKey.key");
        assertThat(key, matchesPattern("al_[A-Za-z0-9_-]{32}"));
        assertThat(created.path("apiKey.prefix"), equalTo(key.substring(0, 11)));

        Row stored = new Database(pool).single("SELECT k.id, k.key_hash, k.key_prefix, k.scope, w.name FROM api_keys k"
                + " JOIN workspaces w ON w.id = k.workspace_id WHERE w.id = $1", UUID.fromString(created.path("id")));
        assertThat(stored.getUUID("id").toString(), equalTo(created.path("apiKey.id")));
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)),
                stored.getBuffer("key_hash").getBytes());
        assertThat(stored.getString("key_prefix"), equalTo(key.substring(0, 11)));
        assertThat(stored.getString("scope"), equalTo("admin"));
    }

    @Test
    void theNewKeyAuthenticatesAndShowsItsOwnWorkspace() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.request().get("/v1/workspaces/" + workspace.id())
                .then().statusCode(200)
                .body("id", equalTo(workspace.id().toString()))
                .body("tier", equalTo("standard"));
    }

    @Test
    void anotherWorkspaceIsNotFound() {
        TestWorkspace mine = TestWorkspace.create();
        TestWorkspace theirs = TestWorkspace.create();
        mine.request().get("/v1/workspaces/" + theirs.id())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesABlankOrOverlongName() {
        given().contentType(ContentType.JSON).body(Map.of("name", " "))
                .post("/v1/workspaces")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x".repeat(201)))
                .post("/v1/workspaces")
                .then().statusCode(400).body("errors.field", hasItem("name"));
    }
}
