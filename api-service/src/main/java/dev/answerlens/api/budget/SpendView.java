package dev.answerlens.api.budget;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the answers of one collection engine stored today cost: what is known, and how many answers have an unknown cost. */
@Schema(name = "Spend")
public record SpendView(
        @Schema(description = "simulated, api or browser") String engine,
        @Schema(description = "Answers stored today (UTC day they were scheduled for).") long answers,
        @Schema(description = "Collection cost in USD of the answers whose cost is known.") BigDecimal collectionUsd,
        @Schema(description = "Answers whose collection cost is unknown (an API model without a price, or the browser"
                + " engine, which is not billed per answer): never counted as 0.")
        long collectionCostUnknown,
        @Schema(description = "LLM extraction cost in USD of the answers whose cost is known.") BigDecimal extractionUsd,
        @Schema(description = "Answers extracted by an LLM whose cost is unknown (no price configured).")
        long extractionCostUnknown) {
}
