package dev.answerlens.deploy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.answerlens.deploy.DeployDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The provisioned Grafana dashboard reads only metrics the services publish, and Prometheus scrapes them all. */
class MonitoringTest {
    private static final Path MONITORING = DeployDirectory.resolve("compose/monitoring");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The metric names the services publish (Prometheus form), with the series a timer adds. */
    private static final Set<String> COUNTERS_AND_GAUGES = Set.of(
            "answerlens_jobs_published_total", "answerlens_jobs_completed_total", "answerlens_jobs_failed_total",
            "answerlens_llm_tokens_total", "answerlens_llm_cost_usd_total", "answerlens_queue_messages",
            "answerlens_queue_parked_messages", "answerlens_cache_requests_total", "answerlens_coverage_ratio");
    private static final Set<String> TIMERS = Set.of("answerlens_collection_seconds", "answerlens_extraction_seconds");
    private static final List<String> TIMER_SERIES = List.of("_count", "_sum", "_bucket", "_max");

    @Test
    void everyMetricTheDashboardQueriesIsPublishedAndEveryPublishedMetricHasAPanel() throws Exception {
        JsonNode dashboard = JSON.readTree(MONITORING.resolve("grafana/dashboards/answerlens.json").toFile());
        Set<String> known = knownSeries();
        Set<String> queried = new HashSet<>();
        Map<String, String> unknown = new HashMap<>();
        int panels = 0;
        for (JsonNode panel : dashboard.get("panels")) {
            if (panel.get("type").asText().equals("row")) {
                continue;
            }
            panels++;
            assertTrue(panel.path("title").asText().length() > 3, "a panel without a title: " + panel);
            assertEquals("prometheus", panel.at("/datasource/uid").asText(), panel.get("title").asText());
            assertTrue(panel.get("targets").size() > 0, panel.get("title").asText() + " queries nothing");
            for (JsonNode target : panel.get("targets")) {
                for (String metric : PromQlMetrics.in(target.get("expr").asText())) {
                    queried.add(metric);
                    if (!known.contains(metric) && !metric.startsWith("rabbitmq_")) {
                        unknown.put(metric, panel.get("title").asText());
                    }
                }
            }
        }
        assertEquals(Map.of(), unknown, "metrics the services do not publish");
        for (String metric : COUNTERS_AND_GAUGES) {
            assertTrue(queried.contains(metric), "no panel shows " + metric);
        }
        for (String timer : TIMERS) {
            assertTrue(queried.stream().anyMatch(m -> m.startsWith(timer)), "no panel shows " + timer);
        }
        assertTrue(queried.stream().anyMatch(m -> m.startsWith("rabbitmq_")), "no panel shows RabbitMQ's own metrics");
        assertTrue(panels >= 12, "only " + panels + " panels");
    }

    @Test
    void readsMetricNamesOutOfPromQl() {
        assertEquals(Set.of("answerlens_jobs_completed_total", "answerlens_jobs_failed_total"), PromQlMetrics.in(
                "sum by (platform) (increase(answerlens_jobs_completed_total{engine=\"api\"}[15m])) / "
                        + "(sum by (platform) (increase(answerlens_jobs_failed_total[15m])) + 1)"));
        assertEquals(Set.of("answerlens_collection_seconds_bucket"), PromQlMetrics.in(
                "histogram_quantile(0.95, sum by (le, platform) (rate(answerlens_collection_seconds_bucket[5m])))"));
    }

    @Test
    void theDashboardIsProvisionedFromTheFolderGrafanaMounts() throws Exception {
        JsonNode datasources = YAML.readTree(MONITORING.resolve("grafana/provisioning/datasources/prometheus.yaml").toFile());
        assertEquals("prometheus", datasources.at("/datasources/0/uid").asText());
        assertEquals("http://prometheus:9090", datasources.at("/datasources/0/url").asText());
        JsonNode providers = YAML.readTree(MONITORING.resolve("grafana/provisioning/dashboards/answerlens.yaml").toFile());
        assertEquals("/var/lib/grafana/dashboards", providers.at("/providers/0/options/path").asText());
        JsonNode compose = YAML.readTree(DeployDirectory.resolve("compose/monitoring.yaml").toFile());
        List<String> volumes = new ArrayList<>();
        compose.at("/services/grafana/volumes").forEach(v -> volumes.add(v.asText()));
        assertTrue(volumes.contains("./monitoring/grafana/dashboards:/var/lib/grafana/dashboards:ro"), volumes.toString());
    }

    @Test
    void prometheusScrapesEveryServiceAndTheBroker() throws Exception {
        JsonNode config = YAML.readTree(MONITORING.resolve("prometheus/prometheus.yml").toFile());
        Map<String, JsonNode> jobs = new HashMap<>();
        config.get("scrape_configs").forEach(job -> jobs.put(job.get("job_name").asText(), job));
        Map<String, Integer> ports = Map.of("api-service", 8080, "scrape-worker", 8081, "extraction-service", 8082,
                "scheduler-service", 8083);
        ports.forEach((service, port) -> {
            JsonNode job = jobs.get(service);
            assertTrue(job != null, "no scrape job for " + service);
            assertEquals("/q/metrics", job.get("metrics_path").asText(), service);
            assertEquals(port.intValue(), job.at("/dns_sd_configs/0/port").asInt(), service);
        });
        assertEquals(7, jobs.get("scrape-worker").at("/dns_sd_configs/0/names").size(), "one name per platform worker");
        assertEquals("rabbitmq:15692", jobs.get("rabbitmq").at("/static_configs/0/targets/0").asText());
    }

    private static Set<String> knownSeries() {
        Set<String> known = new HashSet<>(COUNTERS_AND_GAUGES);
        for (String timer : TIMERS) {
            TIMER_SERIES.forEach(series -> known.add(timer + series));
        }
        return known;
    }
}
