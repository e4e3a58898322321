package dev.answerlens.api.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.api.auth.ApiKeySecrets;
import io.vertx.core.buffer.Buffer;
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
                .header("Authorization", "Bearer " + TestWorkspace.BOOTSTRAP_TOKEN)
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

    @Test
    void operatorOnlySignUpRefusesAnAnonymousCaller() {
        given().contentType(ContentType.JSON).body(Map.of("name", "walk-in"))
                .post("/v1/workspaces")
                .then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", containsString("operator-only"))
                .body("detail", containsString("bootstrap token"));
    }

    @Test
    void operatorOnlySignUpRefusesAWrongTokenAndAnAdminKeyOfAnOrdinaryWorkspace() {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer not-the-token")
                .body(Map.of("name", "guess")).post("/v1/workspaces")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("neither an API key nor the bootstrap token"));
        TestWorkspace ordinary = TestWorkspace.create();
        ordinary.request().body(Map.of("name", "sideways")).post("/v1/workspaces")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("not an operator key"));
    }

    @Test
    void anOperatorsAdminKeyCreatesWorkspaces_aReadKeyOfTheSameWorkspaceDoesNot() {
        Database database = new Database(pool);
        database.query("INSERT INTO workspaces (id, name) VALUES ($1, 'operations') ON CONFLICT DO NOTHING", OPERATOR);
        String admin = operatorKey(database, "admin");
        String read = operatorKey(database, "read");

        String created = TestWorkspace.with(admin).body(Map.of("name", "client of the operator"))
                .post("/v1/workspaces").then().statusCode(201)
                .body("apiKey.scope", equalTo("admin")).extract().path("apiKey.key");
        TestWorkspace.with(created).get("/v1/brands").then().statusCode(200);
        TestWorkspace.with(read).body(Map.of("name", "not with a read key")).post("/v1/workspaces")
                .then().statusCode(403).body("detail", containsString("not an operator key"));
    }

    /** The workspace the test profile lists in answerlens.api.admin.operator-workspaces. */
    private static final UUID OPERATOR = UUID.fromString("0a0a0a0a-0000-4000-8000-0000000000aa");

    private static String operatorKey(Database database, String scope) {
        String key = ApiKeySecrets.newKey();
        database.query("INSERT INTO api_keys (id, workspace_id, key_hash, key_prefix, scope) VALUES ($1, $2, $3, $4, $5)",
                UUID.randomUUID(), OPERATOR, Buffer.buffer(ApiKeySecrets.hash(key)), ApiKeySecrets.prefixOf(key), scope);
        return key;
    }
}
