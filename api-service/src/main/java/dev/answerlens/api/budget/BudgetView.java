package dev.answerlens.api.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The budgets, today's use of them and whatever the scheduler is holding back for this workspace right now. */
@Schema(name = "Budget")
public record BudgetView(
        @Schema(nullable = true, description = "Daily job budget; null = no limit.") Integer dailyJobs,
        @Schema(nullable = true, description = "Daily estimated cost budget in USD; null = no limit.") BigDecimal dailyCostUsd,
        @Schema(nullable = true) Instant updatedAt,
        @Schema(description = "Jobs scheduled for this workspace today (UTC), all platforms.") long jobsScheduledToday,
        @Schema(description = "What today's stored answers actually cost, per collection engine (known sums and unknown counts).")
        List<SpendView> spentToday,
        @Schema(description = "Holds that apply to this workspace now: its own budget holds and full platform queues.")
        List<HoldView> holds) {
}
