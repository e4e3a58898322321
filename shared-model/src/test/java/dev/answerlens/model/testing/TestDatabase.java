package dev.answerlens.model.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
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
        return connect(jdbcUrl());
    }

    /**
     * Connects through the driver class itself: DriverManager refuses drivers loaded by another class
     * loader, which is what a Quarkus test's class loaders look like to it.
     */
    public static Connection connect(String jdbcUrl) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", LocalServers.PG_USER);
        return new org.postgresql.Driver().connect(jdbcUrl, properties);
    }

    public void drop() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        try (Connection c = connect(LocalServers.jdbcUrl("postgres"));
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + LocalServers.PG_HOST + ":" + LocalServers.PG_PORT
                    + " refused '" + sql + "': " + e.getMessage(), e);
        }
    }
}
