package dev.answerlens.api.dashboard;

import dev.answerlens.api.AnswerSeeds;
import dev.answerlens.api.Database;
import dev.answerlens.api.TestWorkspace;
import dev.answerlens.api.analytics.RollupSeeds;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A workspace a marketing team would recognise: an own brand and three competitors (one with a hostile name),
 * 60 days of rollups on three platforms (the last 30 the default view, the 30 before it the comparison, with the
 * own brand clearly rising and Initech named later in the answers), scheduled jobs for coverage, and untracked names for the suggestions. Drawn from a
 * fixed seed, so every run shows the same figures.
 */
record DashboardSeeds(TestWorkspace workspace, UUID acme, UUID globex, UUID initech, UUID hostile) {
    static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";
    private static final List<String> PLATFORMS = List.of("chatgpt", "perplexity", "gemini");
    private static final int ANSWERS_PER_DAY = 12;

    static DashboardSeeds create(Database database) {
        TestWorkspace workspace = TestWorkspace.create();
        DashboardSeeds seeds = new DashboardSeeds(workspace, workspace.brand("Acme CRM", "own"),
                workspace.brand("Globex", "competitor"), workspace.brand("Initech", "competitor"),
                workspace.brand(HOSTILE_NAME, "competitor"));
        seeds.rollups(new RollupSeeds(database, workspace.id()));
        seeds.discoveries(new AnswerSeeds(database, workspace.id()));
        seeds.answersWithMentions(new AnswerSeeds(database, workspace.id()));
        return seeds;
    }

    private void rollups(RollupSeeds rollups) {
        Random random = new Random(17);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int back = 59; back >= 0; back--) {
            String day = today.minusDays(back).toString();
            boolean current = back < 30;
            for (String platform : PLATFORMS) {
                double platformLift = platform.equals("chatgpt") ? 0.15 : platform.equals("gemini") ? 0.0 : -0.1;
                int[] mentioning = {
                        draw(random, (current ? 0.52 : 0.34) + platformLift),
                        draw(random, 0.46 - platformLift / 2),
                        draw(random, 0.22),
                        draw(random, 0.08)};
                int brandMentions = mentioning[0] + mentioning[1] + mentioning[2] + mentioning[3];
                rollups.answers(day, platform, ANSWERS_PER_DAY, brandMentions);
                rollups.scheduled(day, platform, ANSWERS_PER_DAY + (random.nextInt(4) == 0 ? 2 : 0));
                UUID[] brands = {acme, globex, initech, hostile};
                for (int b = 0; b < brands.length; b++) {
                    int m = mentioning[b];
                    float later = b == 2 && current ? 0.4f : 0f; // Initech is named later in the current period
                    int positionSum = m + Math.round(m * (b == 0 ? 0.6f : 0.9f + b * 0.2f + later));
                    int first = Math.max(0, m - positionSum + m);
                    rollups.brand(day, platform, brands[b], m, positionSum, Math.min(first, m), Math.round(m * 0.4f));
                    rollups.intervalSums(day, platform, brands[b], (long) brandMentions * brandMentions / ANSWERS_PER_DAY
                            + brandMentions, 2L * m, 3L * positionSum, 0.3 * m);
                    int positive = (int) Math.round(m * (b == 0 ? 0.6 : 0.45));
                    int negative = (int) Math.round(m * 0.1);
                    rollups.sentiment(day, platform, brands[b], positive, m - positive - negative, negative,
                            0.8 * positive - 0.7 * negative);
                }
            }
        }
    }

    private void discoveries(AnswerSeeds answers) {
        UUID prompt = taggedPrompt("What is the best CRM for a small agency?", List.of("crm"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < 4; i++) {
            UUID answer = answers.answer(prompt, today.minusDays(i), "chatgpt",
                    "Hooli and Acme CRM lead; Vandelay Industries is cheaper.");
            answers.discovered(answer, "Hooli");
            if (i < 2) {
                answers.discovered(answer, "Vandelay Industries");
            }
        }
    }

    /** Answers the drill-down shows: counted and uncounted names, sources of each owner, a hostile name and link. */
    private void answersWithMentions(AnswerSeeds answers) {
        UUID prompt = taggedPrompt("Which CRM should a 10-person marketing agency choose?", List.of("crm", "agency"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID first = answers.answer(prompt, today, "chatgpt",
                "For a small agency, **Acme CRM** is the best pick: simple pipelines and client portals.\n"
                        + "Globex is solid too if you need heavy automation.\n"
                        + "I have no information about Initech, so I can't recommend it.");
        answers.mention(first, acme, 1, "positive", 0.8).mention(first, globex, 2, "neutral", 0.1)
                .citation(first, 1, "https://acme.example/agencies", "acme.example", "own")
                .citation(first, 2, "https://reviews.example/globex-vs-acme", "reviews.example", "other")
                .citation(first, 3, "javascript:alert(2)", "evil.example", "other");
        UUID second = answers.answer(prompt, today.minusDays(1), "perplexity",
                "Top picks:\n1. Globex\n2. Acme CRM\n3. " + HOSTILE_NAME + " (rarely recommended)");
        answers.mention(second, globex, 1, "positive", 0.6).mention(second, acme, 2, "neutral", 0.0)
                .mention(second, hostile, 3, "negative", -0.4)
                .citation(second, 1, "https://globex.example/", "globex.example", "competitor");
        UUID third = answers.answer(prompt, today.minusDays(2), "chatgpt",
                "Globex leads the G2 grid for agencies this quarter.");
        answers.mention(third, globex, 1, "positive", 0.5)
                .citation(third, 1, "https://g2.example/categories/crm", "g2.example", "other");
    }

    private UUID taggedPrompt(String text, List<String> tags) {
        return UUID.fromString(workspace.request().body(java.util.Map.of("text", text, "tags", tags,
                        "platforms", List.of("chatgpt", "perplexity"), "language", "en", "country", "US"))
                .post("/v1/prompts").then().statusCode(201).extract().path("id"));
    }

    private static int draw(Random random, double p) {
        int hits = 0;
        for (int i = 0; i < ANSWERS_PER_DAY; i++) {
            if (random.nextDouble() < Math.max(0, Math.min(1, p))) {
                hits++;
            }
        }
        return hits;
    }
}
