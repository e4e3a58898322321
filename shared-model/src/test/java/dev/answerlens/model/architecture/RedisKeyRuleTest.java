package dev.answerlens.model.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What ServiceArchitectureTest takes for a Redis key built outside RedisKeySpace. */
class RedisKeyRuleTest {
    @Test
    void stringsStartingWithAKindOfTheKeySchemeAreKeys() {
        assertTrue(ServiceArchitectureTest.namesARedisKey("rate:"));
        assertTrue(ServiceArchitectureTest.namesARedisKey("backoff:"));
        assertTrue(ServiceArchitectureTest.namesARedisKey("session:"));
        assertTrue(ServiceArchitectureTest.namesARedisKey("ws:"));
    }

    @Test
    void otherStringsAreNot() {
        assertFalse(ServiceArchitectureTest.namesARedisKey("ws://127.0.0.1:8080/socket"));
        assertFalse(ServiceArchitectureTest.namesARedisKey("rate limited"));
        assertFalse(ServiceArchitectureTest.namesARedisKey("answerlens:"));
    }
}
