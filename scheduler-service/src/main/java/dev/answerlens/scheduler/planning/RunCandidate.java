package dev.answerlens.scheduler.planning;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A prompt that is due, or that somebody asked to run now, with what planning needs to know of it. */
public record RunCandidate(
        UUID requestId,
        UUID promptId,
        UUID workspaceId,
        String tier,
        String text,
        String language,
        String country,
        List<String> platforms,
        int samplesPerRun,
        int priority,
        int cadenceMinutes,
        String cron,
        boolean adaptive,
        Instant dueAt) {

    /** The same prompt restricted to one platform. */
    public RunCandidate on(String platform) {
        return new RunCandidate(requestId, promptId, workspaceId, tier, text, language, country, List.of(platform),
                samplesPerRun, priority, cadenceMinutes, cron, adaptive, dueAt);
    }

    public boolean manual() {
        return requestId != null;
    }

    /** Reads the columns both claim queries select. */
    static RunCandidate from(Row row, boolean manual) {
        return new RunCandidate(manual ? row.getUUID("request_id") : null, row.getUUID("id"), row.getUUID("workspace_id"),
                row.getString("tier"), row.getString("text"), row.getString("language"), row.getString("country"),
                List.of(row.getArrayOfStrings("platforms")), row.getInteger("samples_per_run"), row.getInteger("priority"),
                row.getInteger("cadence_minutes"), row.getString("cron"), row.getBoolean("adaptive"),
                row.getOffsetDateTime("due_at").toInstant());
    }
}
