package dev.answerlens.api.ops;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows the state of the Redis connection in readiness without failing it: Redis is only the
 * analytics cache here, and without it the API answers from the database, so an outage must not take
 * replicas out of rotation.
 */
@Readiness
@ApplicationScoped
public class RedisCacheHealthCheck implements AsyncHealthCheck {
    private static final String NAME = "Redis analytics cache";
    private final ReactiveRedisDataSource redis;

    public RedisCacheHealthCheck(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return redis.execute("PING")
                .map(reply -> state("connected"))
                .ifNoItem().after(Duration.ofSeconds(1)).fail()
                .onFailure().recoverWithItem(failure -> state("unreachable: analytics are read from the database uncached"));
    }

    private static HealthCheckResponse state(String redis) {
        return HealthCheckResponse.named(NAME).up().withData("redis", redis).build();
    }
}
