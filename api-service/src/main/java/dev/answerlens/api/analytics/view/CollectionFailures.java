package dev.answerlens.api.analytics.view;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why scheduled answers are missing: the filter's jobs that failed, by failure class — parked for good (they will
 * not be collected without a replay) or retrying (another attempt is due) — beside the coverage they explain.
 */
@Schema(name = "CollectionFailures", description = "Failed collections in the filter by failure class "
        + "(scrape-worker/README.md#failure-classes). A failure is never counted as an answer: it lowers coverage.")
public record CollectionFailures(
        LocalDate from, LocalDate to, List<String> platforms, List<String> engines,
        Summary.Coverage coverage,
        @Schema(description = "Jobs parked for good in the filter.") long parked,
        @Schema(description = "Jobs whose last attempt failed and that will be tried again.") long retrying,
        @Schema(description = "By failure class, most parked first.") List<FailureClass> classes) {

    @Schema(name = "FailureClassCount")
    public record FailureClass(
            @Schema(description = "captcha, login-wall, rate-limited, timeout, … ('unknown' when none was recorded)")
            String failureClass,
            long parked,
            long retrying,
            @Schema(description = "The most recent reason recorded for a job of this class.", nullable = true)
            String lastReason) {
    }
}
