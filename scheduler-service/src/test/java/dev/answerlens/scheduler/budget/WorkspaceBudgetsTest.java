package dev.answerlens.scheduler.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkspaceBudgetsTest {
    private final UUID workspace = UUID.randomUUID();
    private final WorkspaceBudgets budgets = new WorkspaceBudgets(Map.of("chatgpt", new BigDecimal("0.002")));

    @Test
    void aRunOnAnUnpricedPlatformIsRefusedUnderACostBudgetNeverCountedAsFree() {
        budgets.limit(workspace, null, new BigDecimal("5"));
        Optional<String> refusal = budgets.admit(workspace, Map.of("chatgpt", 10, "perplexity", 10));
        assertTrue(refusal.orElseThrow().contains("platform perplexity has no price (answerlens.scheduler.cost-per-job.perplexity)"),
                refusal.get());
        assertEquals(Optional.empty(), budgets.admit(workspace, Map.of("chatgpt", 10)), "a priced run within the budget goes");
    }

    @Test
    void withoutACostBudgetAnUnpricedPlatformRunsAndOnlyJobsAreCounted() {
        budgets.limit(workspace, 15, null);
        assertEquals(Optional.empty(), budgets.admit(workspace, Map.of("perplexity", 10)));
        assertTrue(budgets.admit(workspace, Map.of("perplexity", 10)).orElseThrow().startsWith("daily job budget of 15 reached"));
    }

    @Test
    void aRunThatWouldCrossTheCostBudgetIsRefusedWithTheFigures() {
        budgets.limit(workspace, null, new BigDecimal("0.05"));
        assertEquals(Optional.empty(), budgets.admit(workspace, Map.of("chatgpt", 20)));
        assertEquals(Optional.of("daily cost budget of $0.05 reached: $0.04 estimated today, a run needs $0.02"),
                budgets.admit(workspace, Map.of("chatgpt", 10)));
    }
}
