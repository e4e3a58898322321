package dev.answerlens.worker.shutdown;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a stopping worker treats the jobs it holds (prefix {@code answerlens.worker.shutdown}). */
@ConfigMapping(prefix = "answerlens.worker.shutdown")
public interface ShutdownConfig {
    /**
     * How long a stopping worker lets its in-flight jobs finish (answer published and confirmed, job acked).
     * Jobs still running then are returned to their queue (nack, requeue). Keep it below the platform's
     * grace period (Kubernetes terminationGracePeriodSeconds, compose stop_grace_period).
     */
    @WithDefault("20s")
    Duration drainTimeout();
}
