package dev.answerlens.api.admin;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The days of the caller's workspace whose stored answers to extract again. */
@Schema(name = "ReextractionRequest")
public record ReextractionRequest(
        @Schema(description = "First day (UTC), YYYY-MM-DD.") @NotNull LocalDate from,
        @Schema(description = "Last day (UTC), inclusive; at most 366 days after from.") @NotNull LocalDate to) {
}
