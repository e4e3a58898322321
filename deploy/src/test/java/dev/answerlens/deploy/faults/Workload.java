package dev.answerlens.deploy.faults;

import dev.answerlens.deploy.faults.AnswerlensApi.Workspace;
import dev.answerlens.model.Platform;
import dev.answerlens.simulated.SimulatedBrand;
import dev.answerlens.simulated.SimulatedCatalogue;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What every scenario asks, seeded through the HTTP API only: two workspaces with five prompts each on all
 * seven platforms, three of the prompts asked by both — the scheduler collects those once and copies the
 * leader's answer to the other workspace's following job (shared sampling, docs/scheduling.md). With 30
 * samples that is 2 × 5 × 7 × 30 = 2,100 jobs. Prompt texts carry the scenario's name.
 */
final class Workload {
    static final List<String> PLATFORMS = Arrays.stream(Platform.values()).map(Platform::id).toList();
    private static final List<String> TOPICS = List.of("CRM", "project management tool", "help desk", "payroll provider",
            "marketing automation tool");
    private static final int SHARED_PROMPTS = 3;
    /** The small prompt the kill-api scenario keeps asking to run now: 7 platforms × 2 samples per run. */
    private static final int RUN_NOW_SAMPLES = 2;

    /** The seeded workspaces and how many jobs they should plan. */
    record Seeded(Workspace first, Workspace second, UUID runNowPrompt, int jobs, int jobsPerRunNow) {
        List<UUID> workspaceIds() {
            return List.of(first.id(), second.id());
        }
    }

    private Workload() {
    }

    static Seeded seed(AnswerlensApi api, String scenario, int samples, boolean withRunNowPrompt)
            throws IOException, InterruptedException {
        List<SimulatedBrand> brands = SimulatedCatalogue.brands();
        Workspace first = workspace(api, scenario + " A", brands.subList(0, 5));
        Workspace second = workspace(api, scenario + " B", brands.subList(2, 7));
        int jobs = 0;
        for (int i = 0; i < TOPICS.size(); i++) {
            String shared = "[" + scenario + "] Which " + TOPICS.get(i) + " suits a team of " + (5 + i) + " people?";
            api.createPrompt(first, shared, PLATFORMS, samples);
            api.createPrompt(second, i < SHARED_PROMPTS ? shared
                    : "[" + scenario + "] Which " + TOPICS.get(i) + " do agencies with " + (20 + i) + " staff recommend?",
                    PLATFORMS, samples);
            jobs += 2 * PLATFORMS.size() * samples;
        }
        UUID runNowPrompt = null;
        int jobsPerRunNow = PLATFORMS.size() * RUN_NOW_SAMPLES;
        if (withRunNowPrompt) {
            runNowPrompt = api.createPrompt(first, "[" + scenario + "] Which accounting tool do freelancers use?",
                    PLATFORMS, RUN_NOW_SAMPLES);
            jobs += jobsPerRunNow;
        }
        return new Seeded(first, second, runNowPrompt, jobs, jobsPerRunNow);
    }

    private static Workspace workspace(AnswerlensApi api, String name, List<SimulatedBrand> tracked)
            throws IOException, InterruptedException {
        Workspace workspace = api.createWorkspace(name);
        for (int i = 0; i < tracked.size(); i++) {
            api.createBrand(workspace, tracked.get(i), i == 0 ? "own" : "competitor");
        }
        return workspace;
    }
}
