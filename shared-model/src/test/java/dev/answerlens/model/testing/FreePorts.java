package dev.answerlens.model.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Ports for the services a test starts as processes. */
public final class FreePorts {
    private static final int PORTS_FROM = 20000;
    private static final int PORTS_TO = 32000;
    /**
     * Every port handed out in this JVM: a port is free only until its service binds it, so two services created one
     * after the other could otherwise both be given it (a fault-suite run gave the scrape worker and the extraction
     * service 25833: the extraction service exited, and its readiness was read off the worker).
     */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

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
            if (HANDED_OUT.contains(candidate)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(candidate)) {
                if (HANDED_OUT.add(candidate)) {
                    return candidate;
                }
            } catch (IOException taken) {
                // in use: try another
            }
        }
        throw new IOException("no free port between " + PORTS_FROM + " and " + PORTS_TO);
    }
}
