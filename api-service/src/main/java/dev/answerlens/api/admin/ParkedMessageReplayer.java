package dev.answerlens.api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.answerlens.api.ApiConfig;
import dev.answerlens.messaging.MessagingConfig;
import dev.answerlens.messaging.broker.BrokerSettings;
import dev.answerlens.model.topology.BrokerAddress;
import dev.answerlens.model.topology.MessageHeaders;
import dev.answerlens.model.topology.Topology;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Moves parked messages back to the queue they came from (the {@code x-answerlens-origin-queue} header,
 * else the work queue), like the management UI's shovel "move messages" but with a filter. Each message
 * is fetched unacknowledged, republished persistent with its headers (the consumer treats a message with
 * {@code x-answerlens-parked-at} as a replay and starts at attempt 1), and acked only after the broker
 * confirmed the republish: a crash in between leaves it parked or duplicated, never lost (consumers are
 * idempotent on the job id). Messages that do not match stay unacked until the end and are then
 * returned to the parking queue; the scan stops at the depth seen at the start, so it always ends.
 * Blocking (AMQP client): call it from a worker thread.
 */
@ApplicationScoped
public class ParkedMessageReplayer {
    private static final Logger LOG = Logger.getLogger(ParkedMessageReplayer.class);
    private static final long CONFIRM_TIMEOUT_MILLIS = 10_000;
    private static final int SAMPLE_REASONS = 20;

    private final BrokerAddress broker;
    private final MessagingConfig messaging;
    private final ObjectMapper json;
    private final int maxReplay;

    public ParkedMessageReplayer(Config config, MessagingConfig messaging, ObjectMapper json, ApiConfig api) {
        this.broker = BrokerAddress.fromConfig(name -> config.getOptionalValue(name, String.class));
        this.messaging = messaging;
        this.json = json;
        this.maxReplay = api.admin().maxReplay();
    }

    /** Who may replay which messages: one workspace's, or (operators) everybody's. */
    public record Scope(UUID workspaceId, boolean everyWorkspace) {
        boolean admits(Optional<UUID> messageWorkspace) {
            return everyWorkspace || messageWorkspace.map(workspaceId::equals).orElse(false);
        }
    }

    public ReplayResult replay(String workQueue, ReplayRequest filter, Scope scope)
            throws IOException, TimeoutException, InterruptedException {
        String parking = Topology.parkingQueue(workQueue);
        int limit = Math.min(filter.limit() == null ? Integer.MAX_VALUE : filter.limit(), maxReplay);
        boolean dryRun = Boolean.TRUE.equals(filter.dryRun());
        Map<String, Integer> byClass = new TreeMap<>();
        List<String> reasons = new ArrayList<>();
        int examined = 0;
        int replayed = 0;
        try (Connection connection = connect(); Channel channel = connection.createChannel()) {
            channel.confirmSelect();
            long depth = channel.queueDeclarePassive(parking).getMessageCount();
            long lastHeld = -1;
            while (examined < depth && replayed < limit) {
                GetResponse message = channel.basicGet(parking, false);
                if (message == null) {
                    break;
                }
                examined++;
                long tag = message.getEnvelope().getDeliveryTag();
                Map<String, Object> headers = headers(message);
                if (!matches(filter, headers) || !scope.admits(workspaceOf(message.getBody()))) {
                    lastHeld = tag;
                    continue;
                }
                if (dryRun) {
                    lastHeld = tag;
                } else {
                    String origin = text(headers.get(MessageHeaders.ORIGIN_QUEUE)).orElse(workQueue);
                    // a quorum parking queue counts deliveries (returned scans); the replayed message starts afresh
                    Map<String, Object> replayedHeaders = new HashMap<>(headers);
                    replayedHeaders.remove(Topology.DELIVERY_COUNT_HEADER);
                    channel.basicPublish("", Topology.workQueues().contains(origin) ? origin : workQueue, true,
                            message.getProps().builder().headers(replayedHeaders).deliveryMode(2).build(), message.getBody());
                    channel.waitForConfirmsOrDie(CONFIRM_TIMEOUT_MILLIS);
                    channel.basicAck(tag, false);
                }
                replayed++;
                String failureClass = text(headers.get(MessageHeaders.FAILURE_CLASS)).orElse("unknown");
                byClass.merge(failureClass, 1, Integer::sum);
                if (reasons.size() < SAMPLE_REASONS) {
                    reasons.add(text(headers.get(MessageHeaders.REASON)).orElse(""));
                }
            }
            if (lastHeld >= 0) {
                // every message still unacked goes back to the parking queue, in its place
                channel.basicNack(lastHeld, true, true);
            }
        }
        LOG.infof("replay of %s: examined %d, %s %d (%s)", parking, examined, dryRun ? "would replay" : "replayed",
                replayed, byClass);
        return new ReplayResult(workQueue, parking, examined, replayed, examined - (dryRun ? 0 : replayed), dryRun,
                byClass, reasons);
    }

    private static boolean matches(ReplayRequest filter, Map<String, Object> headers) {
        if (filter.failureClass() != null
                && !filter.failureClass().equals(text(headers.get(MessageHeaders.FAILURE_CLASS)).orElse(null))) {
            return false;
        }
        if (filter.reasonContains() != null) {
            String reason = text(headers.get(MessageHeaders.REASON)).orElse("").toLowerCase(Locale.ROOT);
            return reason.contains(filter.reasonContains().toLowerCase(Locale.ROOT));
        }
        return true;
    }

    /** The workspaceId at the top of a message body; empty when the body is not JSON or names none. */
    private Optional<UUID> workspaceOf(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            JsonNode id = node == null ? null : node.get("workspaceId");
            return id == null || !id.isTextual() ? Optional.empty() : Optional.of(UUID.fromString(id.asText()));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> headers(GetResponse message) {
        AMQP.BasicProperties props = message.getProps();
        return props == null || props.getHeaders() == null ? Map.of() : props.getHeaders();
    }

    private static Optional<String> text(Object header) {
        return header == null ? Optional.empty() : Optional.of(header.toString());
    }

    private Connection connect() throws IOException, TimeoutException {
        return BrokerSettings.connect(BrokerSettings.factory(broker, messaging.heartbeat(), messaging.connectTimeout()), broker,
                "api-service-replay");
    }
}
