package dev.answerlens.model.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * One built service run as its own JVM process, as in production: for the end-to-end tests and the fault
 * suite, which also crash it ({@link #kill()}), freeze it ({@link #freeze()}) and start it again on the same
 * port, environment and log ({@link #start()} after a kill).
 */
public final class ServiceProcess {
    /** What a health endpoint said: 200 is UP, 503 is DOWN, anything else (or nothing) is NO_ANSWER. */
    public enum Health { UP, DOWN, NO_ANSWER }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String module;
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    public ServiceProcess(String module, Map<String, String> environment, Path logDirectory) throws IOException {
        this.module = module;
        this.port = FreePorts.belowEphemeralRange();
        this.environment = new HashMap<>(environment);
        this.environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        this.log = logDirectory.resolve(module + ".log");
        Files.createDirectories(logDirectory);
    }

    /** The project's root directory, from a module's directory (where Maven runs tests) or the root itself. */
    public static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("api-service")) ? here : here.getParent();
    }

    /** Starts the process, or starts it again after {@link #kill()} (its log is appended to). */
    public ServiceProcess start() throws IOException {
        if (isAlive()) {
            throw new IllegalStateException(module + " is already running (pid " + process.pid() + ")");
        }
        Path jar = root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build all modules first (./mvnw package from the root)");
        }
        // A class-data archive per service, written when the process exits normally and used by the next start
        // (JDK 19+; rebuilt by itself when the jar changes): starts take about a third less CPU.
        Path classData = jar.getParent().getParent().resolve(module + ".jsa");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx320m", "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + classData, "-jar", jar.toString());
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        process = builder.start();
        return this;
    }

    public void awaitReady() {
        awaitReady(Duration.ofSeconds(90));
    }

    public void awaitReady(Duration within) {
        Awaitility.await(module + " ready").atMost(within).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
            }
            return health("/q/health/ready") == Health.UP;
        });
    }

    /** Asks a health endpoint ({@code /q/health/ready} or {@code /q/health/live}), waiting at most 5 s. */
    public Health health(String path) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return switch (response.statusCode()) {
                case 200 -> Health.UP;
                case 503 -> Health.DOWN;
                default -> Health.NO_ANSWER;
            };
        } catch (IOException e) {
            return Health.NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.NO_ANSWER;
        }
    }

    /** Kills the process without warning (SIGKILL), as a crash or an OOM kill would. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** Stops the process in its tracks (SIGSTOP): it holds its connections and deliveries but does nothing. */
    public void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** Lets a frozen process run again (SIGCONT). */
    public void thaw() throws IOException, InterruptedException {
        signal("CONT");
    }

    /** Asks the process to shut down (SIGTERM); kills it when it has not gone after 20 s. */
    public void stop() throws InterruptedException {
        requestStop();
        awaitStop(Duration.ofSeconds(20));
    }

    /** Sends SIGTERM and returns at once, so several services can shut down side by side. */
    public void requestStop() {
        if (isAlive()) {
            process.destroy();
        }
    }

    /** Waits for the process to end after {@link #requestStop()}; kills it when it has not within {@code within}. */
    public void awaitStop(Duration within) throws InterruptedException {
        if (process != null && !process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        if (process == null) {
            throw new IllegalStateException(module + " was never started");
        }
        return process.pid();
    }

    public String module() {
        return module;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path logFile() {
        return log;
    }

    private void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid())).redirectErrorStream(true).start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid() + " failed: "
                    + new String(kill.getInputStream().readAllBytes()));
        }
    }

    /** Where ports are picked: below the kernel's ephemeral range (32768-60999 by default). */
}
