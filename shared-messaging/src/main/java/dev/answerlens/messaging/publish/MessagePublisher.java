package dev.answerlens.messaging.publish;

import com.rabbitmq.client.AMQP;
import dev.answerlens.messaging.MessageTracing;
import dev.answerlens.messaging.broker.BrokerRuntime;
import dev.answerlens.model.codec.MessageCodec;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * How every Answerlens message is published: JSON, persistent, with its id, a timestamp, its trace and
 * routing key, confirmed by the broker within the confirm timeout (else a {@link PublishFailed}). The
 * returned Uni resumes on the caller's Vert.x context, so database work can follow it directly.
 */
@Singleton
public class MessagePublisher {
    private static final int PERSISTENT = 2;

    private final ConfirmingPublisher publisher;
    private final MessageTracing tracing;

    public MessagePublisher(BrokerRuntime broker, MessageTracing tracing) {
        this.publisher = broker.publisher();
        this.tracing = tracing;
    }

    public Uni<Void> publish(OutgoingMessage outgoing) {
        return publishAll(List.of(outgoing)).map(outcomes -> {
            PublishFailed failure = outcomes.get(0).failure();
            if (failure != null) {
                throw failure;
            }
            return null;
        });
    }

    /**
     * Publishes several messages at once: one hand-over to the publishing thread and one resume on the caller's
     * context for all of them. Each message is confirmed or fails on its own; the Uni yields every one's outcome, in
     * order, once all of them have one (at the latest at the confirm timeout).
     */
    public Uni<List<PublishOutcome>> publishAll(List<OutgoingMessage> messages) {
        Executor resume = callersContext();
        return Uni.createFrom().deferred(() -> {
            List<PendingPublish> batch = new ArrayList<>(messages.size());
            List<Span> spans = new ArrayList<>(messages.size());
            for (OutgoingMessage outgoing : messages) {
                Map<String, Object> headers = new HashMap<>();
                Context parent = outgoing.cause() != null ? outgoing.cause() : Context.current();
                spans.add(tracing.publishing(outgoing.exchange(), outgoing.routingKey(), parent, headers));
                batch.add(pending(outgoing, headers));
            }
            List<CompletableFuture<Void>> sent = publisher.publishAll(batch);
            List<CompletableFuture<PublishOutcome>> outcomes = new ArrayList<>(sent.size());
            for (int i = 0; i < sent.size(); i++) {
                OutgoingMessage outgoing = messages.get(i);
                Span span = spans.get(i);
                outcomes.add(sent.get(i).handle((ok, error) -> {
                    PublishFailed failure = error == null ? null : unwrapped(error);
                    if (failure != null) {
                        span.setStatus(StatusCode.ERROR, failure.getMessage());
                    }
                    span.end();
                    return new PublishOutcome(outgoing, failure);
                }));
            }
            return Uni.createFrom().completionStage(CompletableFuture.allOf(outcomes.toArray(CompletableFuture<?>[]::new))
                    .thenApply(all -> outcomes.stream().map(CompletableFuture::join).toList()));
        }).emitOn(resume);
    }

    /** The message as the broker gets it; one that cannot be encoded is refused here, the others still go. */
    private static PendingPublish pending(OutgoingMessage outgoing, Map<String, Object> headers) {
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .deliveryMode(PERSISTENT)
                .priority(outgoing.priority())
                .messageId(outgoing.message().messageId().toString())
                .timestamp(new Date())
                .headers(headers)
                .build();
        byte[] body = null;
        RuntimeException unencodable = null;
        try {
            body = MessageCodec.encode(outgoing.message());
        } catch (RuntimeException e) {
            unencodable = e;
        }
        PendingPublish publish = new PendingPublish(outgoing.exchange(), outgoing.routingKey(), properties, body,
                new CompletableFuture<>());
        if (unencodable != null) {
            publish.fail("cannot encode " + publish.describe() + ": " + unencodable.getMessage());
        }
        return publish;
    }

    private static PublishFailed unwrapped(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof PublishFailed failed ? failed : PublishFailed.brokerAway(cause.toString());
    }

    private static Executor callersContext() {
        io.vertx.core.Context context = Vertx.currentContext();
        return context == null ? Infrastructure.getDefaultExecutor() : task -> context.runOnContext(ignored -> task.run());
    }
}
