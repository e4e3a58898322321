package dev.answerlens.api.prompt.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far the jobs of one "run now" have got, so a client can wait for a run's answers and tell success from failure. */
@Schema(name = "RunProgress", description = "The jobs the scheduler made of a run request and what became of them.")
public record RunProgress(
        @Schema(description = "Jobs the run was planned as (platforms × samples × engines); 0 until the scheduler has "
                + "planned it, and when it refused the run.") long jobs,
        @Schema(description = "Jobs whose answer is stored and extracted (counted in the analytics).") long collected,
        @Schema(description = "Jobs parked after their last attempt: no answer will come.") long failed,
        @Schema(description = "Jobs still waiting, queued or retrying.") long pending,
        @Schema(description = "True once the run has jobs and none is pending: every answer that will come is in.")
        boolean done) {

    static RunProgress of(long jobs, long collected, long failed) {
        long pending = jobs - collected - failed;
        return new RunProgress(jobs, collected, failed, pending, jobs > 0 && pending == 0);
    }
}
