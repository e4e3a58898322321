package dev.answerlens.scheduler.outbox;

import dev.answerlens.messaging.publish.MessagePublisher;
import dev.answerlens.messaging.publish.OutgoingMessage;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.model.topology.Topology;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Publishes prompt jobs to the jobs exchange, routed by platform, persistent and with the job's
 * priority. The returned Uni completes only when the broker has confirmed the message, and fails when it
 * has not within the confirm timeout.
 */
@ApplicationScoped
public class PromptJobPublisher {
    private final MessagePublisher publisher;

    public PromptJobPublisher(MessagePublisher publisher) {
        this.publisher = publisher;
    }

    public Uni<Void> publish(PromptJob job) {
        return publisher.publish(OutgoingMessage.of(Topology.JOBS_EXCHANGE, job.platform(), job).withPriority(job.priority()));
    }
}
