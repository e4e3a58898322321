package dev.answerlens.extraction.answer;

import dev.answerlens.model.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Seeds and reads the extraction service's tables through JDBC, for tests. */
public final class ExtractionDatabase {
    private ExtractionDatabase() {
    }

    public static Connection connect() throws SQLException {
        return TestDatabase.connect(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
    }

    public static UUID workspace() throws SQLException {
        UUID id = UUID.randomUUID();
        update("INSERT INTO workspaces (id, name) VALUES (?, 'extraction test')", id);
        return id;
    }

    public static UUID brand(UUID workspace, String name, String aliases, String domains, String kind) throws SQLException {
        UUID id = UUID.randomUUID();
        update("INSERT INTO brands (id, workspace_id, name, aliases, domains, kind) VALUES (?, ?, ?, ?::text[], ?::text[], ?)",
                id, workspace, name, aliases, domains, kind);
        return id;
    }

    public static long count(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    public static void update(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}
