package dev.answerlens.scheduler.job;

import dev.answerlens.messaging.MessageTracing;
import dev.answerlens.messaging.consume.ConsumerLimits;
import dev.answerlens.messaging.consume.Delivery;
import dev.answerlens.messaging.consume.HandlingFailed;
import dev.answerlens.messaging.consume.QueueConsumers;
import dev.answerlens.messaging.consume.StorageFailures;
import dev.answerlens.messaging.publish.PublishFailed;
import dev.answerlens.model.codec.UndecodableMessage;
import dev.answerlens.model.message.AnswersStored;
import dev.answerlens.model.message.JobFailed;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.message.StoredAnswers;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.scheduler.sharing.FollowerFulfilment;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * What became of the jobs: failed attempts from the workers (job.retrying, job.parked) and stored
 * answers from the extraction service (answers.stored, or an older extraction service's mentions.stored), recorded
 * on the job rows; a stored leader
 * answer of shared sampling is passed on to its followers.
 */
@ApplicationScoped
public class JobEventsConsumer {
    /** 32 events handled at once: the "collected" updates of those in flight go to the database together. */
    private static final ConsumerLimits LIMITS = new ConsumerLimits(128, 32, Duration.ofMinutes(1));

    private final JobOutcomes outcomes;
    private final FollowerFulfilment followers;
    private final MessageTracing tracing;

    public JobEventsConsumer(JobOutcomes outcomes, FollowerFulfilment followers, MessageTracing tracing) {
        this.outcomes = outcomes;
        this.followers = followers;
        this.tracing = tracing;
    }

    void subscribe(@Observes StartupEvent event, QueueConsumers consumers) {
        consumers.consume(Topology.JOB_EVENTS_QUEUE, LIMITS, this::consume);
    }

    Uni<Void> consume(Delivery delivery) throws UndecodableMessage {
        String key = delivery.routingKey();
        Uni<Void> handled = StoredAnswers.announcedBy(key)
                ? stored(StoredAnswers.decode(key, delivery.body()), delivery)
                : outcomes.failed(delivery.decode(JobFailed.class, JobFailed.SCHEMA_VERSION));
        return handled.onFailure(error -> !(error instanceof PublishFailed))
                .transform(error -> new HandlingFailed(StorageFailures.classify(key + " event not recorded", error)));
    }

    private Uni<Void> stored(AnswersStored event, Delivery delivery) {
        return tracing.handlingEach(delivery.queue(), event.traces(), () -> Uni.join()
                .all(event.answers().stream().map(answer -> stored(answer, delivery)).toList())
                .andFailFast()
                .replaceWithVoid());
    }

    private Uni<Void> stored(MentionsStored answer, Delivery delivery) {
        return outcomes.collected(answer.jobId()).flatMap(leads -> leads
                ? followers.fulfil(answer.jobId(), delivery).replaceWithVoid()
                : Uni.createFrom().voidItem());
    }
}
