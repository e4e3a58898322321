package dev.answerlens.api.analytics.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.api.analytics.RollupSeeds;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With Redis unreachable the analytics still answer, from the database. */
@QuarkusTest
@TestProfile(RedisDownTest.UnreachableRedis.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class RedisDownTest {

    /** Points the Redis client at a port nothing listens on. */
    public static class UnreachableRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:1", "answerlens.api.cache.timeout", "300ms");
        }
    }

    @Inject
    Pool pool;

    @Test
    void theSummaryIsServedFromTheDatabaseWhenRedisIsDown() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        new RollupSeeds(new Database(pool), workspace.id()).answers("2026-03-01", "chatgpt", 4, 1)
                .brand("2026-03-01", "chatgpt", acme, 1, 1, 1, 0);

        for (int i = 0; i < 2; i++) {
            workspace.request().get("/v1/analytics/summary?from=2026-03-01&to=2026-03-01&platform=chatgpt")
                    .then().statusCode(200)
                    .body("brands.name", contains("Acme"))
                    .body("brands[0].n", equalTo(4))
                    .body("brands[0].mentionRate.value", closeTo(0.25, 1e-9));
        }
    }

    @Test
    void theTimeSeriesIsServedAndRequestsAreNotRateLimitedWhenRedisIsDown() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        new RollupSeeds(new Database(pool), workspace.id()).answers("2026-03-01", "chatgpt", 4, 1)
                .brand("2026-03-01", "chatgpt", acme, 1, 1, 1, 0);

        workspace.request().get("/v1/analytics/timeseries?from=2026-03-01&to=2026-03-02&platform=chatgpt")
                .then().statusCode(200)
                .body("brands[0].n", contains(4, 0))
                .body("brands[0].mentionRate.value[0]", closeTo(0.25, 1e-9));
        workspace.request().get("/v1/analytics/leaderboard?from=2026-03-01&to=2026-03-01").then().statusCode(200)
                .body("entries[0].name", equalTo("Acme"));
    }

    @Test
    void theServiceStaysReadyWithoutRedis() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void brandsCanStillBeCreatedWhenTheCacheCannotBeInvalidated() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.brand("Acme", "own");
        workspace.request().get("/v1/brands").then().statusCode(200).body("name", contains("Acme"));
    }
}
