package dev.answerlens.api.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import dev.answerlens.api.AnswerSeeds;
import dev.answerlens.api.Database;
import dev.answerlens.api.Endpoints;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A workspace can neither read nor change another's data, on any endpoint: with its own valid admin
 * key, every operation aimed at the other workspace's ids answers 404, every list and analytics
 * answer leaves the other's data out, and the other's rows are unchanged afterwards.
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class WorkspaceIsolationTest {
    @Inject
    Pool pool;

    @Test
    void noEndpointLetsOneWorkspaceReadOrChangeAnothersData() {
        String marker = "Secret" + UUID.randomUUID().toString().substring(0, 8);
        TestWorkspace victim = TestWorkspace.create();
        Endpoints.Ids ids = seedVictim(victim, marker);
        String before = snapshot(victim.id());
        TestWorkspace attacker = TestWorkspace.create();
        List<String> failures = new ArrayList<>();

        for (Endpoints.Endpoint endpoint : Endpoints.ALL) {
            if (endpoint.targetsOne() && endpoint.method().equals("GET")) {
                int own = send(victim.request(), endpoint, ids).statusCode();
                if (own != 200) {
                    failures.add(endpoint + ": the owner itself got " + own + ", so a 404 would prove nothing");
                }
            }
            Response response = send(attacker.request(), endpoint, ids);
            String body = response.asString();
            if (endpoint.targetsOne() && response.statusCode() != 404) {
                failures.add(endpoint + ": expected 404 for another workspace's id, got " + response.statusCode());
            }
            if (response.statusCode() >= 500) {
                failures.add(endpoint + ": " + response.statusCode());
            }
            String asked = endpoint.path(ids);
            for (String secret : secrets(ids, marker)) {
                if (body.contains(secret) && !asked.contains(secret)) { // a 404 may echo the id the caller sent
                    failures.add(endpoint + ": the answer contains the other workspace's " + secret);
                }
            }
        }

        assertThat(String.join("\n", failures), failures, equalTo(List.of()));
        assertThat("the victim's data is unchanged", snapshot(victim.id()), equalTo(before));
        victim.request().get("/v1/brands").then().statusCode(200).body(containsString(marker));
        victim.request().get("/v1/analytics/answers").then().statusCode(200).body(containsString(marker + " answer text"));
        victim.request().get("/v1/analytics/competitor-suggestions").then().statusCode(200)
                .body(containsString(marker + "Rival"));
    }

    private Endpoints.Ids seedVictim(TestWorkspace victim, String marker) {
        UUID brand = victim.brand(marker + " Brand", "own");
        UUID prompt = victim.prompt(marker + " question?");
        victim.request().body(Map.of("tags", List.of("crm"))).patch("/v1/prompts/" + prompt).then().statusCode(200);
        victim.key("read");
        String keyId = victim.request().get("/v1/api-keys").then().extract().path("find { it.scope == 'read' }.id");
        String run = victim.request().post("/v1/prompts/" + prompt + "/runs").then().statusCode(202)
                .extract().path("runRequestId");
        victim.request().body(Map.of("dailyJobs", 77)).put("/v1/budget").then().statusCode(200);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Database database = new Database(pool);
        database.query("INSERT INTO answer_daily_rollups (workspace_id, day, platform, engine, answers, brand_mentions)"
                + " VALUES ($1, $2, 'chatgpt', 'api', 10, 4)", victim.id(), today);
        database.query("INSERT INTO brand_daily_rollups (workspace_id, day, platform, engine, brand_id, answers_mentioning,"
                + " mention_count, position_sum, answers_first, answers_citing) VALUES ($1, $2, 'chatgpt', 'api', $3, 4, 5, 6, 2, 1)",
                victim.id(), today, brand);
        AnswerSeeds answers = new AnswerSeeds(database, victim.id());
        UUID firstAnswer = null;
        for (int i = 0; i < 2; i++) {
            UUID answer = answers.answer(prompt, today, "chatgpt", marker + " answer text");
            firstAnswer = firstAnswer == null ? answer : firstAnswer;
            answers.mention(answer, brand, 1, "positive", 0.8).discovered(answer, marker + "Rival")
                    .citation(answer, 1, "https://" + marker.toLowerCase() + ".example/page", marker.toLowerCase() + ".example", "own");
        }
        database.query("INSERT INTO scheduling_holds (hold_key, workspace_id, reason) VALUES ($1, $2, $3)",
                "budget:" + victim.id(), victim.id(), marker + " daily job budget reached");
        String webhook = victim.request().body(Map.of("url", "https://" + marker.toLowerCase() + ".example/hook",
                "events", List.of("mention-rate.drop"))).post("/v1/webhooks").then().statusCode(201).extract().path("id");
        return new Endpoints.Ids(Map.of("workspaces", victim.id(), "brands", brand, "prompts", prompt,
                "api-keys", UUID.fromString(keyId), "run-requests", UUID.fromString(run),
                "webhooks", UUID.fromString(webhook), "analytics/answers", firstAnswer));
    }

    private static List<String> secrets(Endpoints.Ids ids, String marker) {
        List<String> secrets = new ArrayList<>();
        ids.byCollection().values().forEach(id -> secrets.add(id.toString()));
        secrets.add(marker);
        return secrets;
    }

    private static Response send(RequestSpecification request, Endpoints.Endpoint endpoint, Endpoints.Ids ids) {
        if (endpoint.hasBody()) {
            request = request.contentType(endpoint.contentType()).body(endpoint.validBody());
        }
        return request.request(endpoint.method(), endpoint.path(ids));
    }

    /** Everything stored for the workspace, as text, to compare before and after. */
    private String snapshot(UUID workspaceId) {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("workspaces", "api_keys", "brands", "prompts", "run_requests",
                "workspace_budgets", "scheduling_holds", "webhooks", "answer_daily_rollups", "brand_daily_rollups")) {
            String column = table.equals("workspaces") ? "id" : "workspace_id";
            new Database(pool).query("SELECT t::text AS row FROM " + table + " t WHERE " + column + " = $1 ORDER BY 1",
                    workspaceId).forEach(row -> all.append(table).append(": ").append(row.getString("row")).append('\n'));
        }
        assertThat(all.length(), not(lessThan(100)));
        return all.toString();
    }
}
