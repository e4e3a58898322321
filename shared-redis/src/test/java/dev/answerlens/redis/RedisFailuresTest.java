package dev.answerlens.redis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.VertxException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class RedisFailuresTest {
    @Test
    void noReplyNoConnectionOrAClosedConnectionMeanRedisIsAway() {
        assertTrue(RedisFailures.away(new io.smallrye.mutiny.TimeoutException()));
        assertTrue(RedisFailures.away(new CompletionException(new java.util.concurrent.TimeoutException("no reply"))));
        assertTrue(RedisFailures.away(new ConnectException("Connection refused")));
        assertTrue(RedisFailures.away(new VertxException("Connection was closed", true)));
    }

    @Test
    void anErrorRedisAnsweredWithIsNotAnOutage() {
        assertFalse(RedisFailures.away(new IllegalStateException("ERR Error running script")));
        assertFalse(RedisFailures.away(new VertxException("WRONGTYPE Operation against a key holding the wrong kind of value")));
    }
}
