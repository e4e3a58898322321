package dev.answerlens.messaging.health;

import dev.answerlens.messaging.MessagingConfig;
import dev.answerlens.messaging.broker.BrokerRuntime;
import dev.answerlens.messaging.consume.QueueConsumer;
import dev.answerlens.messaging.consume.QueueConsumers;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * DOWN when the service is wedged: a consumer holds deliveries and has settled none for the stuck-after
 * time, or a {@link Watchdog} activity has had work waiting that long without progress — while the broker
 * is reachable (an unreachable broker is readiness's business: restarting would not bring it back).
 */
@Liveness
@Singleton
public class MessagingLiveness implements HealthCheck {
    private final BrokerRuntime broker;
    private final QueueConsumers consumers;
    private final Watchdog watchdog;
    private final Duration stuckAfter;

    public MessagingLiveness(BrokerRuntime broker, QueueConsumers consumers, Watchdog watchdog, MessagingConfig config) {
        this.broker = broker;
        this.consumers = consumers;
        this.watchdog = watchdog;
        this.stuckAfter = config.stuckAfter();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Progress").up().withData("stuck-after", stuckAfter.toString());
        if (!broker.connected()) {
            return response.withData("broker", "unreachable: not judged").build();
        }
        for (QueueConsumer consumer : consumers.all()) {
            if (consumer.stalled(stuckAfter)) {
                response.down().withData("consumer " + consumer.queue(), consumer.inHand() + " deliveries in hand, none settled for "
                        + stuckAfter);
            }
        }
        for (Map.Entry<String, Duration> stalled : watchdog.stalled(stuckAfter).entrySet()) {
            response.down().withData(stalled.getKey(), "work waiting, no progress for " + stalled.getValue().toSeconds() + " s");
        }
        return response.build();
    }
}
