package dev.answerlens.scheduler.sampling;

import dev.answerlens.scheduler.SchedulerConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The adaptive-sampling state in the database: samples scheduled per (prompt, platform, window), the
 * answers and own-brand mentions collected in the current window, and the rates of closed windows
 * that measure volatility.
 */
@ApplicationScoped
public class SamplingWindows {
    private static final String CURRENT = """
            SELECT p.prompt_id, p.platform, coalesce(w.scheduled, 0) AS scheduled,
                   (SELECT count(*) FROM answers a WHERE a.prompt_id = p.prompt_id AND a.platform = p.platform AND a.day >= $2) AS answers,
                   (SELECT count(*) FROM answers a WHERE a.prompt_id = p.prompt_id AND a.platform = p.platform AND a.day >= $2
                      AND EXISTS (SELECT 1 FROM mentions m JOIN brands b ON b.id = m.brand_id
                                  WHERE m.answer_id = a.id AND b.kind = 'own')) AS mentioned,
                   (SELECT count(*) FROM jobs j WHERE j.prompt_id = p.prompt_id AND j.platform = p.platform AND j.day >= $2
                      AND j.state IN ('pending', 'queued', 'retrying', 'following', 'copied')) AS in_flight
            FROM unnest($1::uuid[], $3::text[]) AS p(prompt_id, platform)
            LEFT JOIN sampling_windows w ON w.prompt_id = p.prompt_id AND w.platform = p.platform AND w.window_start = $2
            """;
    private static final String HISTORY = """
            SELECT prompt_id, platform, answers, mentioned FROM (
                SELECT prompt_id, platform, answers, mentioned,
                       row_number() OVER (PARTITION BY prompt_id, platform ORDER BY window_start DESC) AS recent
                FROM sampling_windows WHERE prompt_id = ANY($1) AND closed_at IS NOT NULL AND answers > 0) h
            WHERE recent <= $2
            """;
    private static final String ADD_SCHEDULED = """
            INSERT INTO sampling_windows (prompt_id, platform, window_start, workspace_id, scheduled) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (prompt_id, platform, window_start) DO UPDATE
            SET scheduled = sampling_windows.scheduled + EXCLUDED.scheduled, settled = false
            """;
    private static final String CLOSE_FINISHED = """
            UPDATE sampling_windows w SET closed_at = now(),
                answers = (SELECT count(*) FROM answers a WHERE a.prompt_id = w.prompt_id AND a.platform = w.platform
                           AND a.day >= w.window_start AND a.day < $1),
                mentioned = (SELECT count(*) FROM answers a WHERE a.prompt_id = w.prompt_id AND a.platform = w.platform
                           AND a.day >= w.window_start AND a.day < $1
                           AND EXISTS (SELECT 1 FROM mentions m JOIN brands b ON b.id = m.brand_id
                                       WHERE m.answer_id = a.id AND b.kind = 'own'))
            WHERE w.closed_at IS NULL AND w.window_start < $1
            """;

    private static final String SETTLE =
            "UPDATE sampling_windows SET settled = true WHERE prompt_id = $1 AND platform = $2 AND window_start = $3";

    private final SchedulerConfig.Adaptive config;

    public SamplingWindows(SchedulerConfig config) {
        this.config = config.adaptive();
    }

    /** The first day of the window that contains {@code day} (windows are aligned to day 0 of the epoch). */
    public LocalDate windowStart(LocalDate day) {
        long epochDay = day.toEpochDay();
        return LocalDate.ofEpochDay(epochDay - Math.floorMod(epochDay, config.windowDays()));
    }

    public Uni<Map<PromptPlatform, WindowStats>> current(SqlClient client, Collection<PromptPlatform> pairs, LocalDate windowStart) {
        if (pairs.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        UUID[] prompts = pairs.stream().map(PromptPlatform::promptId).toArray(UUID[]::new);
        String[] platforms = pairs.stream().map(PromptPlatform::platform).toArray(String[]::new);
        return client.preparedQuery(CURRENT).execute(Tuple.of(prompts, windowStart, platforms)).map(rows -> {
            Map<PromptPlatform, WindowStats> stats = new HashMap<>();
            for (Row row : rows) {
                stats.put(new PromptPlatform(row.getUUID("prompt_id"), row.getString("platform")), new WindowStats(
                        row.getInteger("scheduled"), row.getLong("answers").intValue(), row.getLong("mentioned").intValue(),
                        row.getLong("in_flight").intValue()));
            }
            return stats;
        });
    }

    /** Volatility per prompt: the most volatile of its platforms, from their recent closed windows. */
    public Uni<Map<UUID, Volatility>> volatility(SqlClient client, Collection<UUID> prompts) {
        if (prompts.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return client.preparedQuery(HISTORY).execute(Tuple.of(prompts.toArray(UUID[]::new), config.history())).map(rows -> {
            Map<PromptPlatform, List<Double>> rates = new HashMap<>();
            for (Row row : rows) {
                rates.computeIfAbsent(new PromptPlatform(row.getUUID("prompt_id"), row.getString("platform")), k -> new ArrayList<>())
                        .add(row.getInteger("mentioned") / (double) row.getInteger("answers"));
            }
            Map<UUID, Volatility> result = new HashMap<>();
            rates.forEach((pair, history) -> result.merge(pair.promptId(),
                    Volatility.of(history, config.stableBelow(), config.volatileAbove()), SamplingWindows::moreVolatile));
            return result;
        });
    }

    public Uni<Void> addScheduled(SqlClient client, List<ScheduledSample> samples, LocalDate windowStart) {
        Map<PromptPlatform, int[]> counts = new TreeMap<>((a, b) -> a.promptId().equals(b.promptId())
                ? a.platform().compareTo(b.platform()) : a.promptId().compareTo(b.promptId()));
        Map<UUID, UUID> workspaces = new HashMap<>();
        for (ScheduledSample sample : samples) {
            counts.computeIfAbsent(new PromptPlatform(sample.promptId(), sample.platform()), k -> new int[1])[0]++;
            workspaces.put(sample.promptId(), sample.workspaceId());
        }
        if (counts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Tuple> rows = new ArrayList<>();
        counts.forEach((pair, count) -> rows.add(Tuple.of(pair.promptId(), pair.platform(), windowStart,
                workspaces.get(pair.promptId()), count[0])));
        return client.preparedQuery(ADD_SCHEDULED).executeBatch(rows).replaceWithVoid();
    }

    /** Marks windows that need no more samples (narrow enough, or at their cap) until new samples are added. */
    public Uni<Void> settle(SqlClient client, Collection<PromptPlatform> pairs, LocalDate windowStart) {
        if (pairs.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Tuple> rows = pairs.stream().map(p -> Tuple.of(p.promptId(), p.platform(), windowStart)).toList();
        return client.preparedQuery(SETTLE).executeBatch(rows).replaceWithVoid();
    }

    /** Closes the windows before the current one, recording their final rate for the volatility history. */
    public Uni<Integer> closeFinished(SqlClient client, LocalDate currentWindowStart) {
        return client.preparedQuery(CLOSE_FINISHED).execute(Tuple.of(currentWindowStart)).map(rows -> rows.rowCount());
    }

    private static Volatility moreVolatile(Volatility a, Volatility b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
