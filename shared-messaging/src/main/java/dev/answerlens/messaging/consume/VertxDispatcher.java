package dev.answerlens.messaging.consume;

import dev.answerlens.messaging.MessageTracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs each delivery's handling on its own Vert.x duplicated context (as HTTP requests run), spread over
 * the event loops, inside a CONSUMER span that continues the producer's trace. Hibernate Reactive and the
 * reactive clients need that context; the span makes database and outgoing spans join the job's trace.
 * The context lives as long as the handling, so the span stays current for all of it.
 */
@Singleton
public class VertxDispatcher implements Dispatcher {
    private final io.vertx.core.Context[] eventLoops;
    private final AtomicInteger next = new AtomicInteger();
    private final MessageTracing tracing;

    public VertxDispatcher(Vertx vertx, MessageTracing tracing) {
        this.eventLoops = new io.vertx.core.Context[2 * Runtime.getRuntime().availableProcessors()];
        for (int i = 0; i < eventLoops.length; i++) {
            eventLoops[i] = ((VertxInternal) vertx).createEventLoopContext();
        }
        this.tracing = tracing;
    }

    @Override
    public Uni<Void> run(Delivery delivery, Supplier<Uni<Void>> handling) {
        io.vertx.core.Context context = VertxContext.createNewDuplicatedContext(
                eventLoops[Math.floorMod(next.getAndIncrement(), eventLoops.length)]);
        return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored -> {
            Span span = tracing.consuming(delivery.queue(), delivery.headers());
            Context traced = Context.current().with(span);
            traced.makeCurrent();
            delivery.trace(traced);
            Uni<Void> handled;
            try {
                handled = handling.get();
            } catch (RuntimeException e) {
                handled = Uni.createFrom().failure(e);
            }
            handled.subscribe().with(ok -> {
                span.end();
                emitter.complete(null);
            }, error -> {
                span.setStatus(StatusCode.ERROR, String.valueOf(error.getMessage()));
                span.end();
                emitter.fail(error);
            });
        }));
    }
}
