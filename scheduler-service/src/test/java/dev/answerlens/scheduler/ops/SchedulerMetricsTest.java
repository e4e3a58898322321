package dev.answerlens.scheduler.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.scheduler.SchedulerDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class SchedulerMetricsTest {
    @Test
    void exposesPublishedJobsAndQueueDepthsForPrometheus() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        SchedulerDatabase.prompt(workspace, "{google-ai-overviews}", 2, 5, true);
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(containsString("answerlens_jobs_published_total{platform=\"google-ai-overviews\"} 2.0"))
                .body(containsString("answerlens_queue_messages{queue=\"scrape.google-ai-overviews\"} 2.0"))
                .body(containsString("answerlens_queue_parked_messages{queue=\"scrape.google-ai-overviews\"} 0.0")));
    }

    @Test
    void reportsTodaysCoveragePerPlatform() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        SchedulerDatabase.update("INSERT INTO scheduled_daily (workspace_id, day, platform, jobs) "
                + "VALUES (?, (now() AT TIME ZONE 'UTC')::date, 'claude', 8)", workspace);
        SchedulerDatabase.update("INSERT INTO answer_daily_rollups (workspace_id, day, platform, engine, answers, brand_mentions) "
                + "VALUES (?, (now() AT TIME ZONE 'UTC')::date, 'claude', 'api', 6, 0)", workspace);
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(containsString("answerlens_coverage_ratio{platform=\"claude\"} 0.75")));
    }

    @Test
    void reportsReadinessWithTheDatabaseAndBrokerChecks() {
        given().get("/q/health/ready").then().statusCode(200)
                .body(containsString("Database connections health check"))
                .body(containsString("\"RabbitMQ\"")).body(containsString("\"consumer scheduler.job-events\": \"subscribed\""));
    }
}
