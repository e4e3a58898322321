package dev.answerlens.scheduler.planning;

import dev.answerlens.scheduler.SchedulerConfig;
import dev.answerlens.scheduler.budget.BudgetGuard;
import dev.answerlens.scheduler.budget.Holds;
import dev.answerlens.scheduler.budget.WorkspaceBudgets;
import dev.answerlens.scheduler.sampling.AdaptiveSampler;
import dev.answerlens.scheduler.sampling.PromptPlatform;
import dev.answerlens.scheduler.sampling.SamplingWindows;
import dev.answerlens.scheduler.sampling.ScheduledSample;
import dev.answerlens.scheduler.sampling.Volatility;
import dev.answerlens.scheduler.sampling.WindowStats;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns due prompts and "run now" requests into jobs in one transaction per batch: claim, read the
 * context (budgets, adaptive-sampling windows, volatility, shared leaders), decide in Java
 * ({@link RunDecisions}), then write jobs, counts, windows, next run times and holds together — all or
 * nothing, so a crash loses no run and plans none twice.
 */
@ApplicationScoped
public class RunPlanner {
    private final Pool pool;
    private final SchedulerConfig config;
    private final CandidateClaims claims;
    private final BudgetGuard budgets;
    private final SamplingWindows windows;
    private final LeaderAssignment leaders;
    private final JobWriter writer;
    private final RunBookkeeping bookkeeping;
    private final PriorityPolicy priorities;
    private final CollectedPlatforms collected;

    public RunPlanner(Pool pool, SchedulerConfig config, CandidateClaims claims, BudgetGuard budgets, SamplingWindows windows,
                      LeaderAssignment leaders, JobWriter writer, RunBookkeeping bookkeeping, PriorityPolicy priorities,
                      CollectedPlatforms collected) {
        this.pool = pool;
        this.config = config;
        this.claims = claims;
        this.budgets = budgets;
        this.windows = windows;
        this.leaders = leaders;
        this.writer = writer;
        this.bookkeeping = bookkeeping;
        this.priorities = priorities;
        this.collected = collected;
    }

    public Uni<PlanningResult> planDuePrompts() {
        return pool.withTransaction(connection -> claims.duePrompts(connection, config.planBatchSize())
                .flatMap(candidates -> plan(connection, candidates)));
    }

    public Uni<PlanningResult> planRunRequests() {
        return pool.withTransaction(connection -> claims.runRequests(connection, config.planBatchSize())
                .flatMap(candidates -> plan(connection, candidates)));
    }

    /** Tops up adaptive windows whose samples are all back but whose interval is still too wide; closes old windows. */
    public Uni<PlanningResult> topUpAdaptiveWindows() {
        Instant now = Instant.now();
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate windowStart = windows.windowStart(today);
        return pool.withTransaction(connection -> windows.closeFinished(connection, windowStart)
                .flatMap(closed -> claims.unsettledWindows(connection, config.planBatchSize(), windowStart))
                .flatMap(candidates -> {
                    if (candidates.isEmpty()) {
                        return Uni.createFrom().item(PlanningResult.NOTHING);
                    }
                    List<PromptPlatform> pairs = candidates.stream()
                            .map(c -> new PromptPlatform(c.promptId(), c.platforms().get(0))).toList();
                    return budgets.load(connection, candidates.stream().map(RunCandidate::workspaceId).toList(), today)
                            .flatMap(loaded -> windows.current(connection, pairs, windowStart)
                                    .flatMap(stats -> windows.volatility(connection, candidates.stream().map(RunCandidate::promptId).toList())
                                            .flatMap(volatility -> {
                                                RunDecisions decisions = decisions(now, today);
                                                for (RunCandidate window : candidates) {
                                                    PromptPlatform pair = new PromptPlatform(window.promptId(), window.platforms().get(0));
                                                    decisions.topUp(window, loaded, stats.getOrDefault(pair, WindowStats.EMPTY),
                                                            volatility.getOrDefault(window.promptId(), Volatility.UNKNOWN));
                                                }
                                                return write(connection, decisions, windowStart)
                                                        .call(() -> windows.settle(connection, decisions.settled(), windowStart));
                                            })));
                }));
    }

    private RunDecisions decisions(Instant now, LocalDate today) {
        return new RunDecisions(config, priorities, new AdaptiveSampler(config.adaptive().targetWidth(),
                config.adaptive().maxSamplesPerWindow(), config.adaptive().maxSamplesPerRun()), collected, now, today);
    }

    private Uni<PlanningResult> plan(SqlConnection connection, List<RunCandidate> candidates) {
        if (candidates.isEmpty()) {
            return Uni.createFrom().item(PlanningResult.NOTHING);
        }
        Instant now = Instant.now();
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate windowStart = windows.windowStart(today);
        List<PromptPlatform> adaptivePairs = new ArrayList<>();
        List<UUID> adaptivePrompts = new ArrayList<>();
        for (RunCandidate candidate : candidates) {
            if (candidate.adaptive() && !candidate.manual()) {
                adaptivePrompts.add(candidate.promptId());
                candidate.platforms().forEach(platform -> adaptivePairs.add(new PromptPlatform(candidate.promptId(), platform)));
            }
        }
        return budgets.load(connection, candidates.stream().map(RunCandidate::workspaceId).toList(), today)
                .flatMap(loaded -> windows.current(connection, adaptivePairs, windowStart)
                        .flatMap(stats -> windows.volatility(connection, adaptivePrompts)
                                .flatMap(volatility -> decideAndWrite(connection, candidates, loaded, stats, volatility,
                                        now, today, windowStart))));
    }

    private Uni<PlanningResult> decideAndWrite(SqlConnection connection, List<RunCandidate> candidates, WorkspaceBudgets budgets,
                                               Map<PromptPlatform, WindowStats> stats, Map<UUID, Volatility> volatility,
                                               Instant now, LocalDate today, LocalDate windowStart) {
        RunDecisions decisions = decisions(now, today);
        candidates.forEach(candidate -> decisions.decide(candidate, budgets, stats, volatility.getOrDefault(candidate.promptId(),
                Volatility.UNKNOWN)));
        return write(connection, decisions, windowStart);
    }

    private Uni<PlanningResult> write(SqlConnection connection, RunDecisions decisions, LocalDate windowStart) {
        return leaders.assign(connection, decisions.jobs())
                .flatMap(jobs -> writer.write(connection, jobs)
                        .flatMap(written -> windows.addScheduled(connection,
                                jobs.stream().filter(job -> "adaptive".equals(job.trigger())
                                        || decisions.adaptivePrompts().contains(job.promptId()))
                                        .map(job -> new ScheduledSample(job.workspaceId(), job.promptId(), job.platform()))
                                        .toList(), windowStart))
                        .flatMap(ignored -> bookkeeping.record(connection, decisions))
                        .map(ignored -> new PlanningResult(decisions.runs(), jobs.size(),
                                jobs.stream().filter(job -> job.leaderJobId() != null).count(), decisions.refusals().size())));
    }
}
