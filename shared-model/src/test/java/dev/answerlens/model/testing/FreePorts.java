package dev.answerlens.model.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Ports for the services a test starts as processes. */
public final class FreePorts {
    private static final int PORTS_FROM = 20000;
    private static final int PORTS_TO = 32000;

    private FreePorts() {
    }

    /**
     * A free port below the kernel's ephemeral range: a port the kernel handed out ({@code new ServerSocket(0)}) is
     * in that range, and between its release here and the service binding it, one of the many outgoing connections to
     * RabbitMQ, PostgreSQL or Redis could take it as its local port ("Port 35707 seems to be in use" in a fault-suite
     * run); outgoing connections never get a port below the range.
     */
    public static int belowEphemeralRange() throws IOException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 500; attempt++) {
            int candidate = random.nextInt(PORTS_FROM, PORTS_TO);
            try (ServerSocket socket = new ServerSocket(candidate)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // in use: try another
            }
        }
        throw new IOException("no free port between " + PORTS_FROM + " and " + PORTS_TO);
    }
}
