package dev.answerlens.api.analytics;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.answerlens.api.AnswerSeeds;
import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Time series, leaderboard, period change, sentiment, drill-down with CSV, and competitor suggestions. */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class AnalyticsViewsTest {
    private static final double EPS = 1e-9;

    @Inject
    Pool pool;

    @Test
    void theTimeSeriesHasEveryPeriodWithTheSummaryFormulas_byDayAndByIsoWeek() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        new RollupSeeds(new Database(pool), workspace.id())
                .answers("2026-03-02", "chatgpt", 10, 5).brand("2026-03-02", "chatgpt", acme, 4, 6, 2, 1)
                .answers("2026-03-04", "chatgpt", 10, 5).brand("2026-03-04", "chatgpt", acme, 1, 1, 1, 0)
                .scheduled("2026-03-04", "chatgpt", 20)
                .answers("2026-03-09", "gemini", 5, 0);

        workspace.request().get("/v1/analytics/timeseries?from=2026-03-02&to=2026-03-04&platform=chatgpt")
                .then().statusCode(200)
                .body("granularity", equalTo("day"))
                .body("periods", contains("2026-03-02", "2026-03-03", "2026-03-04"))
                .body("brands[0].name", equalTo("Acme"))
                .body("brands[0].n", contains(10, 0, 10))
                .body("brands[0].mentionRate.value[0]", closeTo(0.4, EPS))
                .body("brands[0].mentionRate.low[0]", closeTo(0.1682, 1e-4))
                .body("brands[0].mentionRate.value[1]", nullValue())
                .body("brands[0].averagePosition.value[0]", closeTo(1.5, EPS))
                .body("coverage.rate[2]", closeTo(0.5, EPS))
                .body("coverage.rate[0]", nullValue());

        workspace.request().get("/v1/analytics/timeseries?from=2026-03-03&to=2026-03-10&granularity=week")
                .then().statusCode(200)
                .body("periods", contains("2026-03-02", "2026-03-09"))
                .body("brands[0].n", contains(10, 5)); // 03-02 is outside the range: only 03-04 counts
        workspace.request().get("/v1/analytics/timeseries?granularity=month").then().statusCode(400)
                .body("errors[0].field", equalTo("granularity"));
    }

    @Test
    void theSummaryCarriesTheSentimentDistributionAndMean() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        new RollupSeeds(new Database(pool), workspace.id()).answers("2026-03-02", "chatgpt", 10, 5)
                .brand("2026-03-02", "chatgpt", acme, 4, 6, 2, 1).sentiment("2026-03-02", "chatgpt", acme, 2, 1, 1, 0.6);

        workspace.request().get("/v1/analytics/summary?from=2026-03-02&to=2026-03-02")
                .then().statusCode(200)
                .body("brands[0].sentiment.n", equalTo(4))
                .body("brands[0].sentiment.positive.value", closeTo(0.5, EPS))
                .body("brands[0].sentiment.negative.value", closeTo(0.25, EPS))
                .body("brands[0].sentiment.mean.value", closeTo(0.15, EPS));
    }

    @Test
    void theLeaderboardRanksByMentionRateAndSaysWhereTheOrderIsNoise() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        UUID bolt = workspace.brand("Bolt", "competitor");
        UUID core = workspace.brand("Core", "competitor");
        new RollupSeeds(new Database(pool), workspace.id()).answers("2026-03-02", "chatgpt", 400, 400)
                .brand("2026-03-02", "chatgpt", acme, 100, 100, 50, 0)
                .brand("2026-03-02", "chatgpt", bolt, 280, 300, 200, 0)
                .brand("2026-03-02", "chatgpt", core, 95, 200, 10, 0);

        workspace.request().get("/v1/analytics/leaderboard?from=2026-03-02&to=2026-03-02")
                .then().statusCode(200)
                .body("entries.name", contains("Bolt", "Acme", "Core"))
                .body("entries.rank", contains(1, 2, 3))
                .body("entries.clearlyAheadOfNext", contains(true, false, false));
    }

    @Test
    void aChangeInsideTheNoiseIsLabelledSo_aLargeOneIsARiseOrDrop() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        UUID bolt = workspace.brand("Bolt", "competitor");
        new RollupSeeds(new Database(pool), workspace.id())
                .answers("2026-03-01", "chatgpt", 200, 200).brand("2026-03-01", "chatgpt", acme, 50, 50, 10, 0)
                .brand("2026-03-01", "chatgpt", bolt, 100, 100, 10, 0)
                .answers("2026-03-02", "chatgpt", 200, 200).brand("2026-03-02", "chatgpt", acme, 54, 54, 10, 0)
                .brand("2026-03-02", "chatgpt", bolt, 40, 40, 10, 0);

        workspace.request().get("/v1/analytics/change?from=2026-03-02&to=2026-03-02")
                .then().statusCode(200)
                .body("previousFrom", equalTo("2026-03-01"))
                .body("brands.find { it.name == 'Acme' }.mentionRate.verdict", equalTo("within noise"))
                .body("brands.find { it.name == 'Acme' }.mentionRate.difference", closeTo(0.02, EPS))
                .body("brands.find { it.name == 'Bolt' }.mentionRate.verdict", equalTo("drop"))
                .body("brands.find { it.name == 'Bolt' }.mentionRate.pValue", lessThan(0.001))
                .body("brands.find { it.name == 'Acme' }.citationRate.verdict", equalTo("within noise"));
        workspace.request().get("/v1/analytics/change?from=2026-03-02&to=2026-03-02&previousFrom=2026-02-01&previousTo=2026-02-01")
                .then().statusCode(200)
                .body("brands.find { it.name == 'Acme' }.mentionRate.verdict", equalTo("no data"));
    }

    @Test
    void shareOfVoicePositionAndSentimentChangesAreTestedWithTheirStandardErrors() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        UUID bolt = workspace.brand("Bolt", "competitor");
        // previous day: Acme in 50 of 100 answers at positions Σ 100, Σ² 249 (mean 2, s² 1); 40 scored, Σ 20, Σ² 16
        // current day: Acme in 50 of 100 at positions Σ 150, Σ² 499 (mean 3, s² 1); 40 scored, Σ 8, Σ² 8
        // Bolt: 5 answers at position 2 before, a single one now (too few to test); never scored (no data)
        new RollupSeeds(new Database(pool), workspace.id())
                .answers("2026-03-01", "chatgpt", 100, 120).brand("2026-03-01", "chatgpt", acme, 50, 100, 30, 5)
                .intervalSums("2026-03-01", "chatgpt", acme, 200, 100, 249, 16)
                .sentiment("2026-03-01", "chatgpt", acme, 30, 5, 5, 20)
                .brand("2026-03-01", "chatgpt", bolt, 5, 10, 0, 0).intervalSums("2026-03-01", "chatgpt", bolt, 200, 5, 20, 0)
                .answers("2026-03-02", "chatgpt", 100, 150).brand("2026-03-02", "chatgpt", acme, 50, 150, 10, 5)
                .intervalSums("2026-03-02", "chatgpt", acme, 300, 120, 499, 8)
                .sentiment("2026-03-02", "chatgpt", acme, 20, 10, 10, 8)
                .brand("2026-03-02", "chatgpt", bolt, 1, 2, 0, 0).intervalSums("2026-03-02", "chatgpt", bolt, 300, 1, 4, 0);
        String a = "brands.find { it.name == 'Acme' }.";
        String b = "brands.find { it.name == 'Bolt' }.";

        workspace.request().get("/v1/analytics/change?from=2026-03-02&to=2026-03-02")
                .then().statusCode(200)
                // position: z = (3 − 2) / √(1/50 + 1/50) = 5, p = 5.73e-7; a rise of the position is named later
                .body(a + "averagePosition.difference", closeTo(1.0, EPS))
                .body(a + "averagePosition.current.standardError", closeTo(Math.sqrt(1.0 / 50), EPS))
                .body(a + "averagePosition.pValue", closeTo(5.733e-7, 1e-6))
                .body(a + "averagePosition.verdict", equalTo("rise"))
                // sentiment: se √(6.4/39/40) and √(6/39/40), z = −0.3 / 0.0891556 = −3.3649, p = 0.000766
                .body(a + "sentiment.difference", closeTo(-0.3, EPS))
                .body(a + "sentiment.pValue", closeTo(0.000765702, 1e-6))
                .body(a + "sentiment.verdict", equalTo("drop"))
                // share of voice 50/150 against 50/120: se √Var(R) = 0.0122329 and 0.0098704, z = −5.3016
                .body(a + "shareOfVoice.difference", closeTo(1.0 / 3 - 5.0 / 12, EPS))
                .body(a + "shareOfVoice.current.standardError", closeTo(0.0122329, 1e-6))
                .body(a + "shareOfVoice.previous.standardError", closeTo(0.0098704, 1e-6))
                .body(a + "shareOfVoice.verdict", equalTo("drop"))
                .body(a + "previousShareOfVoice.value", closeTo(5.0 / 12, EPS))
                .body(b + "averagePosition.verdict", equalTo("too few"))
                .body(b + "averagePosition.difference", closeTo(0.0, EPS))
                .body(b + "averagePosition.pValue", nullValue())
                .body(b + "sentiment.verdict", equalTo("no data"));
        // the other way round every rise is a drop
        workspace.request().get("/v1/analytics/change?from=2026-03-01&to=2026-03-01&previousFrom=2026-03-02&previousTo=2026-03-02")
                .then().statusCode(200)
                .body(a + "averagePosition.verdict", equalTo("drop"))
                .body(a + "averagePosition.difference", closeTo(-1.0, EPS))
                .body(a + "sentiment.verdict", equalTo("rise"))
                .body(a + "shareOfVoice.verdict", equalTo("rise"));
    }

    @Test
    void aChangeWhosePreviousSummaryWasCachedBeforeABrandWasAddedIsReadAgain() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.brand("Acme", "own");
        new RollupSeeds(new Database(pool), workspace.id()).answers("2026-03-01", "chatgpt", 20, 20)
                .answers("2026-03-02", "chatgpt", 20, 20);
        workspace.request().get("/v1/analytics/summary?from=2026-03-01&to=2026-03-01").then().statusCode(200)
                .body("brands", hasSize(1));
        // a brand added without the API (so nothing invalidates the cached summary of the previous period)
        new Database(pool).query("INSERT INTO brands (id, workspace_id, name, aliases, domains, kind, created_at)"
                + " VALUES ($1, $2, 'Bolt', '{}', '{}', 'competitor', now())", UUID.randomUUID(), workspace.id());

        workspace.request().get("/v1/analytics/change?from=2026-03-02&to=2026-03-02")
                .then().statusCode(200)
                .body("brands.name", containsInAnyOrder("Acme", "Bolt"));
    }

    @Test
    void drillsDownToTheAnswersBehindAMentionRate_asJsonAndCsv() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        UUID prompt = workspace.prompt("best crm?");
        AnswerSeeds seeds = new AnswerSeeds(new Database(pool), workspace.id());
        LocalDate day = LocalDate.parse("2026-03-02");
        UUID mentioning = seeds.answer(prompt, day, "chatgpt", "1. **Acme** is great, \"really\"");
        seeds.mention(mentioning, acme, 1, "positive", 0.7).citation(mentioning, 1, "https://acme.com/x", "acme.com", "own");
        UUID silent = seeds.answer(prompt, day.minusDays(1), "chatgpt", "=HYPERLINK(\"evil\") nothing here");
        seeds.answer(prompt, day, "gemini", "other platform");

        workspace.request().get("/v1/analytics/answers?from=2026-03-01&to=2026-03-02&platform=chatgpt&brand=" + acme
                        + "&mentioned=true")
                .then().statusCode(200)
                .body("id", contains(mentioning.toString()))
                .body("[0].engine", equalTo("api"))
                .body("[0].promptText", equalTo("best crm?"))
                .body("[0].mentions[0].brand", equalTo("Acme"))
                .body("[0].mentions[0].sentiment", equalTo("positive"))
                .body("[0].citations[0].owner", equalTo("own"));
        workspace.request().get("/v1/analytics/answers?from=2026-03-01&to=2026-03-02&platform=chatgpt&brand=" + acme
                + "&mentioned=false").then().statusCode(200).body("id", contains(silent.toString()));

        String link = workspace.request().get("/v1/analytics/answers?from=2026-03-01&to=2026-03-02&limit=2")
                .then().statusCode(200).body("", hasSize(2)).extract().header("Link");
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        workspace.request().get(next).then().statusCode(200).body("id", contains(silent.toString()));

        String csv = workspace.request().get("/v1/analytics/answers?from=2026-03-01&to=2026-03-02&platform=chatgpt&format=csv")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0), startsWith("answer_id,day,platform"));
        assertThat(csv, containsString("Acme@1(positive)"));
        assertThat(csv, containsString("\"1. **Acme** is great, \"\"really\"\"\""));
        assertThat("formulas are defused", csv, containsString("\"'=HYPERLINK(\"\"evil\"\") nothing here\""));

        workspace.request().get("/v1/analytics/answers/" + mentioning).then().statusCode(200)
                .body("id", equalTo(mentioning.toString()))
                .body("text", equalTo("1. **Acme** is great, \"really\""))
                .body("mentions[0].brand", equalTo("Acme"))
                .body("citations[0].url", equalTo("https://acme.com/x"));
        workspace.request().get("/v1/analytics/answers/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void suggestsNamesSeenInAtLeastTwoAnswersThatAreNotTracked() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.brand("Acme", "own");
        UUID prompt = workspace.prompt("q");
        AnswerSeeds seeds = new AnswerSeeds(new Database(pool), workspace.id());
        for (int i = 0; i < 3; i++) {
            UUID answer = seeds.answer(prompt, LocalDate.parse("2026-03-02"), "chatgpt", "text");
            seeds.discovered(answer, "Zapflow");
            seeds.discovered(answer, "acme");
            if (i == 0) {
                seeds.discovered(answer, "Once");
            }
        }

        seeds.answer(prompt, LocalDate.parse("2026-03-02"), "chatgpt", "an answer naming nobody");

        workspace.request().get("/v1/analytics/competitor-suggestions").then().statusCode(200)
                .body("suggestions.name", contains("Zapflow"))
                .body("suggestions[0].answers", equalTo(3))
                .body("answers", equalTo(4))
                .body("suggestions[0].share.value", closeTo(0.75, EPS))
                .body("suggestions[0].share.n", equalTo(4));
    }

    @Test
    void sourcesShowTopDomainsOwnershipAndTheGapsWhereOnlyCompetitorsAreCited() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        UUID bolt = workspace.brand("Bolt", "competitor");
        UUID prompt = workspace.prompt("q");
        AnswerSeeds seeds = new AnswerSeeds(new Database(pool), workspace.id());
        LocalDate day = LocalDate.parse("2026-03-02");
        UUID both = seeds.answer(prompt, day, "chatgpt", "a");
        seeds.mention(both, acme, 1, "neutral", 0).mention(both, bolt, 2, "neutral", 0)
                .citation(both, 1, "https://acme.com/p", "acme.com", "own")
                .citation(both, 2, "https://g2.com/crm", "g2.com", "other");
        UUID boltOnly = seeds.answer(prompt, day, "chatgpt", "b");
        seeds.mention(boltOnly, bolt, 1, "neutral", 0)
                .citation(boltOnly, 1, "https://g2.com/crm", "g2.com", "other")
                .citation(boltOnly, 2, "https://review.io/bolt", "review.io", "other")
                .citation(boltOnly, 3, "https://bolt.com/", "bolt.com", "competitor");

        workspace.request().get("/v1/analytics/sources?from=2026-03-02&to=2026-03-02")
                .then().statusCode(200)
                .body("ownership.own", equalTo(1)).body("ownership.competitor", equalTo(1)).body("ownership.other", equalTo(3))
                .body("topDomains[0].domain", equalTo("g2.com"))
                .body("topDomains[0].answers", equalTo(2))
                .body("coverage.collected", equalTo(2))
                .body("topDomains[0].answerShare.value", closeTo(1.0, EPS))
                .body("topDomains[0].answerShare.n", equalTo(2))
                .body("topDomains[0].answerShare.insufficient", equalTo(true))
                .body("topDomains[1].answerShare.value", closeTo(0.5, EPS))
                .body("topUrls[0].url", equalTo("https://g2.com/crm"))
                .body("citationGaps.domain", contains("bolt.com", "review.io"));
    }

    @Test
    void breaksAnOwnBrandsVisibilityDownPerPromptAndTag() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        UUID strong = workspace.prompt("strong");
        UUID weak = workspace.prompt("weak");
        workspace.request().body(java.util.Map.of("tags", List.of("crm", "smb"))).patch("/v1/prompts/" + strong);
        workspace.request().body(java.util.Map.of("tags", List.of("crm"))).patch("/v1/prompts/" + weak);
        AnswerSeeds seeds = new AnswerSeeds(new Database(pool), workspace.id());
        LocalDate day = LocalDate.parse("2026-03-02");
        for (int i = 0; i < 4; i++) {
            UUID a = seeds.answer(strong, day, "chatgpt", "s");
            seeds.mention(a, acme, i == 0 ? 2 : 1, "positive", 0.5);
            UUID b = seeds.answer(weak, day, "chatgpt", "w");
            if (i == 0) {
                seeds.mention(b, acme, 3, "negative", -0.5);
            }
        }

        workspace.request().get("/v1/analytics/breakdown?from=2026-03-02&to=2026-03-02")
                .then().statusCode(200)
                .body("brand", equalTo("Acme"))
                .body("prompts.label", contains("weak", "strong"))
                .body("prompts[0].mentionRate.value", closeTo(0.25, EPS))
                .body("prompts[1].firstRate.value", closeTo(0.75, EPS))
                .body("prompts[1].averagePosition.value", closeTo(1.25, EPS))
                .body("prompts[1].averagePosition.n", equalTo(4))
                .body("prompts[1].averagePosition.low", closeTo(1.0, EPS))
                .body("prompts[1].averagePosition.high", closeTo(1.25 + 3.182446 * 0.25, 1e-6))
                .body("prompts[1].averagePosition.insufficient", equalTo(true))
                .body("tags.key", contains("crm", "smb"))
                .body("tags[0].n", equalTo(8))
                .body("tags[0].mentionRate.value", closeTo(5.0 / 8, EPS))
                .body("tags[1].sentimentMean.value", closeTo(0.5, EPS));
        workspace.request().get("/v1/analytics/breakdown?brand=" + UUID.randomUUID()).then().statusCode(400)
                .body("errors[0].field", equalTo("brand"));
    }

    @Test
    void splitsEachPromptAndTagOfTheBreakdownByPlatform() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        UUID split = workspace.prompt("split");
        UUID other = workspace.prompt("other");
        workspace.request().body(java.util.Map.of("tags", List.of("crm"))).patch("/v1/prompts/" + split);
        workspace.request().body(java.util.Map.of("tags", List.of("crm"))).patch("/v1/prompts/" + other);
        AnswerSeeds seeds = new AnswerSeeds(new Database(pool), workspace.id());
        LocalDate day = LocalDate.parse("2026-03-02");
        for (int i = 0; i < 4; i++) {
            UUID a = seeds.answer(split, day, "chatgpt", "c");
            if (i < 3) {
                seeds.mention(a, acme, 1, "positive", 0.5);
            }
        }
        seeds.answer(split, day, "perplexity", "p");
        seeds.answer(split, day, "perplexity", "p");
        seeds.mention(seeds.answer(other, day, "gemini", "g"), acme, 1, "neutral", 0.0);

        workspace.request().get("/v1/analytics/breakdown?from=2026-03-02&to=2026-03-02")
                .then().statusCode(200)
                .body("prompts.find { it.label == 'split' }.n", equalTo(6))
                .body("prompts.find { it.label == 'split' }.mentionRate.value", closeTo(0.5, EPS))
                .body("prompts.find { it.label == 'split' }.byPlatform.platform", contains("chatgpt", "perplexity"))
                .body("prompts.find { it.label == 'split' }.byPlatform.n", contains(4, 2))
                .body("prompts.find { it.label == 'split' }.byPlatform[0].mentionRate.value", closeTo(0.75, EPS))
                .body("prompts.find { it.label == 'split' }.byPlatform[0].mentionRate.low", closeTo(0.3006, 1e-4))
                .body("prompts.find { it.label == 'split' }.byPlatform[0].mentionRate.insufficient", equalTo(true))
                .body("prompts.find { it.label == 'split' }.byPlatform[1].mentionRate.value", closeTo(0.0, EPS))
                .body("prompts.find { it.label == 'other' }.byPlatform.platform", contains("gemini"))
                .body("tags[0].byPlatform.platform", contains("chatgpt", "perplexity", "gemini"))
                .body("tags[0].byPlatform.n", contains(4, 2, 1))
                .body("tags[0].byPlatform[2].mentionRate.value", closeTo(1.0, EPS));
        workspace.request().get("/v1/analytics/breakdown?from=2026-03-02&to=2026-03-02&platform=perplexity")
                .then().statusCode(200)
                .body("prompts.find { it.label == 'split' }.byPlatform.platform", contains("perplexity"))
                .body("prompts.find { it.label == 'split' }.byPlatform[0].n", equalTo(2));
    }
}
