package dev.answerlens.api.prompt;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The scheduler's settings through the API: cron or interval cadence, adaptive sampling, run now for a tag, outcomes. */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class PromptSchedulingTest {
    @Inject
    Pool pool;

    @Test
    void storesACronCadenceAndAdaptiveSamplingForTheScheduler() {
        TestWorkspace workspace = TestWorkspace.create();
        String id = workspace.request()
                .body(Map.of("text", "best crm?", "platforms", List.of("chatgpt"), "cron", "0 9 * * 1-5", "adaptive", true))
                .post("/v1/prompts").then().statusCode(201)
                .body("cron", equalTo("0 9 * * 1-5"))
                .body("adaptive", equalTo(true))
                .extract().path("id");

        var row = new Database(pool).single("SELECT cron, adaptive FROM prompts WHERE id = $1", UUID.fromString(id));
        assertThat(row.getString("cron"), equalTo("0 9 * * 1-5"));
        assertThat(row.getBoolean("adaptive"), equalTo(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"61 * * * *", "0 0 9 * * ?", "every day", "* * * *", "0 25 * * *", "0 9 * * MON-XYZ"})
    void refusesAnInvalidCronExpressionNamingTheField(String cron) {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.request().body(Map.of("text", "q", "platforms", List.of("chatgpt"), "cron", cron))
                .post("/v1/prompts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("cron"))
                .body("errors[0].message", containsString("cron expression"));
        UUID prompt = workspace.prompt("q");
        workspace.request().body(Map.of("cron", cron)).patch("/v1/prompts/" + prompt)
                .then().statusCode(400).body("errors.field", contains("cron"));
    }

    @Test
    void patchingTheCronMovesTheNextRunToItsNextOccurrence_andAnEmptyCronRemovesIt() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID prompt = workspace.prompt("q");

        String next = workspace.request().body(Map.of("cron", "30 6 * * *", "priority", 8, "samplesPerRun", 7))
                .patch("/v1/prompts/" + prompt).then().statusCode(200)
                .body("cron", equalTo("30 6 * * *"))
                .body("priority", equalTo(8))
                .body("samplesPerRun", equalTo(7))
                .body("text", equalTo("q"))
                .extract().path("nextRunAt");
        ZonedDateTime at = Instant.parse(next).atZone(ZoneOffset.UTC);
        assertThat(at.getHour() + ":" + at.getMinute(), equalTo("6:30"));
        assertThat(Instant.parse(next).isAfter(Instant.now()), equalTo(true));

        workspace.request().body(Map.of("cron", "")).patch("/v1/prompts/" + prompt).then().statusCode(200)
                .body("cron", nullValue());
        workspace.request().get("/v1/prompts/" + prompt).then().body("cron", nullValue()).body("priority", equalTo(8));
    }

    @Test
    void runNowForATagRecordsOneRequestPerActivePromptWithIt_andShowsTheSchedulersOutcome() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID tagged = workspace.prompt("a");
        UUID inactive = workspace.prompt("b");
        workspace.prompt("c");
        workspace.request().body(Map.of("tags", List.of("crm", "q1"))).patch("/v1/prompts/" + tagged).then().statusCode(200);
        workspace.request().body(Map.of("tags", List.of("crm"), "active", false)).patch("/v1/prompts/" + inactive)
                .then().statusCode(200);

        List<String> ids = workspace.request().body(Map.of("tag", "crm")).post("/v1/run-requests")
                .then().statusCode(202)
                .body("prompts", equalTo(1))
                .extract().path("runRequestIds");
        assertThat(ids, hasSize(1));

        workspace.request().get("/v1/run-requests/" + ids.get(0)).then().statusCode(200)
                .body("promptId", equalTo(tagged.toString()))
                .body("handledAt", nullValue())
                .body("outcome", nullValue());

        // what the scheduler writes when a budget refuses the run (scheduler-service RunBookkeeping)
        new Database(pool).query("UPDATE run_requests SET handled_at = now(), outcome = $2 WHERE id = $1",
                UUID.fromString(ids.get(0)), "daily job budget of 5 reached: 4 jobs scheduled today, a run needs 3");

        workspace.request().get("/v1/run-requests/" + ids.get(0)).then().statusCode(200)
                .body("handledAt", notNullValue())
                .body("outcome", containsString("daily job budget"));
        workspace.request().get("/v1/run-requests").then().statusCode(200)
                .body("id", contains(ids.get(0)));
    }

    @Test
    void aRunRequestShowsHowFarItsJobsHaveGot_countingOnlyTheManualJobsDueAtItsTime() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID prompt = workspace.prompt("a");
        String run = workspace.request().post("/v1/prompts/" + prompt + "/runs").then().statusCode(202)
                .extract().path("runRequestId");
        workspace.request().get("/v1/run-requests/" + run).then().statusCode(200)
                .body("progress.jobs", equalTo(0))
                .body("progress.done", equalTo(false));

        // what the scheduler writes when it plans the request (scheduler-service RunDecisions, RunBookkeeping)
        Database database = new Database(pool);
        database.query("UPDATE run_requests SET handled_at = now(), outcome = 'scheduled 4 jobs' WHERE id = $1",
                UUID.fromString(run));
        UUID runId = UUID.randomUUID();
        for (String state : List.of("collected", "parked", "retrying", "queued")) {
            database.query("INSERT INTO jobs (id, workspace_id, prompt_id, run_id, trigger, platform, sample, priority, day,"
                    + " state, due_at, created_at, engine, updated_at) SELECT gen_random_uuid(), workspace_id, prompt_id, $2,"
                    + " 'manual', 'chatgpt', 1, 5, current_date, $3, requested_at, now(), 'api', now()"
                    + " FROM run_requests WHERE id = $1", UUID.fromString(run), runId, state);
        }
        // a scheduled run of the same prompt is not this request's
        database.query("INSERT INTO jobs (id, workspace_id, prompt_id, run_id, trigger, platform, sample, priority, day,"
                + " state, due_at, created_at, engine, updated_at) VALUES (gen_random_uuid(), $1, $2, gen_random_uuid(),"
                + " 'schedule', 'chatgpt', 1, 5, current_date, 'pending', now(), now(), 'api', now())", workspace.id(), prompt);

        workspace.request().get("/v1/run-requests/" + run).then().statusCode(200)
                .body("progress.jobs", equalTo(4))
                .body("progress.collected", equalTo(1))
                .body("progress.failed", equalTo(1))
                .body("progress.pending", equalTo(2))
                .body("progress.done", equalTo(false));
        database.query("UPDATE jobs SET state = 'collected' WHERE run_id = $1 AND state IN ('retrying', 'queued')", runId);
        workspace.request().get("/v1/run-requests/" + run).then().statusCode(200)
                .body("progress.collected", equalTo(3))
                .body("progress.pending", equalTo(0))
                .body("progress.done", equalTo(true));
    }

    @Test
    void runRequestsPageNewestFirst() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID prompt = workspace.prompt("a");
        String first = workspace.request().post("/v1/prompts/" + prompt + "/runs").then().extract().path("runRequestId");
        String second = workspace.request().post("/v1/prompts/" + prompt + "/runs").then().extract().path("runRequestId");
        String third = workspace.request().post("/v1/prompts/" + prompt + "/runs").then().extract().path("runRequestId");

        String link = workspace.request().get("/v1/run-requests?limit=2").then().statusCode(200)
                .body("id", contains(third, second)).extract().header("Link");
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        workspace.request().get(next).then().statusCode(200).body("id", contains(first)).header("Link", nullValue());
    }
}
