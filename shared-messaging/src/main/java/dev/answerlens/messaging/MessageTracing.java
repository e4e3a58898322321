package dev.answerlens.messaging;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A job is one trace across the services: a publish is a PRODUCER span whose context travels in the
 * message headers (W3C traceparent), a handled delivery a CONSUMER span continuing it.
 */
@Singleton
public class MessageTracing {
    private static final TextMapGetter<Map<String, Object>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, Object> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, Object> carrier, String key) {
            Object value = carrier == null ? null : carrier.get(key);
            return value == null ? null : value.toString();
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    public MessageTracing(Instance<OpenTelemetry> telemetry) {
        OpenTelemetry otel = telemetry.isResolvable() ? telemetry.get() : OpenTelemetry.noop();
        this.tracer = otel.getTracer("answerlens-messaging");
        this.propagator = otel.getPropagators().getTextMapPropagator();
    }

    /** Starts the span of a publish and writes its context into {@code headers}. */
    public Span publishing(String exchange, String routingKey, Context parent, Map<String, Object> headers) {
        Span span = tracer.spanBuilder(exchange + " publish").setSpanKind(SpanKind.PRODUCER).setParent(parent)
                .setAttribute("messaging.system", "rabbitmq")
                .setAttribute("messaging.destination.name", exchange)
                .setAttribute("messaging.rabbitmq.destination.routing_key", routingKey)
                .startSpan();
        propagator.inject(parent.with(span), headers, Map::put);
        return span;
    }

    /** The trace context as the headers that carry it (W3C traceparent, tracestate), for a message that stands for several. */
    public Map<String, String> carrier(Context context) {
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context != null ? context : Context.current(), carrier, Map::put);
        return carrier;
    }

    /**
     * Handles a message standing for several entries (several jobs' events) within one CONSUMER span per trace it
     * carries, each a child of that entry's trace; the spans end when the handling ends, however it ends.
     */
    public <T> Uni<T> handlingEach(String queue, List<Map<String, String>> carriers, Supplier<Uni<? extends T>> handling) {
        List<Span> spans = new ArrayList<>(carriers.size());
        for (Map<String, String> carrier : carriers) {
            spans.add(consuming(queue, new HashMap<>(carrier)));
        }
        return Uni.createFrom().deferred(handling).onTermination().invoke(() -> spans.forEach(Span::end));
    }

    /** Starts the span of handling a delivery, as a child of the trace its headers carry. */
    public Span consuming(String queue, Map<String, Object> headers) {
        Context parent = propagator.extract(Context.root(), headers, HEADERS);
        return tracer.spanBuilder(queue + " process").setSpanKind(SpanKind.CONSUMER).setParent(parent)
                .setAttribute("messaging.system", "rabbitmq")
                .setAttribute("messaging.destination.name", queue)
                .setAttribute("messaging.operation", "process")
                .startSpan();
    }
}
