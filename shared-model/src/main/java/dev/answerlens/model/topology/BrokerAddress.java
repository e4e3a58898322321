package dev.answerlens.model.topology;

import com.rabbitmq.client.Address;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the broker is and how to log in. {@code nodes} are the AMQP addresses to connect to: one broker's
 * ({@code host:port}) or every node of a cluster; a connection goes to one of them and, when that node goes away,
 * the next connection to another.
 */
public record BrokerAddress(String host, int port, String username, String password, String virtualHost, List<Address> nodes) {
    public BrokerAddress {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a broker address needs at least one node");
        }
    }

    /** One broker at {@code host:port}. */
    public BrokerAddress(String host, int port, String username, String password, String virtualHost) {
        this(host, port, username, password, virtualHost, List.of(new Address(host, port)));
    }

    /**
     * Reads rabbitmq-host, -port, -username, -password and -virtual-host; and rabbitmq-addresses (environment
     * RABBITMQ_ADDRESSES: {@code host:port,host:port,...}, a cluster's nodes), which, when set, takes the place of
     * host and port.
     */
    public static BrokerAddress fromConfig(Function<String, Optional<String>> config) {
        String username = config.apply("rabbitmq-username").orElse("guest");
        String password = config.apply("rabbitmq-password").orElse("guest");
        String virtualHost = config.apply("rabbitmq-virtual-host").orElse("/");
        Optional<String> addresses = config.apply("rabbitmq-addresses").map(String::strip).filter(text -> !text.isEmpty());
        if (addresses.isPresent()) {
            List<Address> nodes = parse(addresses.get());
            return new BrokerAddress(nodes.get(0).getHost(), nodes.get(0).getPort(), username, password, virtualHost, nodes);
        }
        return new BrokerAddress(config.apply("rabbitmq-host").orElse("localhost"),
                Integer.parseInt(config.apply("rabbitmq-port").orElse("5672")), username, password, virtualHost);
    }

    /** {@code host:port,host:port} (a missing port is 5672). */
    static List<Address> parse(String addresses) {
        List<Address> nodes = Arrays.stream(addresses.split(",")).map(String::strip).filter(text -> !text.isEmpty())
                .map(text -> {
                    int colon = text.lastIndexOf(':');
                    return colon < 0 ? new Address(text, 5672)
                            : new Address(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
                })
                .toList();
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("rabbitmq-addresses names no node: '" + addresses + "'");
        }
        return nodes;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(username).append('@');
        for (int i = 0; i < nodes.size(); i++) {
            text.append(i == 0 ? "" : ",").append(nodes.get(i).getHost()).append(':').append(nodes.get(i).getPort());
        }
        return text.append(virtualHost).toString();
    }
}
