package dev.answerlens.deploy.compose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The docker compose client, which validates compose files without a Docker engine: the plugin
 * ({@code docker compose}) when installed, else the standalone {@code docker-compose}
 * (Debian's package; deploy/local/tools.sh installs it).
 */
final class ComposeClient {
    /** Test values for the secrets the compose files require from the environment. */
    static final Map<String, String> SECRETS = Map.of(
            "RABBITMQ_PASSWORD", "test-rabbit", "POSTGRES_PASSWORD", "test-postgres", "GRAFANA_ADMIN_PASSWORD", "test-grafana", "ANSWERLENS_API_METRICS_TOKEN", "test-metrics-token");

    private final List<String> command;

    private ComposeClient(List<String> command) {
        this.command = command;
    }

    static ComposeClient find() {
        for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
            List<String> version = new ArrayList<>(candidate);
            version.add("version");
            try {
                if (run(version, Path.of("."), Map.of()).exitCode() == 0) {
                    return new ComposeClient(candidate);
                }
            } catch (IOException notInstalled) {
                // try the next one
            }
        }
        throw new IllegalStateException("no docker compose client: install one (apt-get install docker-compose, "
                + "or run deploy/local/tools.sh) to validate the compose files");
    }

    /** {@code compose -f ... config} in the folder, with the given environment added. */
    Result config(Path folder, Map<String, String> environment, String... files) throws IOException {
        List<String> args = new ArrayList<>(command);
        for (String file : files) {
            args.add("-f");
            args.add(file);
        }
        args.add("config");
        return run(args, folder, environment);
    }

    record Result(int exitCode, String output) {
    }

    private static Result run(List<String> args, Path folder, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(args).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeAll(SECRETS.keySet());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", args) + " did not finish in 60 s");
            }
            return new Result(process.exitValue(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
