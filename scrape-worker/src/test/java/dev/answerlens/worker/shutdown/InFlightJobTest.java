package dev.answerlens.worker.shutdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

class InFlightJobTest {
    private final List<String> settlements = new ArrayList<>();
    /** A delivery that records how it was settled, as the RabbitMQ connector's message would act on it. */
    private final Message<byte[]> delivery = new Message<>() {
        @Override
        public byte[] getPayload() {
            return "job".getBytes();
        }

        @Override
        public CompletionStage<Void> ack(Metadata metadata) {
            settlements.add("ack");
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> ack() {
            return ack(Metadata.empty());
        }

        @Override
        public CompletionStage<Void> nack(Throwable reason, Metadata metadata) {
            boolean requeue = metadata.get(RabbitMQRejectMetadata.class).map(RabbitMQRejectMetadata::isRequeue).orElse(false);
            settlements.add(requeue ? "requeue" : "reject");
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> nack(Throwable reason) {
            return nack(reason, Metadata.empty());
        }
    };

    @Test
    void aJobReturnedAtShutdownIsRequeuedAndNeverAckedAfterwards() {
        InFlightJob job = new InFlightJob(delivery);
        Message<byte[]> seenByHandler = job.forHandler();

        job.returnToQueue().toCompletableFuture().join();
        seenByHandler.ack().toCompletableFuture().join();

        assertEquals(List.of("requeue"), settlements);
    }

    @Test
    void aJobTheHandlerFinishedIsNotReturned() {
        InFlightJob job = new InFlightJob(delivery);

        job.forHandler().ack().toCompletableFuture().join();
        job.returnToQueue().toCompletableFuture().join();

        assertEquals(List.of("ack"), settlements);
    }

    @Test
    void theHandlersOwnNackStillParksAsBefore() {
        InFlightJob job = new InFlightJob(delivery);

        job.forHandler().nack(new IllegalStateException("publish failed")).toCompletableFuture().join();
        job.returnToQueue().toCompletableFuture().join();

        assertEquals(List.of("reject"), settlements);
        assertTrue(new String(job.forHandler().getPayload()).equals("job"));
    }
}
