package dev.answerlens.deploy.faults;

import dev.answerlens.model.testing.LocalServers;
import java.net.URI;
import java.time.Duration;
import org.awaitility.Awaitility;

/** The local Redis server: its clients paused, or the server restarted with its data gone. */
final class Redis {
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
    private static final URI SERVER = URI.create(LocalServers.REDIS_URL);
    /** Where deploy/local/servers.sh keeps Redis's files when the running server does not say. */
    private static final String DEFAULT_DIR = "/var/lib/redis";
    private static final String DEFAULT_LOG = "/var/log/redis/answerlens.log";

    private Redis() {
    }

    /** Every client paused (CLIENT PAUSE ALL) for {@code lasting}: commands wait, connections stay open. */
    static Fault clientsPausedFor(Duration lasting) {
        return run -> {
            try {
                redisCli("CLIENT", "PAUSE", Long.toString(lasting.toMillis()), "ALL");
                FixedWait.of(lasting);
            } finally {
                awaitAnswering();
            }
            return "CLIENT PAUSE " + lasting.toMillis() + " ALL";
        };
    }

    /** The server shut down without saving and started again empty after {@code downFor}, as after a crash. */
    static Fault restartedEmpty(Duration downFor) {
        return run -> {
            String dir = configValue("dir", DEFAULT_DIR);
            String log = configValue("logfile", DEFAULT_LOG);
            try {
                Command.attempt(COMMAND_TIMEOUT, "redis-cli", "-h", SERVER.getHost(), "-p", port(), "shutdown", "nosave");
                Awaitility.await("Redis down").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                        .until(() -> !answering());
                FixedWait.of(downFor);
            } finally {
                start(dir, log);
            }
            return "redis-cli shutdown nosave; redis-server started again empty after " + downFor.toSeconds() + " s";
        };
    }

    /** Makes sure Redis answers PING (starting it when it is down): before and after every scenario. */
    static void ensureRunning() {
        if (!answering()) {
            start(DEFAULT_DIR, DEFAULT_LOG);
        }
    }

    /** Starts the server with deploy/local/servers.sh's arguments (no persistence), and waits until it answers. */
    private static void start(String dir, String log) {
        if (!answering()) {
            Command.run(COMMAND_TIMEOUT, "redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "-::1",
                    "--port", port(), "--save", "", "--appendonly", "no", "--dir", dir, "--logfile", log);
        }
        awaitAnswering();
    }

    private static void awaitAnswering() {
        Awaitility.await("Redis answering PING").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(Redis::answering);
    }

    private static boolean answering() {
        Command.Outcome ping = Command.attempt(Duration.ofSeconds(2), "redis-cli", "-h", SERVER.getHost(), "-p", port(), "PING");
        return ping.succeeded() && ping.output().strip().equals("PONG");
    }

    private static String configValue(String name, String fallback) {
        String[] lines = redisCli("CONFIG", "GET", name).strip().split("\n");
        return lines.length == 2 && !lines[1].isBlank() ? lines[1].strip() : fallback;
    }

    private static String redisCli(String... arguments) {
        String[] command = new String[arguments.length + 5];
        command[0] = "redis-cli";
        command[1] = "-h";
        command[2] = SERVER.getHost();
        command[3] = "-p";
        command[4] = port();
        System.arraycopy(arguments, 0, command, 5, arguments.length);
        return Command.run(COMMAND_TIMEOUT, command);
    }

    private static String port() {
        return Integer.toString(SERVER.getPort() == -1 ? 6379 : SERVER.getPort());
    }
}
