package dev.answerlens.api.analytics;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The collection engine is a dimension of every figure: one platform's simulated, API and browser answers are never
 * summed silently. Simulated answers count only when asked for, or in a workspace that is a simulation.
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class AnalyticsEnginesTest {
    private static final String RANGE = "?from=2026-02-01&to=2026-02-01";
    private static final double EPS = 1e-9;

    @Inject
    Pool pool;

    /** ChatGPT on 2026-02-01: 10 API answers (4 mention Acme), 90 simulated ones (all mention it). */
    private TestWorkspace seeded(boolean simulation) {
        TestWorkspace workspace = TestWorkspace.create(simulation);
        UUID acme = workspace.brand("Acme", "own");
        new RollupSeeds(new Database(pool), workspace.id())
                .answers("2026-02-01", "chatgpt", "api", 10, 4).brand("2026-02-01", "chatgpt", "api", acme, 4, 4, 4, 0)
                .answers("2026-02-01", "chatgpt", "simulated", 90, 90)
                .brand("2026-02-01", "chatgpt", "simulated", acme, 90, 90, 90, 0)
                .scheduled("2026-02-01", "chatgpt", 100);
        return workspace;
    }

    @Test
    void simulatedAnswersAreLeftOutUnlessAskedForAndTheResponseSaysWhichEnginesCount() {
        TestWorkspace workspace = seeded(false);
        workspace.request().get("/v1/analytics/summary" + RANGE).then().statusCode(200)
                .body("engines", contains("browser", "api"))
                .body("brands[0].n", equalTo(10))
                .body("brands[0].mentionRate.value", closeTo(0.4, EPS));
        workspace.request().get("/v1/analytics/summary" + RANGE + "&engine=simulated").then().statusCode(200)
                .body("engines", contains("simulated"))
                .body("brands[0].n", equalTo(90))
                .body("brands[0].mentionRate.value", closeTo(1.0, EPS));
        workspace.request().get("/v1/analytics/summary" + RANGE + "&engine=simulated,api").then().statusCode(200)
                .body("engines", contains("api", "simulated"))
                .body("brands[0].n", equalTo(100));
        workspace.request().get("/v1/analytics/timeseries" + RANGE).then().statusCode(200)
                .body("engines", contains("browser", "api"));
        workspace.request().get("/v1/analytics/leaderboard" + RANGE + "&engine=simulated").then().statusCode(200)
                .body("engines", contains("simulated"));
    }

    @Test
    void aSimulationWorkspaceCountsItsSimulatedAnswersByDefault() {
        TestWorkspace workspace = seeded(true);
        workspace.request().get("/v1/workspaces/" + workspace.id()).then().statusCode(200).body("simulation", equalTo(true));
        workspace.request().get("/v1/analytics/summary" + RANGE).then().statusCode(200)
                .body("engines", contains("browser", "api", "simulated"))
                .body("brands[0].n", equalTo(100));
    }

    @Test
    void anUnknownEngineIsABadRequestNamingTheParameter() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.request().get("/v1/analytics/summary?engine=chatgpt-web").then().statusCode(400)
                .body("errors[0].field", equalTo("engine"));
    }
}
