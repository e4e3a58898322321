package dev.answerlens.api;

import static io.restassured.RestAssured.given;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh workspace per test, created through the public API, so tests never share rows. Sign-up is operator-only
 * in the test profile: workspaces are created with its bootstrap token.
 */
public record TestWorkspace(UUID id, String key) {
    /** answerlens.api.admin.bootstrap-token of the test profile. */
    public static final String BOOTSTRAP_TOKEN = "test-bootstrap-token";

    /** Read JSON fractions as doubles (REST Assured's default is float, too coarse for rates). */
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    public static TestWorkspace create() {
        return create(false);
    }

    /** A workspace that is a simulation (its analytics count simulated answers by default), or not. */
    public static TestWorkspace create(boolean simulation) {
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + BOOTSTRAP_TOKEN)
                .body(Map.of("name", "test " + UUID.randomUUID(), "simulation", simulation))
                .post("/v1/workspaces")
                .then().statusCode(201).extract();
        return new TestWorkspace(UUID.fromString(created.path("id")), created.path("apiKey.key"));
    }

    /** A request authenticated with this workspace's key. */
    public RequestSpecification request() {
        return given().config(DOUBLES).header("Authorization", "Bearer " + key).contentType(ContentType.JSON);
    }

    /** Issues another key of this workspace with the given scope (read, write, admin) and returns it. */
    public String key(String scope) {
        return request().body(Map.of("scope", scope)).post("/v1/api-keys")
                .then().statusCode(201).extract().path("key");
    }

    /** A request authenticated with the given key of this workspace. */
    public static RequestSpecification with(String key) {
        return given().config(DOUBLES).header("Authorization", "Bearer " + key).contentType(ContentType.JSON);
    }

    /** Creates a brand and returns its id. */
    public UUID brand(String name, String kind) {
        String id = request().body(Map.of("name", name, "kind", kind))
                .post("/v1/brands").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** Creates a prompt asked on chatgpt and returns its id. */
    public UUID prompt(String text) {
        String id = request().body(Map.of("text", text, "platforms", java.util.List.of("chatgpt")))
                .post("/v1/prompts").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
