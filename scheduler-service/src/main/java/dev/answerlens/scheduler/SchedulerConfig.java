package dev.answerlens.scheduler;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Scheduler settings (prefix {@code answerlens.scheduler}). */
@ConfigMapping(prefix = "answerlens.scheduler")
public interface SchedulerConfig {
    /** How often the scheduler plans and drains the outbox (a Quarkus duration such as 1s or 500ms). */
    @WithDefault("1s")
    String tick();

    /** How many due prompts or run requests one planning pass turns into jobs. */
    @WithDefault("200")
    int planBatchSize();

    /** How many pending jobs the outbox relay claims and publishes per transaction. */
    @WithDefault("500")
    int relayBatchSize();

    /** Batches the relay may publish in one tick before it lets the next tick start. */
    @WithDefault("40")
    int relayBatchesPerTick();

    /** Added to a prompt's priority (0–9) for a manual "run now"; capped at the queue maximum. */
    @WithDefault("1")
    int manualPriorityBoost();
}
