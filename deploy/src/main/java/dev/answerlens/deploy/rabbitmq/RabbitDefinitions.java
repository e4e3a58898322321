package dev.answerlens.deploy.rabbitmq;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.answerlens.model.topology.BindingSpec;
import dev.answerlens.model.topology.ExchangeSpec;
import dev.answerlens.model.topology.QueueSpec;
import dev.answerlens.model.topology.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;

/**
 * Writes {@link Topology} (and {@link DeploymentPolicies}) as a RabbitMQ definitions file, so a broker can
 * be prepared before any service starts (boot-time import or {@code POST /api/definitions}) and operators
 * can read the topology without the code. The committed {@code deploy/rabbitmq/definitions.json} is this
 * class's output; {@code RabbitDefinitionsTest} fails when they differ and rewrites the file when run with
 * {@code -Danswerlens.regenerate=true}; {@link #main} writes it too.
 */
public final class RabbitDefinitions {
    /** The virtual host the deployments use. */
    public static final String VIRTUAL_HOST = "answerlens";
    public static final Path COMMITTED_FILE = Path.of("deploy", "rabbitmq", "definitions.json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RabbitDefinitions() {
    }

    /** The definitions of every exchange, queue (with its arguments), binding and policy for one virtual host. */
    public static ObjectNode forVirtualHost(String vhost) {
        ObjectNode root = NODES.objectNode();
        root.putArray("vhosts").addObject().put("name", vhost);
        ArrayNode exchanges = root.putArray("exchanges");
        for (ExchangeSpec exchange : Topology.exchanges()) {
            exchanges.addObject().put("name", exchange.name()).put("vhost", vhost).put("type", exchange.type())
                    .put("durable", true).put("auto_delete", false).put("internal", false).putObject("arguments");
        }
        ArrayNode queues = root.putArray("queues");
        for (QueueSpec queue : Topology.queues()) {
            ObjectNode node = queues.addObject().put("name", queue.name()).put("vhost", vhost)
                    .put("durable", true).put("auto_delete", false);
            node.set("arguments", JSON.valueToTree(new TreeMap<>(queue.arguments())));
        }
        ArrayNode bindings = root.putArray("bindings");
        for (BindingSpec binding : Topology.bindings()) {
            bindings.addObject().put("source", binding.exchange()).put("vhost", vhost)
                    .put("destination", binding.queue()).put("destination_type", "queue")
                    .put("routing_key", binding.routingKey()).putObject("arguments");
        }
        ArrayNode policies = root.putArray("policies");
        for (QueuePolicy policy : DeploymentPolicies.all()) {
            ObjectNode node = policies.addObject().put("vhost", vhost).put("name", policy.name())
                    .put("pattern", policy.pattern()).put("apply-to", policy.applyTo()).put("priority", policy.priority());
            node.set("definition", JSON.valueToTree(new TreeMap<>(policy.definition())));
        }
        return root;
    }

    /** The file's text: two-space indentation, one trailing newline, stable order. */
    public static String render(ObjectNode definitions) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(definitions) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot render the RabbitMQ definitions", e);
        }
    }

    /** Writes the definitions file; the argument is the path (default: deploy/rabbitmq/definitions.json under the working directory). */
    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : COMMITTED_FILE;
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, render(forVirtualHost(VIRTUAL_HOST)), StandardCharsets.UTF_8);
        System.out.println("wrote " + target.toAbsolutePath());
    }
}
