package dev.answerlens.deploy.rabbitmq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.deploy.DeployDirectory;
import dev.answerlens.model.Platform;
import dev.answerlens.model.topology.QueueSpec;
import dev.answerlens.model.topology.Topology;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RabbitDefinitionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FILE = DeployDirectory.resolve("rabbitmq/definitions.json");

    @Test
    void committedDefinitionsAreWhatTheTopologyDeclares() throws Exception {
        String generated = RabbitDefinitions.render(RabbitDefinitions.forVirtualHost(RabbitDefinitions.VIRTUAL_HOST));
        if (Boolean.getBoolean("answerlens.regenerate")) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.readString(FILE, StandardCharsets.UTF_8);
        assertEquals(JSON.readTree(generated), JSON.readTree(committed),
                FILE + " differs from shared-model's Topology: regenerate it with "
                        + "./mvnw -pl deploy test -Dtest=RabbitDefinitionsTest -Danswerlens.regenerate=true");
        assertEquals(generated, committed, FILE + " is not formatted as the generator writes it: regenerate it");
    }

    @Test
    void everyPlatformQueueKeepsItsPriorityAndParksRejectedJobs() throws Exception {
        JsonNode definitions = JSON.readTree(FILE.toFile());
        for (Platform platform : Platform.values()) {
            JsonNode queue = queue(definitions, Topology.jobQueue(platform));
            assertEquals(Topology.MAX_PRIORITY, queue.at("/arguments/x-max-priority").intValue(), queue.toString());
            assertEquals(Topology.REDELIVERY_EXCHANGE, queue.at("/arguments/x-dead-letter-exchange").textValue());
            assertEquals(Topology.parkingQueue(Topology.jobQueue(platform)), queue.at("/arguments/x-dead-letter-routing-key").textValue());
            assertTrue(bindings(definitions).contains(Topology.JOBS_EXCHANGE + " -" + platform.id() + "-> " + Topology.jobQueue(platform)));
        }
        JsonNode retry = queue(definitions, Topology.retryQueue(Topology.RAW_ANSWERS_QUEUE, 3));
        assertEquals("", retry.at("/arguments/x-dead-letter-exchange").textValue());
        assertEquals(Topology.RAW_ANSWERS_QUEUE, retry.at("/arguments/x-dead-letter-routing-key").textValue());
    }

    @Test
    void holdsExactlyTheTopologysQueuesAndThePolicyCoversEachOfThem() throws Exception {
        JsonNode definitions = JSON.readTree(FILE.toFile());
        Set<String> names = new HashSet<>();
        definitions.get("queues").forEach(q -> names.add(q.get("name").textValue()));
        Set<String> expected = new HashSet<>();
        Topology.queues().stream().map(QueueSpec::name).forEach(expected::add);
        assertEquals(expected, names);
        assertEquals(Topology.bindings().size(), definitions.get("bindings").size());
        assertEquals(Topology.exchanges().size(), definitions.get("exchanges").size());

        Pattern policy = Pattern.compile(definitions.at("/policies/0/pattern").textValue());
        names.forEach(name -> assertTrue(policy.matcher(name).find(), name + " escapes the queue policy"));
        assertTrue(!policy.matcher("some.other.queue").find() && !policy.matcher("scrape.chatgpt.extra").find(),
                "the policy must touch only Answerlens queues");
    }

    private static JsonNode queue(JsonNode definitions, String name) {
        for (JsonNode queue : definitions.get("queues")) {
            if (queue.get("name").textValue().equals(name)) {
                return queue;
            }
        }
        throw new AssertionError("no queue " + name + " in " + FILE);
    }

    private static Set<String> bindings(JsonNode definitions) {
        Set<String> bindings = new HashSet<>();
        definitions.get("bindings").forEach(b -> bindings.add(b.get("source").textValue() + " -"
                + b.get("routing_key").textValue() + "-> " + b.get("destination").textValue()));
        return bindings;
    }
}
