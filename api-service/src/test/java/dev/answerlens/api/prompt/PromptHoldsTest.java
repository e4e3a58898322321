package dev.answerlens.api.prompt;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;

import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A prompt shows what the scheduler holds back for it: a platform without an engine is never silently skipped. */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class PromptHoldsTest {
    @Inject
    Pool pool;

    @Test
    void aPromptShowsTheEngineHoldOfItsPlatformsAndTheWorkspacesBudgetHold() {
        Database database = new Database(pool);
        TestWorkspace workspace = TestWorkspace.create();
        String both = workspace.request().body(Map.of("text", "q1", "platforms", List.of("claude", "perplexity")))
                .post("/v1/prompts").then().statusCode(201).extract().path("id");
        String other = workspace.request().body(Map.of("text", "q2", "platforms", List.of("perplexity")))
                .post("/v1/prompts").then().statusCode(201).extract().path("id");
        database.query("INSERT INTO scheduling_holds (hold_key, platform, reason) VALUES ('engine:claude', 'claude',"
                + " 'platform claude has no engine configured')");
        database.query("INSERT INTO scheduling_holds (hold_key, workspace_id, reason) VALUES ($1, $2, 'over the daily budget')",
                "budget:" + workspace.id(), workspace.id());
        try {
            workspace.request().get("/v1/prompts/" + both).then().statusCode(200)
                    .body("holds.kind", containsInAnyOrder("engine", "budget"))
                    .body("holds.find { it.kind == 'engine' }.platform", org.hamcrest.Matchers.equalTo("claude"))
                    .body("holds.find { it.kind == 'engine' }.reason",
                            org.hamcrest.Matchers.containsString("no engine configured"));
            workspace.request().get("/v1/prompts/" + other).then().statusCode(200)
                    .body("holds.kind", contains("budget"));
            workspace.request().get("/v1/prompts?sort=text").then().statusCode(200)
                    .body("[0].holds", hasSize(2)).body("[1].holds", hasSize(1));
            workspace.request().body(Map.of("priority", 7)).patch("/v1/prompts/" + both).then().statusCode(200)
                    .body("holds", hasSize(2));
            TestWorkspace.create().request().body(Map.of("text", "q3", "platforms", List.of("perplexity")))
                    .post("/v1/prompts").then().statusCode(201).body("holds", hasSize(0));
        } finally {
            database.query("DELETE FROM scheduling_holds WHERE hold_key = 'engine:claude' OR workspace_id = $1", workspace.id());
        }
    }
}
