package dev.answerlens.worker.job;

import dev.answerlens.messaging.consume.Delivery;
import dev.answerlens.messaging.redelivery.Redeliverer;
import dev.answerlens.model.EngineAssignment;
import dev.answerlens.model.Platform;
import dev.answerlens.model.codec.UndecodableMessage;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.model.redelivery.Failure;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.worker.answer.RawAnswerPublisher;
import dev.answerlens.worker.engine.AnswerValidator;
import dev.answerlens.worker.engine.CollectionEngine;
import dev.answerlens.worker.engine.CollectionResult;
import dev.answerlens.worker.engine.EngineErrors;
import dev.answerlens.worker.engine.EngineRegistry;
import dev.answerlens.worker.engine.FailureClass;
import dev.answerlens.worker.metrics.CollectionMetrics;
import dev.answerlens.worker.ratelimit.PlatformGate;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Handles one prompt job: decode it, collect the answer with the engine it names (else the platform's primary one),
 * publish the raw
 * answer; the consumer runtime acks the job only after that publish was confirmed (and gives the job back
 * if it was not). Undecodable jobs are parked at once; failed collections go through the retry path and
 * are never published as answers.
 */
@ApplicationScoped
public class JobHandler {
    private final EngineRegistry engines;
    private final RawAnswerPublisher publisher;
    private final Redeliverer redeliverer;
    private final JobFailurePublisher failures;
    private final AnswerValidator validator;
    private final CollectionMetrics metrics;
    private final PlatformGate gate;

    public JobHandler(EngineRegistry engines, RawAnswerPublisher publisher, Redeliverer redeliverer,
                      JobFailurePublisher failures, AnswerValidator validator, CollectionMetrics metrics, PlatformGate gate) {
        this.engines = engines;
        this.publisher = publisher;
        this.redeliverer = redeliverer;
        this.failures = failures;
        this.validator = validator;
        this.metrics = metrics;
        this.gate = gate;
    }

    public Uni<Void> handle(Platform platform, Delivery delivery) throws UndecodableMessage {
        String queue = Topology.jobQueue(platform);
        PromptJob job = delivery.decode(PromptJob.class, PromptJob.SCHEMA_VERSION);
        if (!platform.id().equals(job.platform())) {
            return fail(delivery, job, Failure.permanent("wrong-queue",
                    "job for platform '" + job.platform() + "' arrived on " + queue));
        }
        Optional<CollectionEngine> chosen = engines.engineFor(platform, job.engine());
        if (chosen.isEmpty()) {
            return fail(delivery, job, Failure.permanent("engine-not-configured", "job asks for engine '" + job.engine()
                    + "', which this worker does not run for " + platform.id() + " (" + EngineAssignment.property(platform)
                    + "); give the scheduler and the workers the same engine settings"));
        }
        CollectionEngine engine = chosen.get();
        int attempt = delivery.attempt();
        return gate.admit(job.platform(), engine.limitScope(job, attempt))
                .flatMap(refused -> refused.isPresent()
                        ? Uni.createFrom().<CollectionResult>item(new CollectionResult.Failed(refused.get(), Duration.ZERO))
                        : engine.collect(job, attempt))
                .onFailure().recoverWithItem(error -> new CollectionResult.Failed(EngineErrors.classify(error)))
                .map(this::validated)
                .call(result -> backOffWhenRateLimited(job.platform(), result))
                .flatMap(result -> switch (result) {
                    case CollectionResult.Collected collected -> publisher.publish(toRawAnswer(job, collected), delivery)
                            .invoke(() -> metrics.completed(job.platform(), collected.info().engine(),
                                    Duration.ofMillis(collected.info().latencyMs())));
                    case CollectionResult.Failed failed -> fail(delivery, job, failed.failure());
                });
    }

    /** A platform that rate-limited us is held off by every worker (unless the engine said not to). */
    private Uni<Void> backOffWhenRateLimited(String platform, CollectionResult result) {
        if (result instanceof CollectionResult.Failed failed
                && FailureClass.RATE_LIMITED.token().equals(failed.failure().failureClass())) {
            return gate.backOff(platform, failed.backOff());
        }
        return Uni.createFrom().voidItem();
    }

    /** An answer that fails validation is a failure, whatever the engine thought. */
    private CollectionResult validated(CollectionResult result) {
        if (result instanceof CollectionResult.Collected collected) {
            return validator.check(collected).<CollectionResult>map(failed -> failed).orElse(collected);
        }
        return result;
    }

    /** A failed attempt goes to its retry or parking queue, and the scheduler hears of it for the job row. */
    private Uni<Void> fail(Delivery delivery, PromptJob job, Failure failure) {
        metrics.failed(job.platform(), failure.failureClass());
        return redeliverer.redeliver(delivery, failure)
                .flatMap(redelivery -> failures.publish(job, failure, redelivery));
    }

    private static RawAnswer toRawAnswer(PromptJob job, CollectionResult.Collected collected) {
        return new RawAnswer(RawAnswer.SCHEMA_VERSION, UUID.randomUUID(), job.jobId(), job.workspaceId(), job.promptId(),
                job.platform(), job.sample(), job.scheduledAt(), collected.text(), collected.sources(), collected.info());
    }
}
