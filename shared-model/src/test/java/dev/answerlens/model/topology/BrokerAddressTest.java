package dev.answerlens.model.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrokerAddressTest {
    @Test
    void readsAClustersNodesFromRabbitmqAddressesInPlaceOfHostAndPort() {
        Map<String, String> config = Map.of("rabbitmq-addresses", "127.0.0.1:5681, 127.0.0.1:5682,node-c",
                "rabbitmq-host", "ignored", "rabbitmq-virtual-host", "answerlens");
        BrokerAddress address = BrokerAddress.fromConfig(name -> Optional.ofNullable(config.get(name)));
        assertEquals(List.of("127.0.0.1:5681", "127.0.0.1:5682", "node-c:5672"),
                address.nodes().stream().map(node -> node.getHost() + ":" + node.getPort()).toList());
        assertEquals("guest@127.0.0.1:5681,127.0.0.1:5682,node-c:5672answerlens", address.toString());

        Map<String, String> one = Map.of("rabbitmq-host", "broker", "rabbitmq-port", "5673");
        BrokerAddress single = BrokerAddress.fromConfig(name -> Optional.ofNullable(one.get(name)));
        assertEquals(List.of("broker:5673"), single.nodes().stream().map(node -> node.getHost() + ":" + node.getPort()).toList());
    }
}
