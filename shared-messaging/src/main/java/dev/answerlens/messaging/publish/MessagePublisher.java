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
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
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
        Executor resume = callersContext();
        return Uni.createFrom().deferred(() -> {
            Map<String, Object> headers = new HashMap<>();
            Context parent = outgoing.cause() != null ? outgoing.cause() : Context.current();
            Span span = tracing.publishing(outgoing.exchange(), outgoing.routingKey(), parent, headers);
            AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                    .contentType("application/json")
                    .deliveryMode(PERSISTENT)
                    .priority(outgoing.priority())
                    .messageId(outgoing.message().messageId().toString())
                    .timestamp(new Date())
                    .headers(headers)
                    .build();
            byte[] body = MessageCodec.encode(outgoing.message());
            return Uni.createFrom().completionStage(publisher.publish(outgoing.exchange(), outgoing.routingKey(), properties, body))
                    .onFailure().invoke(error -> span.setStatus(StatusCode.ERROR, error.getMessage()))
                    .onTermination().invoke(span::end);
        }).emitOn(resume);
    }

    private static Executor callersContext() {
        io.vertx.core.Context context = Vertx.currentContext();
        return context == null ? Infrastructure.getDefaultExecutor() : task -> context.runOnContext(ignored -> task.run());
    }
}
