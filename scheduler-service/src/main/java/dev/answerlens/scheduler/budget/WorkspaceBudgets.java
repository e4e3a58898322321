package dev.answerlens.scheduler.budget;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Today's budgets and usage of the workspaces one planning transaction touches. Admitting a run
 * adds it to the usage, so runs planned together cannot jointly overshoot. Under a cost budget a run on a
 * platform without a configured price is refused: a job of unknown cost is never counted as free.
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
        if (limit != null && limit.dailyCost() != null) {
            Optional<String> unpriced = jobsByPlatform.keySet().stream().filter(p -> !costPerJob.containsKey(p)).sorted().findFirst();
            if (unpriced.isPresent()) {
                return Optional.of("daily cost budget of $" + money(limit.dailyCost()) + " set, but platform " + unpriced.get()
                        + " has no price (answerlens.scheduler.cost-per-job." + unpriced.get()
                        + "): its runs wait until it has one, since their cost cannot be counted");
            }
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
