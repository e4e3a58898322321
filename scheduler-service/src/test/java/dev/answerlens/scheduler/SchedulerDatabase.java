package dev.answerlens.scheduler;

import dev.answerlens.model.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Writes and reads the rows the scheduler works on, straight through JDBC, for tests. */
public final class SchedulerDatabase {
    private SchedulerDatabase() {
    }

    public static Connection connect() throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        return TestDatabase.connect(url);
    }

    public static UUID workspace() throws SQLException {
        UUID id = UUID.randomUUID();
        update("INSERT INTO workspaces (id, name) VALUES (?, 'test workspace')", id);
        return id;
    }

    /** A prompt that is due now unless {@code due} is false. */
    public static UUID prompt(UUID workspace, String platformsArray, int samples, int priority, boolean due) throws SQLException {
        return prompt(workspace, "which crm is best for a small agency? " + UUID.randomUUID(), platformsArray, samples, priority, due, false);
    }

    public static UUID prompt(UUID workspace, String text, String platformsArray, int samples, int priority, boolean due,
                              boolean adaptive) throws SQLException {
        UUID id = UUID.randomUUID();
        update("INSERT INTO prompts (id, workspace_id, text, language, country, platforms, cadence_minutes, samples_per_run,"
                        + " priority, adaptive, next_run_at) VALUES (?, ?, ?, 'en', 'US', ?::text[], 1440, ?, ?, ?,"
                        + (due ? " now() - interval '1 second')" : " now() + interval '1 day')"),
                id, workspace, text, platformsArray, samples, (short) priority, adaptive);
        return id;
    }

    /** A job row left pending, as if the scheduler committed it and crashed before publishing. */
    public static UUID pendingJob(UUID workspace, UUID prompt, String platform, int sample, int priority) throws SQLException {
        UUID id = UUID.randomUUID();
        update("INSERT INTO jobs (id, workspace_id, prompt_id, run_id, trigger, platform, sample, priority, day, due_at)"
                + " VALUES (?, ?, ?, gen_random_uuid(), 'schedule', ?, ?, ?, current_date, now())", id, workspace, prompt, platform, sample, (short) priority);
        return id;
    }

    public static UUID brand(UUID workspace, String name, String kind) throws SQLException {
        UUID id = UUID.randomUUID();
        update("INSERT INTO brands (id, workspace_id, name, kind) VALUES (?, ?, ?, ?)", id, workspace, name, kind);
        return id;
    }

    /** Stores an answer for the job as the extraction service would, mentioning {@code ownBrand} or not, and marks it collected. */
    public static UUID collect(UUID job, UUID ownBrand, boolean mentioned) throws SQLException {
        UUID answer = UUID.randomUUID();
        update("INSERT INTO answers (id, job_id, workspace_id, prompt_id, platform, sample, day, raw_text, engine, web_search,"
                + " logged_in, started_at, finished_at, latency_ms, extractor_version, scheduled_at)"
                + " SELECT ?, id, workspace_id, prompt_id, platform, sample, day, 'an answer', 'simulated', false, false,"
                + " now(), now(), 1, 'rules-1', created_at FROM jobs WHERE id = ?", answer, job);
        if (mentioned) {
            update("INSERT INTO mentions (answer_id, brand_id, workspace_id, position, mention_count, snippet, method, extractor_version)"
                    + " SELECT ?, ?, workspace_id, 1, 1, 'snippet', 'rules', 'rules-1' FROM answers WHERE id = ?", answer, ownBrand, answer);
        }
        update("UPDATE jobs SET state = 'collected' WHERE id = ?", job);
        return answer;
    }

    public static java.util.List<UUID> ids(String sql, Object... args) throws SQLException {
        java.util.List<UUID> ids = new java.util.ArrayList<>();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    public static String text(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public static long count(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static void update(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }
}
