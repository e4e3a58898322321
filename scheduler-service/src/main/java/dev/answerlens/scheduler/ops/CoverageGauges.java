package dev.answerlens.scheduler.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Today's coverage per platform, all workspaces together: answers collected over jobs scheduled for the
 * UTC day (answerlens_coverage_ratio). A platform with nothing scheduled today has no value, never 0 or 1.
 */
@ApplicationScoped
public class CoverageGauges {
    private static final String TODAY = """
            SELECT s.platform, s.scheduled, coalesce(r.collected, 0) AS collected
            FROM (SELECT platform, sum(jobs) AS scheduled FROM scheduled_daily
                  WHERE day = (now() AT TIME ZONE 'UTC')::date GROUP BY platform) s
            LEFT JOIN (SELECT platform, sum(answers) AS collected FROM answer_daily_rollups
                       WHERE day = (now() AT TIME ZONE 'UTC')::date GROUP BY platform) r USING (platform)""";
    /** A refresh that has not answered by then is dropped, so the next one runs (its values stay as they were). */
    private static final Duration REFRESH_TIMEOUT = Duration.ofSeconds(10);
    private final Pool pool;
    private final MeterRegistry registry;
    private final Map<String, AtomicReference<Double>> ratios = new ConcurrentHashMap<>();

    public CoverageGauges(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        this.registry = registry;
    }

    @Scheduled(every = "${answerlens.metrics.coverage-refresh:15s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> refresh() {
        return pool.query(TODAY).execute().invoke(rows -> {
            for (Row row : rows) {
                double scheduled = row.getLong("scheduled");
                ratio(row.getString("platform")).set(Math.min(1.0, row.getLong("collected") / scheduled));
            }
        }).ifNoItem().after(REFRESH_TIMEOUT).fail().onFailure().recoverWithNull().replaceWithVoid();
    }

    private AtomicReference<Double> ratio(String platform) {
        return ratios.computeIfAbsent(platform, p -> {
            AtomicReference<Double> value = new AtomicReference<>(Double.NaN);
            registry.gauge("answerlens.coverage.ratio", Tags.of("platform", p), value, AtomicReference::get);
            return value;
        });
    }
}
