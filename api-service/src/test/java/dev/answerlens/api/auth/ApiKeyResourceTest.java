package dev.answerlens.api.auth;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class ApiKeyResourceTest {
    @Inject
    Pool pool;

    @Test
    void issuesAKeyOnceAndStoresOnlyItsHash() {
        TestWorkspace workspace = TestWorkspace.create();
        ExtractableResponse<Response> issued = workspace.request().body(Map.of("scope", "read"))
                .post("/v1/api-keys")
                .then().statusCode(201)
                .body("scope", equalTo("read"))
                .extract();
        String key = issued.path("key");
        assertThat(key, matchesPattern("al_[A-Za-z0-9_-]{32}"));

        String listing = workspace.request().get("/v1/api-keys")
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("prefix", hasItem(key.substring(0, 11)))
                .extract().asString();
        assertThat(listing, not(containsString(key)));
        assertThat(listing, not(containsString("key\"")));
        assertArrayEquals(ApiKeySecrets.hash(key), new Database(pool)
                .single("SELECT key_hash FROM api_keys WHERE id = $1", UUID.fromString(issued.path("id")))
                .getBuffer("key_hash").getBytes());
    }

    @Test
    void scopesNest_readOnlyReads_writeChangesData_onlyAdminManagesKeys() {
        TestWorkspace workspace = TestWorkspace.create();
        String read = workspace.key("read");
        String write = workspace.key("write");

        TestWorkspace.with(read).get("/v1/brands").then().statusCode(200);
        TestWorkspace.with(read).body(Map.of("name", "Acme", "kind", "own")).post("/v1/brands")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("write scope"));
        TestWorkspace.with(write).body(Map.of("name", "Acme", "kind", "own")).post("/v1/brands")
                .then().statusCode(201);
        TestWorkspace.with(write).get("/v1/api-keys").then().statusCode(403)
                .body("detail", containsString("admin scope"));
        TestWorkspace.with(write).body(Map.of("scope", "admin")).post("/v1/api-keys").then().statusCode(403);
        TestWorkspace.with(read).get("/v1/api-keys").then().statusCode(403);
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        TestWorkspace workspace = TestWorkspace.create();
        String write = workspace.key("write");
        TestWorkspace.with(write).get("/v1/brands").then().statusCode(200);
        String id = workspace.request().get("/v1/api-keys").then().extract()
                .path("find { it.scope == 'write' }.id");

        workspace.request().delete("/v1/api-keys/" + id)
                .then().statusCode(200).body("revokedAt", notNullValue());
        workspace.request().delete("/v1/api-keys/" + id).then().statusCode(200);

        TestWorkspace.with(write).get("/v1/brands").then().statusCode(401)
                .body("detail", containsString("revoked"));
        workspace.request().get("/v1/brands").then().statusCode(200);
    }

    @Test
    void theLastLiveAdminKeyCannotBeRevoked() {
        TestWorkspace workspace = TestWorkspace.create();
        String ownId = workspace.request().get("/v1/api-keys").then().extract().path("[0].id");

        workspace.request().delete("/v1/api-keys/" + ownId)
                .then().statusCode(409).contentType("application/problem+json");

        String second = workspace.key("admin");
        TestWorkspace.with(second).delete("/v1/api-keys/" + ownId).then().statusCode(200);
        workspace.request().get("/v1/brands").then().statusCode(401);
    }

    @Test
    void aKeyOfAnotherWorkspaceCannotBeRevoked() {
        TestWorkspace mine = TestWorkspace.create();
        TestWorkspace theirs = TestWorkspace.create();
        String theirId = theirs.request().get("/v1/api-keys").then().extract().path("[0].id");

        mine.request().delete("/v1/api-keys/" + theirId).then().statusCode(404);
        theirs.request().get("/v1/brands").then().statusCode(200);
    }

    @Test
    void refusesAnUnknownScope() {
        TestWorkspace.create().request().body(Map.of("scope", "root")).post("/v1/api-keys")
                .then().statusCode(400).body("errors[0].field", equalTo("scope"));
    }
}
