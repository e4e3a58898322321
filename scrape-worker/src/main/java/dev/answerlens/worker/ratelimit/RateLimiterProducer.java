package dev.answerlens.worker.ratelimit;

import io.vertx.mutiny.redis.client.RedisAPI;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires the shared rate limiter to the worker's Redis client and key prefix. */
@ApplicationScoped
public class RateLimiterProducer {
    @Produces
    @ApplicationScoped
    SharedRateLimiter limiter(RedisAPI redis, @ConfigProperty(name = "answerlens.redis.key-prefix") String prefix) {
        return new SharedRateLimiter(redis, prefix);
    }
}
