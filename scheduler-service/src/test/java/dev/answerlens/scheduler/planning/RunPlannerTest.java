package dev.answerlens.scheduler.planning;

import static dev.answerlens.scheduler.SchedulerDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.scheduler.SchedulerDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class RunPlannerTest {
    @Inject
    RunPlanner planner;

    @Test
    void replicasPlanningAtOnceScheduleEachDuePromptExactlyOnce() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        int prompts = 300;
        for (int i = 0; i < prompts; i++) {
            SchedulerDatabase.prompt(workspace, "{chatgpt,claude}", 2, 5, true);
        }
        CompletableFuture<Long> replicaA = planAll().subscribeAsCompletionStage();
        CompletableFuture<Long> replicaB = planAll().subscribeAsCompletionStage();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> replicaA.isDone() && replicaB.isDone());
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> count("SELECT count(*) FROM prompts WHERE workspace_id = ? AND next_run_at <= now()", workspace) == 0);
        assertEquals(prompts * 4L, count("SELECT count(*) FROM jobs WHERE workspace_id = ?", workspace));
        assertEquals(0, count("SELECT count(*) FROM (SELECT prompt_id, platform, sample FROM jobs WHERE workspace_id = ?"
                + " GROUP BY 1, 2, 3 HAVING count(*) > 1) d", workspace));
        assertEquals(prompts * 4L, count("SELECT sum(jobs) FROM scheduled_daily WHERE workspace_id = ?", workspace));
    }

    @Test
    void refusesRunsBeyondTheWorkspacesDailyJobBudgetAndSaysWhy() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        SchedulerDatabase.update("INSERT INTO workspace_budgets (workspace_id, daily_jobs) VALUES (?, 10)", workspace);
        UUID first = SchedulerDatabase.prompt(workspace, "{chatgpt,gemini}", 3, 5, false);
        UUID second = SchedulerDatabase.prompt(workspace, "{chatgpt,gemini}", 3, 5, false);
        SchedulerDatabase.update("UPDATE prompts SET next_run_at = now() - interval '1 minute' WHERE id = ?", first);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT count(*) FROM jobs WHERE prompt_id = ?", first) == 6);
        SchedulerDatabase.update("UPDATE prompts SET next_run_at = now() - interval '1 minute' WHERE id = ?", second);

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> count("SELECT count(*) FROM scheduling_holds WHERE workspace_id = ?", workspace) == 1);
        assertEquals(0, count("SELECT count(*) FROM jobs WHERE prompt_id = ?", second));
        String reason = SchedulerDatabase.text("SELECT reason FROM scheduling_holds WHERE workspace_id = ?", workspace);
        assertTrue(reason.contains("daily job budget of 10 reached: 6 jobs scheduled today, a run needs 6"), reason);
        assertEquals(1, count("SELECT count(*) FROM prompts WHERE id = ? AND next_run_at >= date_trunc('day', now() AT TIME ZONE 'UTC')"
                + " AT TIME ZONE 'UTC' + interval '1 day'", second));

        UUID request = UUID.randomUUID();
        SchedulerDatabase.update("INSERT INTO run_requests (id, workspace_id, prompt_id) VALUES (?, ?, ?)", request, workspace, first);
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> count("SELECT count(*) FROM run_requests WHERE id = ? AND handled_at IS NOT NULL", request) == 1);
        assertTrue(SchedulerDatabase.text("SELECT outcome FROM run_requests WHERE id = ?", request).startsWith("refused: daily job budget"));
        assertEquals(6, count("SELECT count(*) FROM jobs WHERE workspace_id = ?", workspace));
    }

    @Test
    void refusesRunsBeyondTheDailyCostBudget() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        SchedulerDatabase.update("INSERT INTO workspace_budgets (workspace_id, daily_cost_usd) VALUES (?, 0.05)", workspace);
        UUID prompt = SchedulerDatabase.prompt(workspace, "{chatgpt}", 30, 5, true);
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> count("SELECT count(*) FROM scheduling_holds WHERE workspace_id = ?", workspace) == 1);
        assertEquals(0, count("SELECT count(*) FROM jobs WHERE prompt_id = ?", prompt));
        assertTrue(SchedulerDatabase.text("SELECT reason FROM scheduling_holds WHERE workspace_id = ?", workspace)
                .contains("daily cost budget of $0.05 reached"));
    }

    private Uni<Long> planAll() {
        return planner.planDuePrompts().flatMap(result -> result.runs() == 0 && result.refused() == 0
                ? Uni.createFrom().item(0L) : planAll().map(rest -> rest + result.jobs()));
    }
}
