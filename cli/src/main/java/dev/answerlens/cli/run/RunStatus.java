package dev.answerlens.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One or more run requests summed: planned or not, how many jobs, how many with an answer, failed or still pending. */
public record RunStatus(boolean planned, List<String> refusals, long jobs, long collected, long failed, long pending) {

    /** From GET /v1/run-requests/{id} bodies: planned when the scheduler has handled every one. */
    public static RunStatus of(List<JsonNode> requests) {
        boolean planned = true;
        List<String> refusals = new java.util.ArrayList<>();
        long jobs = 0;
        long collected = 0;
        long failed = 0;
        long pending = 0;
        for (JsonNode request : requests) {
            boolean handled = request.hasNonNull("handledAt");
            planned &= handled;
            JsonNode progress = request.path("progress");
            if (handled && progress.path("jobs").asLong() == 0) {
                refusals.add(request.path("outcome").asText("no jobs"));
            }
            jobs += progress.path("jobs").asLong();
            collected += progress.path("collected").asLong();
            failed += progress.path("failed").asLong();
            pending += progress.path("pending").asLong();
        }
        return new RunStatus(planned, List.copyOf(refusals), jobs, collected, failed, pending);
    }

    /** Every request is planned and no job is pending: all the answers that will come are in. */
    public boolean finished() {
        return planned && pending == 0;
    }

    /** Finished with every job collected and nothing refused. */
    public boolean succeeded() {
        return finished() && refusals.isEmpty() && failed == 0 && jobs > 0;
    }
}
