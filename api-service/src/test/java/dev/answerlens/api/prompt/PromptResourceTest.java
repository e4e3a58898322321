package dev.answerlens.api.prompt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class PromptResourceTest {
    @Inject
    Pool pool;

    @Test
    void aNewPromptTakesTheDefaultsAndIsDueAtOnce() {
        TestWorkspace workspace = TestWorkspace.create();
        Instant before = Instant.now().minusSeconds(1);
        String id = workspace.request()
                .body(Map.of("text", "Best CRM for a small agency?", "platforms", List.of("chatgpt", "perplexity")))
                .post("/v1/prompts")
                .then().statusCode(201)
                .body("language", equalTo("en"))
                .body("country", equalTo("US"))
                .body("platforms", contains("chatgpt", "perplexity"))
                .body("tags", hasSize(0))
                .body("cadenceMinutes", equalTo(1440))
                .body("samplesPerRun", equalTo(3))
                .body("priority", equalTo(5))
                .body("active", equalTo(true))
                .extract().path("id");

        Row stored = new Database(pool).single("SELECT next_run_at, workspace_id FROM prompts WHERE id = $1",
                UUID.fromString(id));
        Instant nextRun = stored.getOffsetDateTime("next_run_at").toInstant();
        assertThat(nextRun, greaterThanOrEqualTo(before));
        assertThat(nextRun, lessThanOrEqualTo(Instant.now().plusSeconds(1)));
        assertThat(stored.getUUID("workspace_id"), equalTo(workspace.id()));
    }

    @Test
    void storesEveryFieldItIsGiven() {
        TestWorkspace workspace = TestWorkspace.create();
        String id = workspace.request()
                .body(Map.of("text", "Meilleur CRM ?", "tags", List.of("crm", "fr"), "language", "fr",
                        "country", "FR", "platforms", List.of("gemini", "claude", "gemini"), "cadenceMinutes", 60,
                        "samplesPerRun", 10, "priority", 9, "active", false))
                .post("/v1/prompts").then().statusCode(201).extract().path("id");

        workspace.request().get("/v1/prompts/" + id)
                .then().statusCode(200)
                .body("text", equalTo("Meilleur CRM ?"))
                .body("tags", contains("crm", "fr"))
                .body("language", equalTo("fr"))
                .body("country", equalTo("FR"))
                .body("platforms", contains("gemini", "claude"))
                .body("cadenceMinutes", equalTo(60))
                .body("samplesPerRun", equalTo(10))
                .body("priority", equalTo(9))
                .body("active", equalTo(false));
    }

    @Test
    void refusesAnInvalidPromptNamingEachField() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.request()
                .body(Map.of("text", "q", "platforms", List.of("chatgpt", "altavista"), "cadenceMinutes", 4,
                        "samplesPerRun", 1001, "priority", 10, "country", "usa", "language", "English"))
                .post("/v1/prompts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("cadenceMinutes", "country", "language", "platforms[1]",
                        "priority", "samplesPerRun"));
    }

    @Test
    void platformsAreRequiredAndNonEmpty() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.request().body(Map.of("text", "q"))
                .post("/v1/prompts").then().statusCode(400).body("errors.field", contains("platforms"));
        workspace.request().body(Map.of("text", "q", "platforms", List.of()))
                .post("/v1/prompts").then().statusCode(400).body("errors.field", contains("platforms"));
        workspace.request().body(Map.of("platforms", List.of("chatgpt")))
                .post("/v1/prompts").then().statusCode(400).body("errors.field", contains("text"));
    }

    @Test
    void pagesThroughPromptsInCreationOrderWithTheLinkHeader() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID first = workspace.prompt("one");
        UUID second = workspace.prompt("two");
        UUID third = workspace.prompt("three");
        TestWorkspace.create().prompt("someone else's");

        String link = workspace.request().queryParam("limit", 2).get("/v1/prompts")
                .then().statusCode(200)
                .body("id", contains(first.toString(), second.toString()))
                .extract().header("Link");
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));

        workspace.request().get(next)
                .then().statusCode(200)
                .body("id", contains(third.toString()))
                .header("Link", nullValue());
    }

    @Test
    void refusesABadPageSizeOrCursor() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.request().queryParam("limit", 0).get("/v1/prompts")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        workspace.request().queryParam("limit", "ten").get("/v1/prompts")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        workspace.request().queryParam("after", "bogus!").get("/v1/prompts")
                .then().statusCode(400).body("errors[0].field", equalTo("after"));
    }

    @Test
    void anotherWorkspacesPromptIsNotFound() {
        TestWorkspace mine = TestWorkspace.create();
        UUID theirs = TestWorkspace.create().prompt("secret question");

        mine.request().get("/v1/prompts/" + theirs)
                .then().statusCode(404).contentType("application/problem+json");
        mine.request().post("/v1/prompts/" + theirs + "/runs")
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(new Database(pool).query("SELECT 1 FROM run_requests WHERE prompt_id = $1", theirs).size(),
                equalTo(0));
    }

    @Test
    void runNowRecordsAPendingRunRequest() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID prompt = workspace.prompt("run me");

        String id = given().header("Authorization", "Bearer " + workspace.key())
                .post("/v1/prompts/" + prompt + "/runs")
                .then().statusCode(202)
                .extract().path("runRequestId");

        Row request = new Database(pool).single(
                "SELECT workspace_id, prompt_id, requested_at, handled_at FROM run_requests WHERE id = $1",
                UUID.fromString(id));
        assertThat(request.getUUID("workspace_id"), equalTo(workspace.id()));
        assertThat(request.getUUID("prompt_id"), equalTo(prompt));
        assertThat(request.getOffsetDateTime("handled_at"), nullValue());
        assertThat(request.getOffsetDateTime("requested_at"), greaterThanOrEqualTo(OffsetDateTime.now().minusMinutes(1)));
    }

    @Test
    void runNowOfAnUnknownPromptIsNotFound() {
        TestWorkspace.create().request().post("/v1/prompts/" + UUID.randomUUID() + "/runs")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
