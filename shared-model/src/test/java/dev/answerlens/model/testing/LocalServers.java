package dev.answerlens.model.testing;

/** Where the local servers the tests use are; overridable by environment for other machines. */
public final class LocalServers {
    public static final String PG_HOST = env("ANSWERLENS_PG_HOST", "127.0.0.1");
    public static final int PG_PORT = Integer.parseInt(env("ANSWERLENS_PG_PORT", "5432"));
    public static final String PG_USER = env("ANSWERLENS_PG_USER", "postgres");
    public static final String RABBIT_HOST = env("ANSWERLENS_RABBIT_HOST", "127.0.0.1");
    public static final int RABBIT_PORT = Integer.parseInt(env("ANSWERLENS_RABBIT_PORT", "5672"));
    public static final int RABBIT_MANAGEMENT_PORT = Integer.parseInt(env("ANSWERLENS_RABBIT_MANAGEMENT_PORT", "15672"));
    public static final String RABBIT_USER = env("ANSWERLENS_RABBIT_USER", "guest");
    public static final String RABBIT_PASSWORD = env("ANSWERLENS_RABBIT_PASSWORD", "guest");
    public static final String REDIS_URL = env("ANSWERLENS_REDIS_URL", "redis://127.0.0.1:6379");

    private LocalServers() {
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database;
    }

    public static String reactiveUrl(String database) {
        return "postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
