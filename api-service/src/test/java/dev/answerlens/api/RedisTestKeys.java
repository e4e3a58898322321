package dev.answerlens.api;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.keys.KeyScanArgs;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Deletes the test run's Redis keys when the test application stops: version keys have no TTL and would pile up. */
@ApplicationScoped
public class RedisTestKeys {
    private static final Logger LOG = Logger.getLogger(RedisTestKeys.class);

    private final RedisDataSource redis;
    private final String prefix;

    public RedisTestKeys(RedisDataSource redis, @ConfigProperty(name = "answerlens.redis.key-prefix") String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    void deleteOnStop(@Observes ShutdownEvent event) {
        if (!prefix.startsWith("al-test-")) {
            return; // never touch keys that are not a test run's own
        }
        try {
            List<String> keys = new ArrayList<>();
            redis.key().scan(new KeyScanArgs().match(prefix + "*").count(500)).toIterable().forEach(keys::add);
            if (!keys.isEmpty()) {
                redis.key().del(keys.toArray(String[]::new));
            }
        } catch (RuntimeException e) {
            LOG.debugf("Left test keys %s* in Redis: %s", prefix, e.toString());
        }
    }
}
