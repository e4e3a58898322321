package dev.answerlens.api.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.api.analytics.SummaryService;
import dev.answerlens.api.analytics.query.AnalyticsFilters;
import dev.answerlens.api.analytics.read.AnswerDrillDown;
import dev.answerlens.api.analytics.read.CompetitorSuggestions;
import dev.answerlens.api.analytics.read.FailureReader;
import dev.answerlens.api.brand.BrandService;
import dev.answerlens.api.budget.BudgetService;
import dev.answerlens.api.prompt.PromptService;
import dev.answerlens.api.run.RunRequestService;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessAsyncServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.AsyncResourceSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The MCP server (Model Context Protocol) AI agents reach at {@code /mcp}: the analytics and catalogue tools and the
 * metric definitions as a resource, built with the official MCP Java SDK as a stateless server (every request carries
 * its API key; nothing is kept between requests), served by {@link McpEndpoint}.
 */
@ApplicationScoped
public class AnswerlensMcpServer {
    static final String METRICS_URI = "answerlens://docs/metrics";
    private static final String METRICS_FILE = "mcp/metrics.md";

    private final JaxRsStatelessTransport transport = new JaxRsStatelessTransport();
    private final McpJsonMapper mapper;
    private final McpStatelessAsyncServer server;

    public AnswerlensMcpServer(SummaryService summaries, FailureReader failures, AnswerDrillDown answers,
                               CompetitorSuggestions suggestions, AnalyticsFilters filters, BrandService brands,
                               PromptService prompts, RunRequestService runRequests, BudgetService budget,
                               Validator validator, ObjectMapper json) {
        this.mapper = new JacksonMcpJsonMapper(json);
        ToolResults results = new ToolResults(json);
        List<io.modelcontextprotocol.server.McpStatelessServerFeatures.AsyncToolSpecification> tools = new ArrayList<>(
                new AnalyticsTools(summaries, failures, answers, suggestions, filters, results, mapper).tools());
        tools.addAll(new CatalogueTools(brands, prompts, runRequests, budget, validator, results, mapper).tools());
        this.server = McpServer.async(transport)
                .serverInfo("answerlens", "1")
                .instructions("AI-visibility analytics of one Answerlens workspace (the API key's). Every figure comes "
                        + "with its n, a 95% interval and the coverage; read the resource " + METRICS_URI
                        + " before explaining one. A change is only a change when period_change says rise or drop.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).build())
                .jsonMapper(mapper)
                .tools(tools)
                .resources(metricDefinitions())
                .build();
    }

    JaxRsStatelessTransport transport() {
        return transport;
    }

    McpJsonMapper mapper() {
        return mapper;
    }

    private static AsyncResourceSpecification metricDefinitions() {
        String text = read(METRICS_FILE);
        McpSchema.Resource resource = McpSchema.Resource.builder().uri(METRICS_URI).name("metrics")
                .title("How every Answerlens figure is defined")
                .description("Formulas of mention rate, share of voice, average position, first rate, citation rate, "
                        + "sentiment and coverage; their 95% intervals; how changes are tested (docs/metrics.md).")
                .mimeType("text/markdown").build();
        return new AsyncResourceSpecification(resource, (context, request) -> Mono.just(new McpSchema.ReadResourceResult(
                List.of(new McpSchema.TextResourceContents(METRICS_URI, "text/markdown", text)))));
    }

    private static String read(String file) {
        try (InputStream in = AnswerlensMcpServer.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the class path (api-service/pom.xml copies docs/metrics.md)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void close() {
        server.close();
    }
}
