package dev.answerlens.scheduler.planning;

import dev.answerlens.model.topology.Topology;
import dev.answerlens.scheduler.SchedulerConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place a job's message priority is decided: the prompt's priority (0–9) plus its workspace
 * tier's boost, capped at 9; a manual "run now" adds the manual boost and may reach the queue maximum.
 */
@ApplicationScoped
public class PriorityPolicy {
    private final SchedulerConfig config;

    public PriorityPolicy(SchedulerConfig config) {
        this.config = config;
    }

    public int priorityOf(RunCandidate candidate) {
        int scheduled = Math.min(9, candidate.priority() + config.tierBoost().getOrDefault(candidate.tier(), 0));
        return candidate.manual()
                ? Math.min(Topology.MAX_PRIORITY, scheduled + config.manualPriorityBoost())
                : Math.max(0, scheduled);
    }
}
