package dev.answerlens.scheduler.planning;

import dev.answerlens.scheduler.SchedulerConfig;
import dev.answerlens.scheduler.budget.WorkspaceBudgets;
import dev.answerlens.scheduler.sampling.AdaptiveSampler;
import dev.answerlens.scheduler.sampling.PromptPlatform;
import dev.answerlens.scheduler.sampling.Volatility;
import dev.answerlens.scheduler.sampling.WindowStats;
import dev.answerlens.scheduler.sharing.SharedKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The decisions of one planning batch, made in memory: how many samples each prompt gets on each
 * platform a worker collects (fixed, or adaptive; none on a platform without an engine; each sample collected once by
 * each of the platform's engines), whether its workspace's budget admits the run, the jobs, when the
 * prompt runs next and what a "run now" request is told.
 */
public final class RunDecisions {
    /** A run the budget refused, with the reason shown to users. */
    public record Refusal(RunCandidate candidate, String reason) {
    }

    private final SchedulerConfig config;
    private final PriorityPolicy priorities;
    private final AdaptiveSampler sampler;
    private final CollectedPlatforms collected;
    private final Instant now;
    private final LocalDate today;
    private final List<PlannedJob> jobs = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private final Map<UUID, Instant> nextRuns = new LinkedHashMap<>();
    private final Map<UUID, String> requestOutcomes = new LinkedHashMap<>();
    private final Set<UUID> admittedWorkspaces = new HashSet<>();
    private final Set<UUID> adaptivePrompts = new HashSet<>();
    private final List<PromptPlatform> settled = new ArrayList<>();
    private long runs;

    RunDecisions(SchedulerConfig config, PriorityPolicy priorities, AdaptiveSampler sampler, CollectedPlatforms collected,
                 Instant now, LocalDate today) {
        this.config = config;
        this.collected = collected;
        this.priorities = priorities;
        this.sampler = sampler;
        this.now = now;
        this.today = today;
    }

    void decide(RunCandidate candidate, WorkspaceBudgets budgets, Map<PromptPlatform, WindowStats> stats, Volatility volatility) {
        boolean adaptive = candidate.adaptive() && !candidate.manual();
        Map<String, Integer> samples = new LinkedHashMap<>();
        Map<String, Integer> firstSample = new LinkedHashMap<>();
        for (String platform : candidate.platforms()) {
            if (!collected.collected(platform)) {
                continue;
            }
            WindowStats window = stats.getOrDefault(new PromptPlatform(candidate.promptId(), platform), WindowStats.EMPTY);
            int count = adaptive
                    ? sampler.moreSamples(window.answers(), window.mentioned(), window.inFlight(), window.scheduled(), volatility)
                    : candidate.samplesPerRun();
            if (count > 0) {
                samples.put(platform, count);
                firstSample.put(platform, adaptive ? window.scheduled() + 1 : 1);
            }
        }
        Optional<String> refusal = samples.isEmpty() ? Optional.empty() : budgets.admit(candidate.workspaceId(), jobsPerPlatform(samples));
        if (refusal.isPresent()) {
            refusals.add(new Refusal(candidate, refusal.get()));
            if (candidate.manual()) {
                requestOutcomes.put(candidate.requestId(), "refused: " + refusal.get());
            } else {
                Instant tomorrow = today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                Instant next = NextRunTime.after(now, candidate, volatility);
                nextRuns.put(candidate.promptId(), next.isAfter(tomorrow) ? next : tomorrow);
            }
            return;
        }
        if (!samples.isEmpty()) {
            admittedWorkspaces.add(candidate.workspaceId());
            runs++;
        }
        if (adaptive) {
            adaptivePrompts.add(candidate.promptId());
        }
        int added = addJobs(candidate, samples, firstSample, candidate.manual() ? "manual" : "schedule");
        if (candidate.manual()) {
            requestOutcomes.put(candidate.requestId(), "scheduled " + added + " jobs");
        } else {
            nextRuns.put(candidate.promptId(), NextRunTime.after(now, candidate, volatility));
        }
    }

    /**
     * A top-up of an adaptive window whose samples have all come back: more samples if the interval is
     * still too wide and the window has room, else the window is settled.
     */
    void topUp(RunCandidate window, WorkspaceBudgets budgets, WindowStats stats, Volatility volatility) {
        String platform = window.platforms().get(0);
        if (stats.inFlight() > 0 || !collected.collected(platform)) {
            return;
        }
        int count = sampler.moreSamples(stats.answers(), stats.mentioned(), 0, stats.scheduled(), volatility);
        if (count == 0) {
            settled.add(new PromptPlatform(window.promptId(), platform));
            return;
        }
        Optional<String> refusal = budgets.admit(window.workspaceId(), jobsPerPlatform(Map.of(platform, count)));
        if (refusal.isPresent()) {
            refusals.add(new Refusal(window, refusal.get()));
            return;
        }
        admittedWorkspaces.add(window.workspaceId());
        runs++;
        addJobs(window, Map.of(platform, count), Map.of(platform, stats.scheduled() + 1), "adaptive");
    }

    /** The jobs {@code samples} make: one per sample and engine of the platform. */
    private Map<String, Integer> jobsPerPlatform(Map<String, Integer> samples) {
        Map<String, Integer> jobs = new LinkedHashMap<>();
        samples.forEach((platform, count) -> jobs.put(platform, count * collected.engines(platform).size()));
        return jobs;
    }

    /**
     * Adds the jobs of one run: {@code samples} per platform, numbered from {@code firstSample}, each collected once
     * by every engine of the platform; returns how many.
     */
    int addJobs(RunCandidate candidate, Map<String, Integer> samples, Map<String, Integer> firstSample, String trigger) {
        UUID runId = UUID.randomUUID();
        int priority = priorities.priorityOf(candidate);
        boolean shared = sharable(candidate);
        int before = jobs.size();
        samples.forEach((platform, count) -> {
            int first = firstSample.getOrDefault(platform, 1);
            for (String engine : collected.engines(platform)) {
                String key = shared ? SharedKey.of(candidate.text(), platform, engine, candidate.country(), candidate.language(),
                        candidate.dueAt(), config.sharing().slot()) : null;
                for (int sample = first; sample < first + count; sample++) {
                    jobs.add(new PlannedJob(UUID.randomUUID(), candidate.workspaceId(), candidate.promptId(), runId, trigger,
                            platform, engine, sample, priority, today, candidate.dueAt(), key, null));
                }
            }
        });
        return jobs.size() - before;
    }

    /**
     * Shared sampling applies to scheduled runs of prompts that run at most once per slot: a prompt that
     * runs again within the slot must get fresh samples, never copies of its own earlier answers.
     */
    private boolean sharable(RunCandidate candidate) {
        if (!config.sharing().enabled() || candidate.manual()) {
            return false;
        }
        Instant next = NextRunTime.after(now, candidate, Volatility.VOLATILE);
        return !next.isBefore(now.plus(config.sharing().slot()));
    }

    List<PlannedJob> jobs() {
        return jobs;
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    public Map<UUID, Instant> nextRuns() {
        return nextRuns;
    }

    public Map<UUID, String> requestOutcomes() {
        return requestOutcomes;
    }

    public Set<UUID> admittedWorkspaces() {
        return admittedWorkspaces;
    }

    List<PromptPlatform> settled() {
        return settled;
    }

    Set<UUID> adaptivePrompts() {
        return adaptivePrompts;
    }

    long runs() {
        return runs;
    }
}
