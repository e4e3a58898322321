package dev.answerlens.messaging.redelivery;

import dev.answerlens.messaging.MessagingConfig;
import dev.answerlens.messaging.broker.BrokerRuntime;
import dev.answerlens.model.redelivery.RedeliveryPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service's {@link Redeliverer}: its retry delays ({@code answerlens.messaging.retry-delays}) and its name on parked messages. */
@Singleton
public class RedelivererProducer {
    @Produces
    @Singleton
    Redeliverer redeliverer(BrokerRuntime broker, MessagingConfig config,
                            @ConfigProperty(name = "quarkus.application.name") String service) {
        return new Redeliverer(broker.publisher(), new RedeliveryPolicy(config.retryDelays()), service);
    }
}
