package dev.answerlens.model.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.answerlens.model.Platform;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopologyTest {
    private static Map<String, Map<String, Object>> argumentsByQueue(QueueType type) {
        return Topology.queues(type).stream().collect(Collectors.toMap(QueueSpec::name, QueueSpec::arguments));
    }

    @Test
    void aSingleBrokerKeepsClassicQueuesWithJobPriorities() {
        Map<String, Map<String, Object>> queues = argumentsByQueue(QueueType.CLASSIC);
        assertEquals(Topology.queues(), Topology.queues(QueueType.CLASSIC));
        String jobs = Topology.jobQueue(Platform.CHATGPT);
        assertEquals(Map.of("x-max-priority", Topology.MAX_PRIORITY, "x-dead-letter-exchange", Topology.REDELIVERY_EXCHANGE,
                "x-dead-letter-routing-key", Topology.parkingQueue(jobs)), queues.get(jobs));
        assertEquals(Map.of("x-dead-letter-exchange", "", "x-dead-letter-routing-key", jobs),
                queues.get(Topology.retryQueue(jobs, 2)));
        assertEquals(Map.of(), queues.get(Topology.parkingQueue(jobs)));
        queues.values().forEach(arguments -> assertNull(arguments.get("x-queue-type"), arguments.toString()));
    }

    @Test
    void aClusterGetsEveryQueueAsAQuorumQueue() {
        Map<String, Map<String, Object>> queues = argumentsByQueue(QueueType.QUORUM);
        assertEquals(Topology.queues().stream().map(QueueSpec::name).toList(),
                Topology.queues(QueueType.QUORUM).stream().map(QueueSpec::name).toList());
        queues.forEach((name, arguments) -> {
            assertEquals("quorum", arguments.get("x-queue-type"), name);
            assertFalse(arguments.containsKey("x-max-priority"), name + ": quorum queues refuse x-max-priority");
        });
    }

    @Test
    void aClusterParksPoisonMessagesAtTheDeliveryLimitAndDeadLettersAtLeastOnce() {
        Map<String, Map<String, Object>> queues = argumentsByQueue(QueueType.QUORUM);
        for (String work : Topology.workQueues()) {
            assertEquals(Map.of("x-queue-type", "quorum", "x-delivery-limit", Topology.DELIVERY_LIMIT,
                    "x-dead-letter-exchange", Topology.REDELIVERY_EXCHANGE, "x-dead-letter-routing-key", Topology.parkingQueue(work),
                    "x-dead-letter-strategy", "at-least-once", "x-overflow", "reject-publish"), queues.get(work), work);
            for (int tier = 1; tier <= Topology.RETRY_TIERS; tier++) {
                assertEquals(Map.of("x-queue-type", "quorum", "x-dead-letter-exchange", "", "x-dead-letter-routing-key", work,
                                "x-dead-letter-strategy", "at-least-once", "x-overflow", "reject-publish"),
                        queues.get(Topology.retryQueue(work, tier)), work);
            }
            assertEquals(Map.of("x-queue-type", "quorum"), queues.get(Topology.parkingQueue(work)));
        }
    }
}
