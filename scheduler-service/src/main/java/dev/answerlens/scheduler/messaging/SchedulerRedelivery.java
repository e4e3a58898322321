package dev.answerlens.scheduler.messaging;

import dev.answerlens.model.redelivery.Redeliverer;
import dev.answerlens.model.redelivery.RedeliveryPolicy;
import dev.answerlens.scheduler.SchedulerConfig;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Wires the shared redelivery (retry with delay, then park with a reason) for the job-events consumer. */
@ApplicationScoped
public class SchedulerRedelivery {
    @Produces
    @ApplicationScoped
    Redeliverer redeliverer(@Channel("redelivery") MutinyEmitter<byte[]> emitter,
                            SchedulerConfig config) {
        return new Redeliverer(emitter, new RedeliveryPolicy(config.retryDelays()), "scheduler-service");
    }
}
