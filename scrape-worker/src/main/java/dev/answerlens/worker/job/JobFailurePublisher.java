package dev.answerlens.worker.job;

import dev.answerlens.messaging.publish.MessagePublisher;
import dev.answerlens.messaging.publish.OutgoingMessage;
import dev.answerlens.model.message.JobFailed;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.model.redelivery.Failure;
import dev.answerlens.model.redelivery.Redelivery;
import dev.answerlens.model.topology.MessageHeaders;
import dev.answerlens.model.topology.Topology;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Tells the scheduler that a job's attempt failed and where the job went (retry or parking), so the
 * job row shows it. The job itself is already safe in its retry or parking queue: if this event
 * cannot be published, that is logged, not retried.
 */
@ApplicationScoped
public class JobFailurePublisher {
    private static final Logger LOG = Logger.getLogger(JobFailurePublisher.class);
    private final MessagePublisher publisher;

    public JobFailurePublisher(MessagePublisher publisher) {
        this.publisher = publisher;
    }

    public Uni<Void> publish(PromptJob job, Failure failure, Redelivery redelivery) {
        Object attemptHeader = redelivery.headers().get(MessageHeaders.ATTEMPT);
        int nextOrLast = attemptHeader instanceof Number number ? number.intValue() : 1;
        int failedAttempt = redelivery.parked() ? nextOrLast : nextOrLast - 1;
        JobFailed event = new JobFailed(JobFailed.SCHEMA_VERSION, UUID.randomUUID(), job.jobId(), job.workspaceId(),
                job.platform(), failedAttempt, failure.failureClass(), failure.reason(), failure.retryable(),
                redelivery.parked(), Instant.now());
        String key = redelivery.parked() ? Topology.JOB_PARKED_KEY : Topology.JOB_RETRYING_KEY;
        return publisher.publish(OutgoingMessage.of(Topology.EVENTS_EXCHANGE, key, event))
                .onFailure().recoverWithItem(error -> {
                    LOG.warnf("job %s failed (%s) but the event could not be published: %s", job.jobId(),
                            failure.failureClass(), error.toString());
                    return null;
                });
    }
}
