package dev.answerlens.scheduler.budget;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Today's budgets and usage of the workspaces one planning transaction touches. Admitting a run
 * adds it to the usage, so runs planned together cannot jointly overshoot.
 */
public final class WorkspaceBudgets {
    record Limits(Integer dailyJobs, BigDecimal dailyCost) {
    }

    private final Map<UUID, Limits> limits = new HashMap<>();
    private final Map<UUID, Integer> jobsUsed = new HashMap<>();
    private final Map<UUID, BigDecimal> costUsed = new HashMap<>();
    private final Map<String, BigDecimal> costPerJob;

    WorkspaceBudgets(Map<String, BigDecimal> costPerJob) {
        this.costPerJob = costPerJob;
    }

    void limit(UUID workspace, Integer dailyJobs, BigDecimal dailyCost) {
        limits.put(workspace, new Limits(dailyJobs, dailyCost));
    }

    void used(UUID workspace, String platform, int jobs) {
        jobsUsed.merge(workspace, jobs, Integer::sum);
        costUsed.merge(workspace, cost(platform, jobs), BigDecimal::add);
    }

    /** Admits the run (and counts it) or says why not. */
    public Optional<String> admit(UUID workspace, Map<String, Integer> jobsByPlatform) {
        int jobs = jobsByPlatform.values().stream().mapToInt(Integer::intValue).sum();
        BigDecimal cost = jobsByPlatform.entrySet().stream()
                .map(e -> cost(e.getKey(), e.getValue())).reduce(BigDecimal.ZERO, BigDecimal::add);
        Limits limit = limits.get(workspace);
        int usedJobs = jobsUsed.getOrDefault(workspace, 0);
        BigDecimal usedCost = costUsed.getOrDefault(workspace, BigDecimal.ZERO);
        if (limit != null && limit.dailyJobs() != null && usedJobs + jobs > limit.dailyJobs()) {
            return Optional.of("daily job budget of " + limit.dailyJobs() + " reached: " + usedJobs
                    + " jobs scheduled today, a run needs " + jobs);
        }
        if (limit != null && limit.dailyCost() != null && usedCost.add(cost).compareTo(limit.dailyCost()) > 0) {
            return Optional.of("daily cost budget of $" + money(limit.dailyCost()) + " reached: $"
                    + money(usedCost) + " estimated today, a run needs $" + money(cost));
        }
        jobsByPlatform.forEach((platform, count) -> used(workspace, platform, count));
        return Optional.empty();
    }

    private static String money(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }

    private BigDecimal cost(String platform, int jobs) {
        return costPerJob.getOrDefault(platform, BigDecimal.ZERO).multiply(BigDecimal.valueOf(jobs));
    }
}
