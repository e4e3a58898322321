package dev.answerlens.api.messaging;

import dev.answerlens.api.ApiConfig;
import dev.answerlens.model.redelivery.Redeliverer;
import dev.answerlens.model.redelivery.RedeliveryPolicy;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Wires the shared redelivery (retry with delay, then park with a reason) to this service's settings. */
@ApplicationScoped
public class ApiRedelivery {
    @Produces
    @ApplicationScoped
    Redeliverer redeliverer(@Channel("redelivery") MutinyEmitter<byte[]> emitter, ApiConfig config) {
        return new Redeliverer(emitter, new RedeliveryPolicy(config.retryDelays()), "api-service");
    }
}
