package dev.answerlens.worker.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The worker's collection figures for Prometheus: answers collected per platform and engine, failed
 * attempts per platform and failure class, and how long collections take.
 */
@ApplicationScoped
public class CollectionMetrics {
    private final MeterRegistry registry;

    public CollectionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void completed(String platform, String engine, Duration took) {
        Counter.builder("answerlens.jobs.completed").description("Answers collected and published")
                .tag("platform", platform).tag("engine", engine).register(registry).increment();
        Timer.builder("answerlens.collection").description("Time to collect one answer")
                // buckets for the dashboard's percentiles (histogram_quantile over _bucket)
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(10)).maximumExpectedValue(Duration.ofMinutes(5))
                .tag("platform", platform).tag("engine", engine).register(registry).record(took);
    }

    public void failed(String platform, String failureClass) {
        Counter.builder("answerlens.jobs.failed").description("Failed collection attempts (retried or parked)")
                .tag("platform", platform).tag("failure_class", failureClass).register(registry).increment();
    }
}
