package dev.answerlens.model.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A throw-away PostgreSQL database per test run, so runs never see each other's rows. */
public final class TestDatabase {
    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    public static TestDatabase create() {
        String name = "al_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name);
        return new TestDatabase(name);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return LocalServers.jdbcUrl(name);
    }

    public String reactiveUrl() {
        return LocalServers.reactiveUrl(name);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), LocalServers.PG_USER, "");
    }

    public void drop() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(LocalServers.jdbcUrl("postgres"), LocalServers.PG_USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + LocalServers.PG_HOST + ":" + LocalServers.PG_PORT
                    + " refused '" + sql + "': " + e.getMessage(), e);
        }
    }
}
