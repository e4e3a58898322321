package dev.answerlens.model.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RedisKeySpaceTest {
    private final RedisKeySpace keys = new RedisKeySpace("answerlens:");

    @Test
    void everyKeyStartsWithThePrefixAndNamesItsKind() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertEquals("answerlens:rate:key:" + id, keys.apiKeyRequests(id));
        assertEquals("answerlens:rate:signup:2001:db8::1", keys.signUps("2001:db8::1"));
        assertEquals("answerlens:rate:platform:chatgpt:all", keys.platformRequests("chatgpt", "all"));
        assertEquals("answerlens:backoff:chatgpt", keys.platformBackOff("chatgpt"));
        assertEquals("answerlens:session:ab12", keys.browserSession("ab12"));
        assertEquals("answerlens:ws:" + id + ":version", keys.workspaceVersion(id));
        assertTrue(keys.workspaceEntries(id).startsWith("answerlens:ws:" + id + ":"));
    }

    @Test
    void subjectsOfDifferentKindsNeverShareACounter() {
        String same = "00000000-0000-0000-0000-000000000002";
        List<String> counters = List.of(keys.apiKeyRequests(UUID.fromString(same)), keys.signUps(same),
                keys.platformRequests(same, "all"));
        assertEquals(counters.size(), Set.copyOf(counters).size());
    }

    @Test
    void twoPrefixesNeverShareAKey() {
        UUID id = UUID.randomUUID();
        assertTrue(!new RedisKeySpace("run-a:").workspaceVersion(id).equals(new RedisKeySpace("run-b:").workspaceVersion(id)));
    }
}
