package dev.answerlens.api.budget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A workspace's daily budgets as the client sets them; null (or absent) means no limit. */
@Schema(name = "BudgetSettings")
public record BudgetRequest(
        @Schema(nullable = true, description = "Jobs (one platform answer each) the scheduler may create per UTC day.")
        @Min(0) @Max(10_000_000) Integer dailyJobs,
        @Schema(nullable = true, description = "Estimated cost in USD the scheduler may commit per UTC day "
                + "(answerlens.scheduler.cost-per-job.<platform> per job).")
        @DecimalMin("0") @Digits(integer = 8, fraction = 4) BigDecimal dailyCostUsd) {
}
