package dev.answerlens.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.deploy.rabbitmq.ManagementApi;
import dev.answerlens.model.topology.MessageHeaders;
import dev.answerlens.model.topology.Topology;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A run's queues as an operator sees them in the RabbitMQ management API: what is still waiting or unacked
 * on the work and retry queues, and what was parked, with its headers (read with "reject, requeue", so the
 * messages stay where they are).
 */
final class BrokerQueues {
    /** Messages still on a queue: ready and delivered-but-unacknowledged. */
    record Left(String queue, long ready, long unacked) {
        @Override
        public String toString() {
            return queue + " (" + ready + " ready, " + unacked + " unacked)";
        }
    }

    /** The parked messages of a run: how many, how many lack a reason header, and the reasons seen. */
    record Parked(long messages, long withoutReason, Map<String, Long> reasons) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String vhost;

    BrokerQueues(String vhost) {
        this.vhost = vhost;
    }

    /** The work and retry queues that still hold messages (empty when the run is drained). */
    List<Left> leftOnWorkQueues() throws IOException, InterruptedException {
        Set<String> watched = new HashSet<>();
        for (String queue : Topology.workQueues()) {
            watched.add(queue);
            for (int tier = 1; tier <= Topology.RETRY_TIERS; tier++) {
                watched.add(Topology.retryQueue(queue, tier));
            }
        }
        List<Left> left = new ArrayList<>();
        for (JsonNode queue : queues()) {
            String name = queue.path("name").asText();
            long ready = queue.path("messages_ready").asLong();
            long unacked = queue.path("messages_unacknowledged").asLong();
            if (watched.contains(name) && ready + unacked > 0) {
                left.add(new Left(name, ready, unacked));
            }
        }
        return left;
    }

    Parked parked() throws IOException, InterruptedException {
        long messages = 0;
        long withoutReason = 0;
        Map<String, Long> reasons = new TreeMap<>();
        for (String workQueue : Topology.workQueues()) {
            String parkingQueue = Topology.parkingQueue(workQueue);
            for (JsonNode message : peek(parkingQueue)) {
                messages++;
                JsonNode reason = message.path("properties").path("headers").path(MessageHeaders.REASON);
                if (reason.isMissingNode() || reason.asText().isBlank()) {
                    withoutReason++;
                } else {
                    reasons.merge(parkingQueue + ": " + abbreviate(reason.asText()), 1L, Long::sum);
                }
            }
        }
        return new Parked(messages, withoutReason, reasons);
    }

    private JsonNode queues() throws IOException, InterruptedException {
        HttpResponse<String> response = ManagementApi.get("/api/queues/" + ManagementApi.encode(vhost)
                + "?columns=name,messages_ready,messages_unacknowledged");
        return ok(response, "queues of " + vhost);
    }

    /** Up to 10,000 messages of a queue, handed back to it at once (ackmode reject_requeue_true). */
    private JsonNode peek(String queue) throws IOException, InterruptedException {
        HttpResponse<String> response = ManagementApi.post("/api/queues/" + ManagementApi.encode(vhost) + "/"
                        + ManagementApi.encode(queue) + "/get",
                "{\"count\":10000,\"ackmode\":\"reject_requeue_true\",\"encoding\":\"auto\",\"truncate\":1000}");
        return ok(response, "messages of " + queue);
    }

    private static String abbreviate(String reason) {
        return reason.length() <= 100 ? reason : reason.substring(0, 100) + "…";
    }

    private static JsonNode ok(HttpResponse<String> response, String what) throws IOException {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("RabbitMQ management API refused " + what + ": " + response.statusCode()
                    + " " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
