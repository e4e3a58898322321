package dev.answerlens.api.analytics;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.answerlens.api.AnswerSeeds;
import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.api.analytics.cache.AnalyticsCache;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * One platform's web UI against its API: per prompt and brand, each engine's mention rate with its interval, the
 * difference tested against the noise (engine a relative to b), and the overlap of the brands named and the domains
 * cited. Answers of other engines, other platforms and other workspaces never count.
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class EngineComparisonTest {
    private static final LocalDate DAY = LocalDate.parse("2026-04-01");
    private static final String URL = "/v1/analytics/engine-comparison?from=2026-04-01&to=2026-04-01&platform=chatgpt";
    private static final String BEST = "prompts.find { it.text == 'best crm?' }";
    private static final String CHEAPEST = "prompts.find { it.text == 'cheapest crm?' }";
    private static final double EPS = 1e-9;

    @Inject
    Pool pool;
    @Inject
    AnalyticsCache cache;

    /**
     * On chatgpt, 2026-04-01. "best crm?": 20 browser answers (Acme in 18, Bolt in 10; citing g2.com, acme.com,
     * reddit.com) and 20 API answers (Acme in 4, Bolt in 10, Cogs in 1; citing g2.com, capterra.com); plus simulated
     * answers and a gemini answer naming Dyna and citing other domains, which must not count. "cheapest crm?": 5
     * browser answers naming nobody. "simulated only?": simulated answers alone.
     */
    private TestWorkspace seeded() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        UUID bolt = workspace.brand("Bolt", "competitor");
        UUID cogs = workspace.brand("Cogs", "competitor");
        UUID dyna = workspace.brand("Dyna", "competitor");
        UUID best = workspace.prompt("best crm?");
        UUID cheapest = workspace.prompt("cheapest crm?");
        UUID simulatedOnly = workspace.prompt("simulated only?");
        AnswerSeeds seeds = new AnswerSeeds(new Database(pool), workspace.id());
        for (int i = 0; i < 20; i++) {
            UUID answer = seeds.answer(best, DAY, "chatgpt", "browser", "browser answer " + i);
            if (i < 18) {
                seeds.mention(answer, acme, 1, "positive", 0.5);
            }
            if (i >= 10) {
                seeds.mention(answer, bolt, 2, "neutral", 0);
            }
            switch (i) {
                case 0, 3 -> seeds.citation(answer, 1, "https://g2.com/crm", "g2.com", "other");
                case 1 -> seeds.citation(answer, 1, "https://acme.com/", "acme.com", "own");
                case 2 -> seeds.citation(answer, 1, "https://reddit.com/r/crm", "reddit.com", "other");
                default -> { }
            }
        }
        for (int i = 0; i < 20; i++) {
            UUID answer = seeds.answer(best, DAY, "chatgpt", "api", "api answer " + i);
            if (i < 4) {
                seeds.mention(answer, acme, 1, "neutral", 0);
            }
            if (i < 10) {
                seeds.mention(answer, bolt, 2, "neutral", 0);
            }
            if (i == 19) {
                seeds.mention(answer, cogs, 1, "neutral", 0);
            }
            switch (i) {
                case 0 -> seeds.citation(answer, 1, "https://g2.com/crm", "g2.com", "other");
                case 1, 2 -> seeds.citation(answer, 1, "https://capterra.com/crm", "capterra.com", "other");
                default -> { }
            }
        }
        for (int i = 0; i < 3; i++) {
            UUID simulated = seeds.answer(best, DAY, "chatgpt", "simulated", "simulated answer");
            seeds.mention(simulated, acme, 1, "neutral", 0).mention(simulated, dyna, 2, "neutral", 0)
                    .citation(simulated, 1, "https://sim.example/", "sim.example", "other");
            seeds.answer(simulatedOnly, DAY, "chatgpt", "simulated", "simulated answer");
        }
        UUID gemini = seeds.answer(best, DAY, "gemini", "browser", "gemini answer");
        seeds.mention(gemini, dyna, 1, "neutral", 0).citation(gemini, 1, "https://gemini.example/", "gemini.example", "other");
        for (int i = 0; i < 5; i++) {
            seeds.answer(cheapest, DAY, "chatgpt", "browser", "nobody named");
        }
        return workspace;
    }

    @Test
    void aBrandTheBrowserNamesFarMoreOftenThanTheApiIsASignificantRise_anEqualOneIsWithinNoise() {
        TestWorkspace workspace = seeded();
        workspace.request().get(URL).then().statusCode(200)
                .body("platform", equalTo("chatgpt"))
                .body("engines.a", equalTo("browser"))
                .body("engines.b", equalTo("api"))
                .body("totals.a", equalTo(25))
                .body("totals.b", equalTo(20))
                .body("prompts.text", contains("best crm?", "cheapest crm?"))
                .body(BEST + ".n.a", equalTo(20))
                .body(BEST + ".n.b", equalTo(20))
                .body(BEST + ".brands.name", contains("Acme", "Bolt", "Cogs", "Dyna"))
                .body(BEST + ".brands[0].a.value", closeTo(0.9, EPS))
                .body(BEST + ".brands[0].a.n", equalTo(20))
                .body(BEST + ".brands[0].a.low", lessThan(0.9))
                .body(BEST + ".brands[0].a.high", greaterThan(0.9))
                .body(BEST + ".brands[0].b.value", closeTo(0.2, EPS))
                .body(BEST + ".brands[0].b.n", equalTo(20))
                .body(BEST + ".brands[0].difference.difference", closeTo(0.7, EPS))
                .body(BEST + ".brands[0].difference.pValue", lessThan(0.001))
                .body(BEST + ".brands[0].difference.verdict", equalTo("rise"))
                .body(BEST + ".brands[1].difference.difference", closeTo(0.0, EPS))
                .body(BEST + ".brands[1].difference.verdict", equalTo("within noise"))
                .body(BEST + ".brands[2].b.value", closeTo(0.05, EPS))
                .body(BEST + ".brands[3].a.value", closeTo(0.0, EPS))
                .body(BEST + ".brands[3].b.value", closeTo(0.0, EPS))
                .body("overall.name", contains("Acme", "Bolt", "Cogs", "Dyna"))
                .body("overall[0].a.value", closeTo(18.0 / 25, EPS))
                .body("overall[0].a.n", equalTo(25))
                .body("overall[0].b.value", closeTo(4.0 / 20, EPS))
                .body("overall[0].difference.verdict", equalTo("rise"))
                .body("overall[1].a.value", closeTo(10.0 / 25, EPS))
                .body("overall[1].b.value", closeTo(10.0 / 20, EPS))
                .body("overall[1].difference.verdict", equalTo("within noise"))
                .body("overall[1].difference.pValue", greaterThan(0.05));

        workspace.request().get(URL + "&engines=api,browser").then().statusCode(200)
                .body("engines.a", equalTo("api"))
                .body("totals.a", equalTo(20))
                .body(BEST + ".brands[0].difference.difference", closeTo(-0.7, EPS))
                .body(BEST + ".brands[0].difference.verdict", equalTo("drop"))
                .body("overall[0].difference.verdict", equalTo("drop"));
    }

    @Test
    void overlapsAreTheJaccardIndexOfTheBrandsNamedAndTheDomainsCitedByEachEngine() {
        TestWorkspace workspace = seeded();
        workspace.request().get(URL).then().statusCode(200)
                // brands: browser {Acme, Bolt}, API {Acme, Bolt, Cogs}: 2 shared of 3
                .body(BEST + ".brandOverlap.jaccard", closeTo(2.0 / 3, EPS))
                .body(BEST + ".brandOverlap.shared", equalTo(2))
                .body(BEST + ".brandOverlap.union", equalTo(3))
                .body(BEST + ".brandOverlap.onlyA", equalTo(0))
                .body(BEST + ".brandOverlap.onlyB", equalTo(1))
                // domains: browser {g2, acme, reddit}, API {g2, capterra}: 1 shared of 4
                .body(BEST + ".domainOverlap.jaccard", closeTo(0.25, EPS))
                .body(BEST + ".domainOverlap.shared", equalTo(1))
                .body(BEST + ".domainOverlap.union", equalTo(4))
                .body(BEST + ".domainOverlap.onlyA", equalTo(2))
                .body(BEST + ".domainOverlap.onlyB", equalTo(1))
                // a prompt only one engine answered, naming and citing nothing: no overlap to measure, no test to run
                .body(CHEAPEST + ".n.a", equalTo(5))
                .body(CHEAPEST + ".n.b", equalTo(0))
                .body(CHEAPEST + ".brandOverlap.jaccard", nullValue())
                .body(CHEAPEST + ".brandOverlap.union", equalTo(0))
                .body(CHEAPEST + ".domainOverlap.jaccard", nullValue())
                .body(CHEAPEST + ".brands[0].a.value", closeTo(0.0, EPS))
                .body(CHEAPEST + ".brands[0].b.value", nullValue())
                .body(CHEAPEST + ".brands[0].difference.verdict", equalTo("no data"));
    }

    @Test
    void anEngineOutsideThePairCountsOnlyWhenItIsInThePair() {
        TestWorkspace workspace = seeded();
        workspace.request().get(URL + "&engines=simulated,api").then().statusCode(200)
                .body("totals.a", equalTo(6))
                .body("totals.b", equalTo(20))
                .body("prompts.text", contains("best crm?", "simulated only?"))
                .body(BEST + ".n.a", equalTo(3))
                .body(BEST + ".brands.find { it.name == 'Dyna' }.a.value", closeTo(1.0, EPS))
                // simulated {Acme, Dyna}, API {Acme, Bolt, Cogs}: 1 of 4; domains {sim.example}, {g2, capterra}: 0 of 3
                .body(BEST + ".brandOverlap.jaccard", closeTo(0.25, EPS))
                .body(BEST + ".domainOverlap.jaccard", closeTo(0.0, EPS))
                .body(BEST + ".domainOverlap.union", equalTo(3));
    }

    @Test
    void anotherWorkspacesAnswersBrandsAndPromptsNeverAppear() {
        TestWorkspace workspace = seeded();
        TestWorkspace other = TestWorkspace.create();
        UUID zeta = other.brand("Zeta", "own");
        UUID prompt = other.prompt("other workspace question");
        AnswerSeeds seeds = new AnswerSeeds(new Database(pool), other.id());
        for (String engine : new String[] {"browser", "api"}) {
            UUID answer = seeds.answer(prompt, DAY, "chatgpt", engine, "zeta");
            seeds.mention(answer, zeta, 1, "positive", 1).citation(answer, 1, "https://zeta.io/", "zeta.io", "own");
        }

        workspace.request().get(URL).then().statusCode(200)
                .body("totals.a", equalTo(25))
                .body("totals.b", equalTo(20))
                .body("prompts.text", not(hasItem("other workspace question")))
                .body("overall.name", not(hasItem("Zeta")));
        other.request().get(URL).then().statusCode(200)
                .body("totals.a", equalTo(1))
                .body("totals.b", equalTo(1))
                .body("prompts.text", contains("other workspace question"))
                .body("prompts[0].brands.name", contains("Zeta"))
                .body("prompts[0].brandOverlap.jaccard", closeTo(1.0, EPS))
                .body("prompts[0].domainOverlap.jaccard", closeTo(1.0, EPS))
                .body("overall.name", containsInAnyOrder("Zeta"));
    }

    @Test
    void aRepeatedComparisonIsServedFromTheCacheUntilTheWorkspaceChanges() {
        TestWorkspace workspace = seeded();
        workspace.request().get(URL).then().statusCode(200).body("totals.b", equalTo(20));
        // stored behind the cache's back, for a prompt since deleted: the cached comparison is still served
        new AnswerSeeds(new Database(pool), workspace.id()).answer(UUID.randomUUID(), DAY, "chatgpt", "api", "late answer");
        workspace.request().get(URL).then().statusCode(200).body("totals.b", equalTo(20))
                .body(BEST + ".brands[0].difference.verdict", equalTo("rise"));
        cache.invalidate(workspace.id()).await().atMost(Duration.ofSeconds(5));
        workspace.request().get(URL).then().statusCode(200).body("totals.b", equalTo(21))
                .body("prompts", hasSize(3))
                .body("prompts[2].text", nullValue())
                .body("prompts[2].n.b", equalTo(1));
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        TestWorkspace workspace = TestWorkspace.create();
        String base = "/v1/analytics/engine-comparison?from=2026-04-01&to=2026-04-01";
        expectInvalid(workspace, base, "platform");
        expectInvalid(workspace, base + "&platform=altavista", "platform");
        expectInvalid(workspace, base + "&platform=chatgpt,gemini", "platform");
        expectInvalid(workspace, base + "&platform=chatgpt&engines=browser", "engines");
        expectInvalid(workspace, base + "&platform=chatgpt&engines=api,api", "engines");
        expectInvalid(workspace, base + "&platform=chatgpt&engines=browser,chatgpt-web", "engines");
        expectInvalid(workspace, base + "&platform=chatgpt&engines=browser,api,simulated", "engines");
        expectInvalid(workspace, "/v1/analytics/engine-comparison?platform=chatgpt&from=2026-04-02&to=2026-04-01", "from");
        workspace.request().get(base + "&platform=chatgpt&engines=browser&engines=api").then().statusCode(200)
                .body("engines.a", equalTo("browser"))
                .body("totals.a", equalTo(0))
                .body("prompts", empty());
    }

    private static void expectInvalid(TestWorkspace workspace, String url, String field) {
        workspace.request().get(url).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }
}
