package dev.answerlens.scheduler.outbox;

import dev.answerlens.messaging.publish.MessagePublisher;
import dev.answerlens.messaging.publish.OutgoingMessage;
import dev.answerlens.messaging.publish.PublishOutcome;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.model.topology.Topology;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Publishes prompt jobs to the jobs exchange, routed by platform, persistent and with the job's
 * priority, a batch at a time. Each job's outcome is known only when the broker has confirmed it, or has not
 * within the confirm timeout.
 */
@ApplicationScoped
public class PromptJobPublisher {
    private final MessagePublisher publisher;

    public PromptJobPublisher(MessagePublisher publisher) {
        this.publisher = publisher;
    }

    /** Publishes a batch at once; yields each job's outcome, in order, once every one is confirmed or failed. */
    public Uni<List<PublishOutcome>> publishAll(List<PromptJob> jobs) {
        return publisher.publishAll(jobs.stream().map(PromptJobPublisher::message).toList());
    }

    private static OutgoingMessage message(PromptJob job) {
        return OutgoingMessage.of(Topology.JOBS_EXCHANGE, job.platform(), job).withPriority(job.priority());
    }
}
