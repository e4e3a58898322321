package dev.answerlens.scheduler.outbox;

import dev.answerlens.model.message.PromptJob;
import dev.answerlens.model.codec.OutgoingMessages;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes prompt jobs to the jobs exchange, routed by platform, persistent and with the job's
 * priority. The returned Uni completes only when the broker has confirmed the message.
 */
@ApplicationScoped
public class PromptJobPublisher {
    private final MutinyEmitter<byte[]> emitter;

    public PromptJobPublisher(@Channel("prompt-jobs") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                              MutinyEmitter<byte[]> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> publish(PromptJob job) {
        return emitter.sendMessage(OutgoingMessages.persistent(job, job.platform(), job.priority()));
    }
}
