package dev.answerlens.deploy.faults;

import dev.answerlens.model.testing.LocalServers;
import dev.answerlens.model.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/** The local PostgreSQL server: its connections cut from under the services, or the whole server restarted. */
final class Postgres {
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);
    private static final String TERMINATE = """
            SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()
            """;

    private Postgres() {
    }

    /** Every connection to the run's database terminated, {@code times} times, {@code apart} from each other. */
    static Fault backendsTerminated(int times, Duration apart) {
        return run -> {
            List<Long> terminated = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                if (i > 0) {
                    FixedWait.of(apart);
                }
                terminated.add(terminate(run.database().name()));
            }
            return "pg_terminate_backend on the run's database " + times + " times, " + apart.toMillis()
                    + " ms apart: " + terminated + " backends";
        };
    }

    /** The server restarted (fast shutdown: sessions are cut, transactions in flight roll back). */
    static Fault restarted() {
        return run -> {
            try {
                Command.run(COMMAND_TIMEOUT, "pg_ctlcluster", "--skip-systemctl-redirect", version().orElseThrow(), "main", "restart");
            } finally {
                ensureRunning();
            }
            return "pg_ctlcluster " + version().orElseThrow() + " main restart";
        };
    }

    /** Why this machine cannot restart PostgreSQL from a test, if it cannot. */
    static Optional<String> whyNoRestart() {
        if (!List.of("127.0.0.1", "localhost").contains(LocalServers.PG_HOST)) {
            return Optional.of("PostgreSQL is not local (" + LocalServers.PG_HOST + ")");
        }
        if (!Command.exists("pg_ctlcluster") || version().isEmpty()) {
            return Optional.of("no pg_ctlcluster or no cluster under /etc/postgresql");
        }
        if (!Command.attempt(Duration.ofSeconds(5), "id", "-u").output().strip().equals("0")) {
            return Optional.of("not root: pg_ctlcluster may not restart the server");
        }
        return Optional.empty();
    }

    /** Makes sure the server accepts connections (starting it when it is down): before and after every scenario. */
    static void ensureRunning() {
        if (!ready() && version().isPresent()) {
            Command.attempt(COMMAND_TIMEOUT, "pg_ctlcluster", "--skip-systemctl-redirect", version().get(), "main", "start");
        }
        Awaitility.await("PostgreSQL accepting connections").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).until(Postgres::ready);
    }

    private static boolean ready() {
        return Command.attempt(Duration.ofSeconds(10), "pg_isready", "-q", "-h", LocalServers.PG_HOST,
                "-p", Integer.toString(LocalServers.PG_PORT)).succeeded();
    }

    private static long terminate(String database) throws SQLException {
        try (Connection c = TestDatabase.connect(LocalServers.jdbcUrl("postgres"));
             PreparedStatement s = c.prepareStatement(TERMINATE)) {
            s.setString(1, database);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The newest cluster version under /etc/postgresql, as deploy/local/servers.sh picks it. */
    private static Optional<String> version() {
        Path clusters = Path.of("/etc/postgresql");
        if (!Files.isDirectory(clusters)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(clusters)) {
            return versions.map(p -> p.getFileName().toString()).filter(v -> v.matches("\\d+(\\.\\d+)?"))
                    .max(Comparator.comparingDouble(Double::parseDouble));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
