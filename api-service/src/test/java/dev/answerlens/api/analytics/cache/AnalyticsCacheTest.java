package dev.answerlens.api.analytics.cache;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.api.analytics.RollupSeeds;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class AnalyticsCacheTest {
    private static final String QUERY = "?from=2026-03-01&to=2026-03-01&platform=chatgpt";
    private static final double EPS = 1e-9;

    @Inject
    Pool pool;
    @Inject
    AnalyticsCache cache;
    @Inject
    RedisDataSource redis;
    @ConfigProperty(name = "answerlens.redis.key-prefix")
    String prefix;

    private double mentionRate(TestWorkspace workspace) {
        return workspace.request().get("/v1/analytics/summary" + QUERY)
                .then().statusCode(200).extract().jsonPath().getDouble("brands[0].mentionRate.value");
    }

    /** A workspace whose own brand Acme was mentioned in 4 of 10 ChatGPT answers on 2026-03-01. */
    private TestWorkspace acmeMentionedInFourOfTenAnswers() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        new RollupSeeds(new Database(pool), workspace.id()).answers("2026-03-01", "chatgpt", 10, 4)
                .brand("2026-03-01", "chatgpt", acme, 4, 4, 4, 0);
        return workspace;
    }

    /** Changes the rollups behind the cache's back (no invalidation): Acme now in 7 of the 10 answers. */
    private void mentionAcmeInSevenOfTen(TestWorkspace workspace) {
        new Database(pool).query("UPDATE brand_daily_rollups SET answers_mentioning = 7 WHERE workspace_id = $1", workspace.id());
    }

    private static void fetchSummary(TestWorkspace workspace) {
        workspace.request().get("/v1/analytics/summary" + QUERY).then().statusCode(200);
    }

    private static double cacheRequests(String result) {
        return metricLines().filter(line -> line.startsWith("answerlens_cache_requests_total{")
                        && line.contains("result=\"" + result + "\""))
                .mapToDouble(AnalyticsCacheTest::sampleValue)
                .sum();
    }

    private static double counter(String name) {
        return metricLines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(AnalyticsCacheTest::sampleValue)
                .sum();
    }

    private static java.util.stream.Stream<String> metricLines() {
        return io.restassured.RestAssured.given().header("Authorization", "Bearer local-metrics-token")
                .get("/q/metrics").then().statusCode(200).extract().asString().lines();
    }

    /** The value of a Prometheus sample line; an OpenTelemetry exemplar ("# {trace_id=...} ...") may follow it. */
    private static double sampleValue(String line) {
        int labelsEnd = line.indexOf("} ");
        String rest = labelsEnd >= 0 ? line.substring(labelsEnd + 2) : line.substring(line.indexOf(' ') + 1);
        return Double.parseDouble(rest.split(" ")[0]);
    }

    @Test
    void countsHitsAndMissesForPrometheus() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.brand("Acme", "own");
        double hits = cacheRequests("hit");
        double misses = cacheRequests("miss");

        fetchSummary(workspace);
        fetchSummary(workspace);
        fetchSummary(workspace);

        assertThat(cacheRequests("miss") - misses, closeTo(1, EPS));
        assertThat(cacheRequests("hit") - hits, closeTo(2, EPS));
    }

    @Test
    void servesTheCachedSummaryUntilTheWorkspaceIsInvalidated() {
        TestWorkspace workspace = acmeMentionedInFourOfTenAnswers();
        assertThat(mentionRate(workspace), closeTo(0.4, EPS));

        mentionAcmeInSevenOfTen(workspace);
        assertThat("still the cached answer", mentionRate(workspace), closeTo(0.4, EPS));

        cache.invalidate(workspace.id()).await().atMost(Duration.ofSeconds(5));
        assertThat("recomputed after invalidation", mentionRate(workspace), closeTo(0.7, EPS));
    }

    @Test
    void keysCarryTheWorkspaceVersionAndExpire() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.brand("Acme", "own"); // creating a brand is itself an invalidation
        String workspaceKeys = prefix + "ws:" + workspace.id() + ":";
        long version = Long.parseLong(redis.value(String.class).get(workspaceKeys + "version"));

        fetchSummary(workspace);
        List<String> entries = redis.key().keys(workspaceKeys + "v" + version + ":summary:*");
        assertThat(entries, hasSize(1));
        assertThat(entries.get(0), matchesPattern(".*:v" + version + ":summary:[0-9a-f]{64}"));
        assertThat(redis.key().ttl(entries.get(0)), allOf(greaterThan(0L), lessThanOrEqualTo(600L)));

        cache.invalidate(workspace.id()).await().atMost(Duration.ofSeconds(5));
        cache.invalidate(workspace.id()).await().atMost(Duration.ofSeconds(5));
        assertThat(redis.value(String.class).get(workspaceKeys + "version"), equalTo(Long.toString(version + 2)));
        fetchSummary(workspace);
        assertThat(redis.key().keys(workspaceKeys + "v" + (version + 2) + ":summary:*"), hasSize(1));
    }

    @Test
    void invalidatingOneWorkspaceLeavesAnothersCacheAlone() {
        TestWorkspace mine = TestWorkspace.create();
        TestWorkspace theirs = TestWorkspace.create();
        mine.brand("Acme", "own");
        theirs.brand("Acme", "own");
        String theirVersion = redis.value(String.class).get(prefix + "ws:" + theirs.id() + ":version");
        fetchSummary(theirs);

        cache.invalidate(mine.id()).await().atMost(Duration.ofSeconds(5));

        assertThat(redis.value(String.class).get(prefix + "ws:" + theirs.id() + ":version"), equalTo(theirVersion));
        assertThat(redis.key().keys(prefix + "ws:" + theirs.id() + ":v" + theirVersion + ":summary:*"), hasSize(1));
    }

    @Test
    void servesItsOwnCopyOfAnEntryWhileRedisConfirmsItsVersion() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.brand("Acme", "own");
        fetchSummary(workspace);
        double localHits = counter("answerlens_cache_local_hits_total");

        fetchSummary(workspace);
        fetchSummary(workspace);

        assertThat(counter("answerlens_cache_local_hits_total") - localHits, closeTo(2, EPS));
    }

    @Test
    void aVersionBumpedByAnotherReplicaIsSeenAtOnce() {
        TestWorkspace workspace = acmeMentionedInFourOfTenAnswers();
        assertThat(mentionRate(workspace), closeTo(0.4, EPS));
        assertThat("served from this replica's copy", mentionRate(workspace), closeTo(0.4, EPS));

        mentionAcmeInSevenOfTen(workspace);
        redis.value(String.class).incr(prefix + "ws:" + workspace.id() + ":version"); // as another replica does

        assertThat(mentionRate(workspace), closeTo(0.7, EPS));
    }

    @Test
    void versionsDoNotRepeatWhenRedisLosesItsKeys() {
        TestWorkspace workspace = acmeMentionedInFourOfTenAnswers();
        assertThat(mentionRate(workspace), closeTo(0.4, EPS));

        mentionAcmeInSevenOfTen(workspace);
        List<String> workspaceKeys = redis.key().keys(prefix + "ws:" + workspace.id() + ":*");
        redis.key().del(workspaceKeys.toArray(String[]::new)); // a Redis restart without persistence
        cache.invalidate(workspace.id()).await().atMost(Duration.ofSeconds(5));

        assertThat("the replica's copy of the old version is not taken for the new one", mentionRate(workspace),
                closeTo(0.7, EPS));
    }

    @Test
    void aNewBrandAppearsInTheSummaryAtOnce() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.brand("Acme", "own");
        workspace.request().get("/v1/analytics/summary" + QUERY).then().body("brands.name", contains("Acme"));

        workspace.brand("Bolt", "competitor");

        workspace.request().get("/v1/analytics/summary" + QUERY).then().body("brands.name", contains("Acme", "Bolt"));
    }
}
