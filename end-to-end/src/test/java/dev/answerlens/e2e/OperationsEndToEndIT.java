package dev.answerlens.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.e2e.OtlpTraceReceiver.ReceivedSpan;
import dev.answerlens.simulated.SimulatedCatalogue;
import dev.answerlens.model.testing.RunningPipeline;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What an operator sees of the four service processes: health that reflects their connections, and
 * one trace per job across the four service processes: the scheduler publishes the job, the worker
 * collects it, the extraction service stores it, and the API and the scheduler hear that it was stored;
 * the trace context travels in the RabbitMQ message headers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsEndToEndIT {
    private static final Set<String> SERVICES = Set.of("scheduler-service", "scrape-worker", "extraction-service", "api-service");
    private static final List<String> PLATFORMS = List.of("perplexity", "gemini");
    private static final int SAMPLES = 6;
    private static final int JOBS = PLATFORMS.size() * SAMPLES;
    private static final String METRICS_TOKEN = "e2e-metrics-token";
    private static final String DATABASE = "Reactive PostgreSQL connections health check";
    private static final String BROKER = "RabbitMQ";

    private static OtlpTraceReceiver receiver;
    private static RunningPipeline pipeline;

    @BeforeAll
    static void startPipeline() throws Exception {
        receiver = new OtlpTraceReceiver();
        pipeline = new RunningPipeline(Map.of("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", receiver.endpoint(),
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "100ms", "ANSWERLENS_API_METRICS_TOKEN", METRICS_TOKEN)).start();
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
        receiver.close();
    }

    @Test
    void everyServiceIsLiveAndReadyWithItsConnectionsChecked() {
        Map<String, List<String>> checks = Map.of(
                "scheduler-service", List.of(DATABASE, BROKER),
                "scrape-worker", List.of(BROKER),
                "extraction-service", List.of(DATABASE, BROKER),
                "api-service", List.of(DATABASE, BROKER, "Redis analytics cache"));
        checks.forEach((service, expected) -> {
            given().baseUri(pipeline.service(service).baseUrl()).get("/q/health/live").then().statusCode(200);
            List<String> names = given().baseUri(pipeline.service(service).baseUrl()).get("/q/health/ready")
                    .then().statusCode(200).extract().jsonPath().getList("checks.name");
            assertTrue(names.containsAll(expected), service + " readiness checks " + names);
        });
        given().baseUri(pipeline.apiUrl()).get("/q/health/ready").then()
                .body("checks.find { it.name == 'Redis analytics cache' }.data.redis", org.hamcrest.Matchers.equalTo("connected"));
    }

    @Test
    @Order(1)
    void everyJobIsOneTraceThroughAllFourServices() {
        {
            String key = given().baseUri(pipeline.apiUrl()).contentType(ContentType.JSON).body(Map.of("name", "traced"))
                    .post("/v1/workspaces").then().statusCode(201).extract().jsonPath().getString("apiKey.key");
            var brand = SimulatedCatalogue.brands().get(0);
            given().baseUri(pipeline.apiUrl()).auth().oauth2(key).contentType(ContentType.JSON)
                    .body(Map.of("name", brand.name(), "aliases", brand.aliases(), "domains", List.of(brand.domain()), "kind", "own"))
                    .post("/v1/brands").then().statusCode(201);
            given().baseUri(pipeline.apiUrl()).auth().oauth2(key).contentType(ContentType.JSON)
                    .body(Map.of("text", "Which CRM should a startup pick?", "platforms", PLATFORMS,
                            "samplesPerRun", SAMPLES, "cadenceMinutes", 1440))
                    .post("/v1/prompts").then().statusCode(201);

            Map<String, Set<String>> servicesByTrace = Awaitility.await("traces through all four services")
                    .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> completeTraces(receiver.spans()), traces -> traces.size() >= JOBS);

            Set<String> workerTraces = receiver.spans().stream()
                    .filter(s -> s.service().equals("scrape-worker") && s.kind().equals("SPAN_KIND_CONSUMER"))
                    .map(ReceivedSpan::traceId).collect(Collectors.toSet());
            assertEquals(JOBS, workerTraces.size(), "one trace per collected job");
            assertTrue(servicesByTrace.keySet().containsAll(workerTraces),
                    "every job's trace reaches all four services: " + servicesByTrace);
        }
    }

    @Test
    @Order(2)
    void everyServiceExportsItsMetricsForPrometheus() {
        Map<String, List<String>> expected = Map.of(
                "scheduler-service", List.of("answerlens_jobs_published_total{platform=\"perplexity\"}",
                        "answerlens_queue_messages{queue=\"scrape.perplexity\"}",
                        "answerlens_queue_parked_messages{queue=\"answers.raw\"}", "answerlens_coverage_ratio{platform=\"gemini\"}"),
                "scrape-worker", List.of("answerlens_jobs_completed_total{engine=\"simulated\",platform=\"perplexity\"}",
                        "answerlens_collection_seconds_count{engine=\"simulated\",platform=\"gemini\"}",
                        "answerlens_collection_seconds_bucket{engine=\"simulated\",platform=\"gemini\",le="),
                "extraction-service", List.of("answerlens_extraction_seconds_count{method=\"rules\"}",
                        "answerlens_extraction_seconds_bucket{method=\"rules\",le="),
                "api-service", List.of("answerlens_cache_requests_total{result=\"miss\"}"));
        given().baseUri(pipeline.apiUrl()).get("/q/metrics").then().statusCode(401);
        String key = given().baseUri(pipeline.apiUrl()).contentType(ContentType.JSON).body(Map.of("name", "metrics"))
                .post("/v1/workspaces").then().statusCode(201).extract().jsonPath().getString("apiKey.key");
        given().baseUri(pipeline.apiUrl()).auth().oauth2(key).get("/v1/analytics/summary").then().statusCode(200);
        expected.forEach((service, names) -> Awaitility.await(service + " metrics").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    String metrics = given().baseUri(pipeline.service(service).baseUrl()).auth().oauth2(METRICS_TOKEN)
                            .get("/q/metrics").then().statusCode(200).extract().asString();
                    for (String name : names) {
                        assertTrue(metrics.contains(name), service + " exports " + name);
                    }
                }));
    }

    /** Traces that have spans from every one of the four services. */
    private static Map<String, Set<String>> completeTraces(List<ReceivedSpan> spans) {
        return spans.stream().collect(Collectors.groupingBy(ReceivedSpan::traceId,
                        Collectors.mapping(ReceivedSpan::service, Collectors.toSet())))
                .entrySet().stream().filter(e -> e.getValue().containsAll(SERVICES))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
