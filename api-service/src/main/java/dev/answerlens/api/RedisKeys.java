package dev.answerlens.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where this deployment's keys live in a shared Redis (prefix {@code answerlens.redis}); shared with
 * the other services so they can invalidate the same keys, and isolated per test run.
 */
@ConfigMapping(prefix = "answerlens.redis")
public interface RedisKeys {

    /** {@code answerlens.redis.key-prefix}: prepended to every key this service reads or writes. */
    @WithDefault("answerlens:")
    String keyPrefix();
}
