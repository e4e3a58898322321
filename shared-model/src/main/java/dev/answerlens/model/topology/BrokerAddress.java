package dev.answerlens.model.topology;

/** Where the broker is and how to log in; the same settings the messaging connector uses. */
public record BrokerAddress(String host, int port, String username, String password, String virtualHost) {
    @Override
    public String toString() {
        return username + "@" + host + ":" + port + virtualHost;
    }
}
