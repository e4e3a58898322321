package dev.answerlens.messaging.consume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class GroupedCallsTest {

    @Test
    void callsArrivingWhileABatchRunsGoTogetherInTheNextBatch() {
        List<List<Integer>> batches = new ArrayList<>();
        List<CompletableFuture<List<String>>> running = new ArrayList<>();
        GroupedCalls<Integer, String> calls = new GroupedCalls<>(64, inputs -> {
            batches.add(inputs);
            CompletableFuture<List<String>> result = new CompletableFuture<>();
            running.add(result);
            return Uni.createFrom().completionStage(result);
        });
        CompletableFuture<String> first = calls.call(1).subscribeAsCompletionStage();
        CompletableFuture<String> second = calls.call(2).subscribeAsCompletionStage();
        CompletableFuture<String> third = calls.call(3).subscribeAsCompletionStage();
        assertEquals(List.of(List.of(1)), batches);

        running.get(0).complete(List.of("one"));
        assertEquals(List.of(List.of(1), List.of(2, 3)), batches);
        assertEquals("one", first.join());

        running.get(1).complete(List.of("two", "three"));
        assertEquals("two", second.join());
        assertEquals("three", third.join());
    }

    @Test
    void aBatchTakesAtMostTheLimitAndTheRestFollow() {
        List<List<Integer>> batches = new ArrayList<>();
        List<CompletableFuture<List<Integer>>> running = new ArrayList<>();
        GroupedCalls<Integer, Integer> calls = new GroupedCalls<>(2, inputs -> {
            batches.add(inputs);
            CompletableFuture<List<Integer>> result = new CompletableFuture<>();
            running.add(result);
            return Uni.createFrom().completionStage(result);
        });
        List<CompletableFuture<Integer>> results = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            results.add(calls.call(i).subscribeAsCompletionStage());
        }
        for (int i = 0; i < 3; i++) {
            List<Integer> batch = batches.get(i);
            running.get(i).complete(batch.stream().map(n -> n * 10).toList());
        }
        assertEquals(List.of(List.of(1), List.of(2, 3), List.of(4, 5)), batches);
        assertEquals(List.of(10, 20, 30, 40, 50), results.stream().map(CompletableFuture::join).toList());
    }

    @Test
    void aFailedBatchFailsEachOfItsCallsAndTheNextBatchStillRuns() {
        List<List<String>> batches = new ArrayList<>();
        GroupedCalls<String, String> calls = new GroupedCalls<>(64, inputs -> {
            batches.add(inputs);
            return inputs.contains("bad") ? Uni.createFrom().failure(new IllegalStateException("database away"))
                    : Uni.createFrom().item(inputs.stream().map(String::toUpperCase).toList());
        });
        Uni<String> bad = calls.call("bad");
        assertThrows(IllegalStateException.class, () -> bad.await().atMost(Duration.ofSeconds(5)));
        assertEquals("OK", calls.call("ok").await().atMost(Duration.ofSeconds(5)));
    }

    @Test
    void aBatchAnsweringWithTheWrongNumberOfResultsFailsItsCalls() {
        GroupedCalls<String, String> calls = new GroupedCalls<>(64, inputs -> Uni.createFrom().item(List.of()));
        assertThrows(IllegalStateException.class, () -> calls.call("x").await().atMost(Duration.ofSeconds(5)));
    }
}
