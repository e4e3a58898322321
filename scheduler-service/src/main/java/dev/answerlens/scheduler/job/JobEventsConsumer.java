package dev.answerlens.scheduler.job;

import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.codec.UndecodableMessage;
import dev.answerlens.model.message.JobFailed;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.redelivery.Failure;
import dev.answerlens.model.redelivery.Redeliverer;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.scheduler.sharing.FollowerFulfilment;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * What became of the jobs: failed attempts from the workers (job.retrying, job.parked) and stored
 * answers from the extraction service (mentions.stored), recorded on the job rows; a stored leader
 * answer of shared sampling is passed on to its followers.
 */
@ApplicationScoped
public class JobEventsConsumer {
    private final JobOutcomes outcomes;
    private final FollowerFulfilment followers;
    private final Redeliverer redeliverer;

    public JobEventsConsumer(JobOutcomes outcomes, FollowerFulfilment followers, Redeliverer redeliverer) {
        this.outcomes = outcomes;
        this.followers = followers;
        this.redeliverer = redeliverer;
    }

    @Incoming("job-events")
    Uni<Void> consume(Message<byte[]> message) {
        String key = message.getMetadata(IncomingRabbitMQMetadata.class).map(IncomingRabbitMQMetadata::getRoutingKey).orElse("");
        Uni<Void> handled;
        try {
            handled = key.equals(Topology.MENTIONS_STORED_KEY)
                    ? stored(MessageCodec.decode(message.getPayload(), MentionsStored.class, MentionsStored.SCHEMA_VERSION))
                    : outcomes.failed(MessageCodec.decode(message.getPayload(), JobFailed.class, JobFailed.SCHEMA_VERSION));
        } catch (UndecodableMessage e) {
            return redeliverer.redeliver(message, Topology.JOB_EVENTS_QUEUE, Failure.permanent("undecodable", e.reason()))
                    .replaceWithVoid();
        }
        return handled.flatMap(ignored -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(error -> redeliverer.redeliver(message, Topology.JOB_EVENTS_QUEUE,
                        Failure.retryable("storage-failed", key + " event not recorded: " + error)).replaceWithVoid());
    }

    private Uni<Void> stored(MentionsStored event) {
        return outcomes.collected(event.jobId()).flatMap(ignored -> followers.fulfil(event.jobId())).replaceWithVoid();
    }
}
