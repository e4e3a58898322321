package dev.answerlens.worker.messaging;

import dev.answerlens.model.redelivery.Redeliverer;
import dev.answerlens.model.redelivery.RedeliveryPolicy;
import dev.answerlens.worker.WorkerConfig;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Wires the shared redelivery (retry with delay, then park with a reason) to this worker's settings. */
@ApplicationScoped
public class WorkerRedelivery {
    @Produces
    @ApplicationScoped
    Redeliverer redeliverer(@Channel("redelivery") MutinyEmitter<byte[]> emitter, WorkerConfig config) {
        return new Redeliverer(emitter, new RedeliveryPolicy(config.retryDelays()), "scrape-worker");
    }
}
