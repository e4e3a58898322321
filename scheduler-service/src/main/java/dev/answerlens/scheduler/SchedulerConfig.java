package dev.answerlens.scheduler;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/** Scheduler settings (prefix {@code answerlens.scheduler}). */
@ConfigMapping(prefix = "answerlens.scheduler")
public interface SchedulerConfig {
    /** How often the scheduler plans and drains the outbox (a Quarkus duration such as 1s or 500ms). */
    @WithDefault("1s")
    String tick();

    /**
     * How often the relay drains the outbox on its own (the tick when unset); a planning batch that wrote jobs starts a
     * relay at once besides. Read by the relay's schedule; declared here so the setting is known.
     */
    java.util.Optional<String> relayTick();

    /** How many due prompts or run requests one planning transaction turns into jobs. */
    @WithDefault("200")
    int planBatchSize();

    /** Planning batches (of due prompts, and of run requests) one tick may plan while they come back full. */
    @WithDefault("10")
    int planBatchesPerTick();

    /** How many pending jobs the outbox relay claims and publishes per transaction. */
    @WithDefault("500")
    int relayBatchSize();

    /** Batches the relay may publish in one tick (all lanes together) before it lets the next tick start. */
    @WithDefault("200")
    int relayBatchesPerTick();

    /**
     * Relay batches in flight at once (each on its own database connection; keep it below the reactive pool size).
     * One batch's confirms and commit then overlap the next batch's claim and publish.
     */
    @WithDefault("4")
    int relayLanes();

    /** Added to a prompt's priority (0–9) for a manual "run now"; capped at the queue maximum (10). */
    @WithDefault("1")
    int manualPriorityBoost();

    /** Added to a prompt's priority by workspace tier (e.g. {@code tier-boost.premium=2}); unknown tiers add 0. Capped at 9. */
    Map<String, Integer> tierBoost();

    /** Estimated cost of one job per platform id in USD, for cost budgets (e.g. {@code cost-per-job.chatgpt=0.002}). */
    Map<String, BigDecimal> costPerJob();

    /** A platform queue deeper than this holds back the relay for that platform (backpressure). */
    @WithDefault("20000")
    long maxQueueDepth();

    /**
     * Waits before attempts 2, 3 and 4 of a job event that could not be recorded; then it is parked. Applied by
     * the shared consumer runtime ({@code answerlens.messaging.retry-delays} refers to it).
     */
    @WithDefault("1s,10s,1m")
    java.util.List<Duration> retryDelays();

    /**
     * Longest a tick may take (planning, follower copies, backpressure, relay); a tick that has not finished
     * by then is abandoned so the next one runs. Keep it well above the messaging confirm timeout.
     */
    @WithDefault("60s")
    Duration tickTimeout();

    Sharing sharing();

    Adaptive adaptive();

    interface Sharing {
        /** Collect a question once when several workspaces ask it on the same platform, country, language and slot. */
        @WithDefault("true")
        boolean enabled();

        /** The time slot within which identical questions are shared. */
        @WithDefault("1h")
        Duration slot();
    }

    interface Adaptive {
        /** Target width (high − low) of the 95% Wilson interval of the own brand's mention rate per window. */
        @WithDefault("0.2")
        double targetWidth();

        /** Samples per (prompt, platform) and window at most, whatever the width. */
        @WithDefault("100")
        int maxSamplesPerWindow();

        /** Samples one run or top-up may add at most. */
        @WithDefault("25")
        int maxSamplesPerRun();

        /** Window length in days: the interval is computed over the answers of the current window. */
        @WithDefault("1")
        int windowDays();

        /** Closed windows whose rates measure volatility. */
        @WithDefault("4")
        int history();

        /** Standard deviation of recent window rates below which a prompt counts as stable. */
        @WithDefault("0.05")
        double stableBelow();

        /** Standard deviation of recent window rates above which a prompt counts as volatile. */
        @WithDefault("0.15")
        double volatileAbove();
    }
}
