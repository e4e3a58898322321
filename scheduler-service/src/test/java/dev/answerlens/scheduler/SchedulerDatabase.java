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
        UUID id = UUID.randomUUID();
        update("INSERT INTO prompts (id, workspace_id, text, language, country, platforms, cadence_minutes, samples_per_run,"
                        + " priority, next_run_at) VALUES (?, ?, 'which crm is best for a small agency?', 'en', 'US', ?::text[], 60, ?, ?,"
                        + (due ? " now() - interval '1 second')" : " now() + interval '1 day')"),
                id, workspace, platformsArray, samples, (short) priority);
        return id;
    }

    /** A job row left pending, as if the scheduler committed it and crashed before publishing. */
    public static UUID pendingJob(UUID workspace, UUID prompt, String platform, int sample, int priority) throws SQLException {
        UUID id = UUID.randomUUID();
        update("INSERT INTO jobs (id, workspace_id, prompt_id, run_id, trigger, platform, sample, priority, day, due_at)"
                + " VALUES (?, ?, ?, gen_random_uuid(), 'schedule', ?, ?, ?, current_date, now())", id, workspace, prompt, platform, sample, (short) priority);
        return id;
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
