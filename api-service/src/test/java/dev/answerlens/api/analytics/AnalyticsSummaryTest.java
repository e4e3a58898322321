package dev.answerlens.api.analytics;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.stats.WilsonInterval;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class AnalyticsSummaryTest {
    private static final double EPS = 1e-9;

    @Inject
    Pool pool;

    /**
     * Two days of chatgpt and perplexity rollups for Acme (own) and Bolt; Cobalt has no rows.
     * Rows outside the range, on gemini, and of another workspace must not count.
     */
    private TestWorkspace seeded() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        UUID bolt = workspace.brand("Bolt", "competitor");
        workspace.brand("Cobalt", "competitor");
        new RollupSeeds(new Database(pool), workspace.id())
                .answers("2026-01-01", "chatgpt", 6, 7).answers("2026-01-02", "chatgpt", 4, 3)
                .answers("2026-01-01", "perplexity", 10, 5)
                .answers("2025-12-31", "chatgpt", 100, 100).answers("2026-01-01", "gemini", 50, 50)
                .scheduled("2026-01-01", "chatgpt", 8).scheduled("2026-01-02", "chatgpt", 4)
                .scheduled("2026-01-01", "perplexity", 12)
                .scheduled("2025-12-31", "chatgpt", 100).scheduled("2026-01-01", "gemini", 60)
                .brand("2026-01-01", "chatgpt", acme, 4, 6, 3, 2).brand("2026-01-02", "chatgpt", acme, 2, 2, 2, 0)
                .brand("2026-01-01", "perplexity", acme, 3, 6, 1, 3)
                .brand("2026-01-01", "chatgpt", bolt, 3, 6, 1, 0).brand("2026-01-02", "chatgpt", bolt, 1, 2, 0, 0)
                .brand("2026-01-01", "perplexity", bolt, 2, 2, 2, 1)
                .brand("2025-12-31", "chatgpt", acme, 90, 90, 90, 90).brand("2026-01-01", "gemini", acme, 50, 50, 50, 50);
        TestWorkspace other = TestWorkspace.create();
        UUID otherBrand = other.brand("Acme", "own");
        new RollupSeeds(new Database(pool), other.id())
                .answers("2026-01-01", "chatgpt", 1000, 1000).scheduled("2026-01-01", "chatgpt", 1000)
                .brand("2026-01-01", "chatgpt", otherBrand, 1000, 1000, 1000, 1000);
        return workspace;
    }

    private static ValidatableResponse summary(TestWorkspace workspace, String query) {
        return workspace.request().get("/v1/analytics/summary" + query).then().statusCode(200);
    }

    @Test
    void computesEveryMetricFromTheRollupsInTheFilter() {
        WilsonInterval mention = WilsonInterval.of(9, 20);
        summary(seeded(), "?from=2026-01-01&to=2026-01-02&platform=perplexity&platform=chatgpt")
                .body("from", equalTo("2026-01-01"))
                .body("to", equalTo("2026-01-02"))
                .body("platforms", contains("chatgpt", "perplexity"))
                .body("coverage.collected", equalTo(20))
                .body("coverage.scheduled", equalTo(24))
                .body("coverage.rate", closeTo(20.0 / 24, EPS))
                .body("brands.name", contains("Acme", "Bolt", "Cobalt"))
                .body("brands[0].kind", equalTo("own"))
                .body("brands[0].n", equalTo(20))
                .body("brands[0].mentionRate.value", closeTo(0.45, EPS))
                .body("brands[0].mentionRate.low", closeTo(mention.low(), EPS))
                .body("brands[0].mentionRate.high", closeTo(mention.high(), EPS))
                .body("brands[0].mentionRate.n", equalTo(20))
                .body("brands[0].shareOfVoice.value", closeTo(9.0 / 15, EPS))
                .body("brands[0].averagePosition.value", closeTo(14.0 / 9, EPS))
                .body("brands[0].firstRate.value", closeTo(0.30, EPS))
                .body("brands[0].citationRate.value", closeTo(0.25, EPS))
                .body("brands[1].mentionRate.value", closeTo(0.30, EPS))
                .body("brands[1].shareOfVoice.value", closeTo(6.0 / 15, EPS))
                .body("brands[1].averagePosition.value", closeTo(10.0 / 6, EPS))
                .body("brands[1].firstRate.value", closeTo(0.15, EPS))
                .body("brands[1].citationRate.value", closeTo(0.05, EPS))
                .body("brands[2].mentionRate.value", closeTo(0.0, EPS))
                .body("brands[2].averagePosition.value", nullValue());
    }

    @Test
    void breaksEachBrandDownByPlatformWithThatPlatformsCoverage() {
        summary(seeded(), "?from=2026-01-01&to=2026-01-02&platform=chatgpt,perplexity")
                .body("brands[0].byPlatform.platform", contains("chatgpt", "perplexity"))
                .body("brands[0].byPlatform[0].n", equalTo(10))
                .body("brands[0].byPlatform[0].mentionRate.value", closeTo(0.6, EPS))
                .body("brands[0].byPlatform[0].shareOfVoice.value", closeTo(0.6, EPS))
                .body("brands[0].byPlatform[0].averagePosition.value", closeTo(8.0 / 6, EPS))
                .body("brands[0].byPlatform[0].firstRate.value", closeTo(0.5, EPS))
                .body("brands[0].byPlatform[0].citationRate.value", closeTo(0.2, EPS))
                .body("brands[0].byPlatform[0].coverage.collected", equalTo(10))
                .body("brands[0].byPlatform[0].coverage.scheduled", equalTo(12))
                .body("brands[0].byPlatform[1].averagePosition.value", closeTo(2.0, EPS))
                .body("brands[0].byPlatform[1].citationRate.value", closeTo(0.3, EPS));
    }

    @Test
    void withoutAPlatformFilterEveryPlatformCounts() {
        summary(seeded(), "?from=2026-01-01&to=2026-01-02")
                .body("platforms.size()", equalTo(7))
                .body("coverage.collected", equalTo(70))
                .body("coverage.scheduled", equalTo(84))
                .body("brands[0].mentionRate.value", closeTo(59.0 / 70, EPS))
                .body("brands[0].byPlatform.size()", equalTo(7));
    }

    @Test
    void everyFigureCarriesItsNAndIntervalAndFiguresOverFewObservationsAreMarkedInsufficient() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        new RollupSeeds(new Database(pool), workspace.id())
                .answers("2026-01-05", "chatgpt", 40, 60).scheduled("2026-01-05", "chatgpt", 50)
                .brand("2026-01-05", "chatgpt", acme, 20, 30, 12, 8)
                .sentiment("2026-01-05", "chatgpt", acme, 10, 5, 5, 3.0)
                .intervalSums("2026-01-05", "chatgpt", acme, 100, 40, 56, 4.0);
        // share of voice 20/60: residuals 20 − 2·(1/3)·40 + (1/3)²·100 = 40/9, Var = (40/9) / (40·39·1.5²), n* = (2/9) / Var
        double variance = (40.0 / 9) / (40 * 39 * 2.25);
        WilsonInterval share = WilsonInterval.of(1.0 / 3, (2.0 / 9) / variance);
        // average position 30/20 = 1.5, s² = (56 − 30²/20) / 19, t(0.975, 19) = 2.093
        double positionHalf = 2.093024 * Math.sqrt((11.0 / 19) / 20);
        WilsonInterval coverage = WilsonInterval.of(40, 50);
        summary(workspace, "?from=2026-01-05&to=2026-01-05&platform=chatgpt")
                .body("coverage.low", closeTo(coverage.low(), EPS)).body("coverage.high", closeTo(coverage.high(), EPS))
                .body("coverage.insufficient", equalTo(false))
                .body("brands[0].mentionRate.n", equalTo(40)).body("brands[0].mentionRate.insufficient", equalTo(false))
                .body("brands[0].shareOfVoice.value", closeTo(1.0 / 3, EPS))
                .body("brands[0].shareOfVoice.low", closeTo(share.low(), EPS))
                .body("brands[0].shareOfVoice.high", closeTo(share.high(), EPS))
                .body("brands[0].shareOfVoice.n", equalTo(40))
                .body("brands[0].averagePosition.value", closeTo(1.5, EPS))
                .body("brands[0].averagePosition.low", closeTo(1.5 - positionHalf, 1e-5))
                .body("brands[0].averagePosition.high", closeTo(1.5 + positionHalf, 1e-5))
                .body("brands[0].averagePosition.n", equalTo(20))
                .body("brands[0].averagePosition.insufficient", equalTo(true))
                .body("brands[0].sentiment.mean.value", closeTo(0.15, EPS))
                .body("brands[0].sentiment.mean.n", equalTo(20))
                .body("brands[0].sentiment.mean.low", closeTo(0.15 - 2.093024 * Math.sqrt((4.0 - 9.0 / 20) / 19 / 20), 1e-5))
                .body("brands[0].byPlatform[0].shareOfVoice.low", closeTo(share.low(), EPS));
    }

    @Test
    void noDataIsNullNeverZero() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.brand("Lonely", "own");
        String body = summary(workspace, "?platform=claude")
                .body("coverage.collected", equalTo(0))
                .body("coverage.rate", nullValue())
                .body("brands[0].n", equalTo(0))
                .body("brands[0].mentionRate.value", nullValue())
                .body("brands[0].mentionRate.low", is(0.0))
                .body("brands[0].mentionRate.high", is(1.0))
                .body("brands[0].shareOfVoice.value", nullValue())
                .body("brands[0].averagePosition.value", nullValue())
                .body("brands[0].byPlatform[0].coverage.rate", nullValue())
                .extract().asString();
        // present and null, not missing
        org.hamcrest.MatcherAssert.assertThat(body, containsString("\"value\":null"));
    }

    @Test
    void defaultsToTheLast30DaysEndingTodayUtc() {
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        ValidatableResponse response = summary(TestWorkspace.create(), "");
        LocalDate after = LocalDate.now(ZoneOffset.UTC);
        response.body("to", oneOf(before.toString(), after.toString()))
                .body("from", oneOf(before.minusDays(29).toString(), after.minusDays(29).toString()));
    }

    @Test
    void refusesBadParametersNamingThem() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.request().get("/v1/analytics/summary?from=2026-02-30").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        workspace.request().get("/v1/analytics/summary?from=2026-02-01&to=2026-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        workspace.request().get("/v1/analytics/summary?platform=bing").then().statusCode(400)
                .body("errors[0].field", equalTo("platform"));
    }
}
