package dev.answerlens.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void neverHandsOutAPortTwice() throws Exception {
        // 1,500 draws from 12,000 ports would repeat one almost surely if the ports handed out were not remembered
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 1500; i++) {
            int port = FreePorts.belowEphemeralRange();
            assertTrue(port >= 20000 && port < 32000, "port " + port);
            ports.add(port);
        }
        assertEquals(1500, ports.size());
    }
}
