package dev.answerlens.deploy.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A command-line tool (rabbitmqctl, redis-cli, pg_ctlcluster) run to completion with a bound on its time. */
final class Command {
    /** How a command ended: its exit code (-1 when it was killed for taking too long) and its output. */
    record Outcome(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private Command() {
    }

    /** Runs the command and returns its output; fails when it exits non-zero or outlasts {@code timeout}. */
    static String run(Duration timeout, String... command) {
        Outcome outcome = attempt(timeout, command);
        if (!outcome.succeeded()) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + outcome.exitCode() + "): "
                    + outcome.output().strip());
        }
        return outcome.output();
    }

    /** Runs the command and reports how it ended, whatever that was. */
    static Outcome attempt(Duration timeout, String... command) {
        Path output = null;
        try {
            output = Files.createTempFile("fault-command", ".out");
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            return new Outcome(ended ? process.exitValue() : -1, ended ? text : text + " (killed after " + timeout + ")");
        } catch (IOException e) {
            return new Outcome(-1, "could not run " + command[0] + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, "interrupted");
        } finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }

    /** Whether a tool is on the PATH. */
    static boolean exists(String tool) {
        return attempt(Duration.ofSeconds(5), "sh", "-c", "command -v " + tool).succeeded();
    }
}
