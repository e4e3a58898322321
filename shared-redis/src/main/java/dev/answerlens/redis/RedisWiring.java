package dev.answerlens.redis;

import dev.answerlens.model.redis.RedisKeySpace;
import io.vertx.mutiny.redis.client.RedisAPI;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Gives every service that uses Redis the key scheme under its configured prefix, and the limiter on its client. */
@ApplicationScoped
public class RedisWiring {
    @Produces
    @Singleton
    RedisKeySpace keySpace(@ConfigProperty(name = "answerlens.redis.key-prefix", defaultValue = "answerlens:") String prefix) {
        return new RedisKeySpace(prefix);
    }

    @Produces
    @Singleton
    WindowLimiter limiter(RedisAPI redis) {
        return new WindowLimiter(redis);
    }
}
