package dev.answerlens.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.deploy.rabbitmq.ManagementApi;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;

/** The local RabbitMQ node, upset and mended with rabbitmqctl the way an outage or an operator would. */
final class Broker {
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The memory watermark as the machine had it before the suite changed it, as set_vm_memory_high_watermark arguments. */
    private static String[] originalWatermark;

    private Broker() {
    }

    /** The RabbitMQ application stopped (connections drop, the port closes) and started again after {@code downFor}. */
    static Fault stoppedFor(Duration downFor) {
        return run -> {
            try {
                rabbitmqctl("stop_app");
                Instant stopped = Instant.now();
                run.observedDuringFault(OutageHealth.observe(run, downFor.minusSeconds(1)));
                FixedWait.of(downFor.minus(Duration.between(stopped, Instant.now())));
            } finally {
                rabbitmqctl("start_app");
            }
            awaitManagementApi();
            return "rabbitmqctl stop_app; start_app after " + downFor.toSeconds() + " s";
        };
    }

    /** Every connection of the run's virtual host closed by the broker, as an operator or a load balancer might. */
    static Fault connectionsClosed() {
        return run -> {
            String output = rabbitmqctl("close_all_connections", "--vhost", run.vhost(), "fault suite");
            return "rabbitmqctl close_all_connections --vhost " + run.vhost() + ": " + lastLine(output);
        };
    }

    /** A memory alarm for {@code lasting}: the broker blocks every publishing connection until it clears. */
    static Fault memoryAlarmFor(Duration lasting) {
        return run -> {
            String[] previous = watermark();
            synchronized (Broker.class) {
                if (originalWatermark == null) {
                    originalWatermark = previous;
                }
            }
            try {
                rabbitmqctl("set_vm_memory_high_watermark", "0.000001");
                Awaitility.await("memory alarm raised").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                        .until(Broker::memoryAlarm);
                FixedWait.of(lasting);
            } finally {
                setWatermark(previous);
            }
            Awaitility.await("memory alarm cleared").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> !memoryAlarm());
            return "memory alarm (watermark 0.000001) for " + lasting.toSeconds() + " s, then back to "
                    + String.join(" ", previous);
        };
    }

    /** Makes sure the node runs, has no memory alarm and serves its management API: before and after every scenario. */
    static void ensureHealthy() throws IOException {
        if (answersWithoutAlarm()) {
            return;
        }
        if (!Command.attempt(COMMAND_TIMEOUT, "rabbitmq-diagnostics", "-q", "check_running").succeeded()) {
            rabbitmqctl("start_app");
        }
        if (memoryAlarm()) {
            synchronized (Broker.class) {
                setWatermark(originalWatermark != null ? originalWatermark : new String[] {"0.4"});
            }
        }
        awaitManagementApi();
    }

    /** The quick look (no CLI): the management API answers and the node reports no memory alarm. */
    private static boolean answersWithoutAlarm() {
        try {
            HttpResponse<String> nodes = ManagementApi.get("/api/nodes?columns=name,mem_alarm,running");
            return nodes.statusCode() == 200 && !nodes.body().contains("\"mem_alarm\":true")
                    && !nodes.body().contains("\"running\":false");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void awaitManagementApi() {
        Awaitility.await("RabbitMQ management API").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> ManagementApi.get("/api/overview").statusCode() == 200);
    }

    private static boolean memoryAlarm() throws IOException {
        return status().path("alarms").toString().contains("memory");
    }

    /** The watermark setting as arguments of set_vm_memory_high_watermark: {"0.4"} or {"absolute", "1073741824"}. */
    private static String[] watermark() throws IOException {
        JsonNode setting = status().path("vm_memory_high_watermark_setting");
        if (setting.has("relative")) {
            return new String[] {setting.path("relative").asText()};
        }
        if (setting.has("absolute")) {
            return new String[] {"absolute", setting.path("absolute").asText()};
        }
        throw new IllegalStateException("unexpected vm_memory_high_watermark_setting in rabbitmqctl status: " + setting);
    }

    private static void setWatermark(String[] arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = "set_vm_memory_high_watermark";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        rabbitmqctl(command);
    }

    private static JsonNode status() throws IOException {
        return JSON.readTree(rabbitmqctl("status", "--formatter", "json"));
    }

    private static String rabbitmqctl(String... arguments) {
        String[] command = new String[arguments.length + 2];
        command[0] = "rabbitmqctl";
        command[1] = "-q";
        System.arraycopy(arguments, 0, command, 2, arguments.length);
        return Command.run(COMMAND_TIMEOUT, command);
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }
}
