package dev.answerlens.deploy.rabbitmq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.answerlens.deploy.DeployDirectory;
import dev.answerlens.model.Platform;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.model.topology.TopologyDeclarer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The committed definitions file on the real broker: imported into a fresh virtual host through the
 * management API, the services' own declaration then succeeds, so a broker prepared from the file and
 * the services agree argument for argument.
 */
class DefinitionsImportIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private TestVirtualHost vhost;

    @BeforeEach
    void createVirtualHost() {
        vhost = TestVirtualHost.create();
    }

    @AfterEach
    void deleteVirtualHost() {
        vhost.delete();
    }

    @Test
    void servicesDeclareTheTopologyOnABrokerPreparedFromTheFile() throws Exception {
        importInto(committedDefinitionsFor(vhost.name()));
        try (Connection connection = vhost.connect(); Channel channel = connection.createChannel()) {
            TopologyDeclarer.declare(channel);
            for (String queue : Topology.workQueues()) {
                channel.queueDeclarePassive(Topology.parkingQueue(queue));
            }
        }
        // the broker (PCRE) applies the policy to the queues the Java regex in RabbitDefinitionsTest matched;
        // the management API shows it once its statistics refresh (every 5 s by default)
        for (String queue : new String[] {Topology.jobQueue(Platform.GOOGLE_AI_OVERVIEWS),
                Topology.retryQueue(Topology.RAW_ANSWERS_QUEUE, 2), Topology.parkingQueue(Topology.MENTIONS_STORED_QUEUE)}) {
            Awaitility.await(queue + " under the queue policy").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                    .until(() -> policyOf(queue), "answerlens-classic-queues-v2"::equals);
        }
    }

    private String policyOf(String queue) throws Exception {
        HttpResponse<String> response = ManagementApi.get("/api/queues/" + ManagementApi.encode(vhost.name()) + "/"
                + ManagementApi.encode(queue));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).path("policy").asText();
    }

    @Test
    void aFileThatDisagreedWithTheServicesWouldFailTheirDeclaration() throws Exception {
        ObjectNode definitions = committedDefinitionsFor(vhost.name());
        for (JsonNode queue : definitions.get("queues")) {
            if (queue.get("name").textValue().equals(Topology.jobQueue(Platform.GEMINI))) {
                ((ObjectNode) queue.get("arguments")).put("x-max-priority", 5);
            }
        }
        importInto(definitions);
        try (Connection connection = vhost.connect()) {
            Channel channel = connection.createChannel();
            IOException e = assertThrows(IOException.class, () -> TopologyDeclarer.declare(channel));
            assertTrue(String.valueOf(e.getCause()).contains("PRECONDITION_FAILED"), String.valueOf(e.getCause()));
        }
    }

    private void importInto(ObjectNode definitions) throws Exception {
        HttpResponse<String> response = ManagementApi.importDefinitions(vhost.name(), JSON.writeValueAsString(definitions));
        assertTrue(response.statusCode() < 300, "import answered " + response.statusCode() + ": " + response.body());
    }

    /** The committed file with its virtual host replaced by the test's own. */
    private static ObjectNode committedDefinitionsFor(String vhostName) throws IOException {
        ObjectNode definitions = (ObjectNode) JSON.readTree(
                DeployDirectory.resolve("rabbitmq/definitions.json").toFile());
        definitions.remove("vhosts");
        for (Iterator<Map.Entry<String, JsonNode>> sections = definitions.fields(); sections.hasNext(); ) {
            for (JsonNode item : sections.next().getValue()) {
                assertEquals(RabbitDefinitions.VIRTUAL_HOST, item.get("vhost").textValue());
                ((ObjectNode) item).put("vhost", vhostName);
            }
        }
        return definitions;
    }
}
