package dev.answerlens.api.mcp;

import dev.answerlens.api.analytics.SummaryService;
import dev.answerlens.api.analytics.query.AnalyticsFilters;
import dev.answerlens.api.analytics.query.AnswerQuery;
import dev.answerlens.api.analytics.query.Granularity;
import dev.answerlens.api.analytics.query.PromptScope;
import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.analytics.read.AnswerDrillDown;
import dev.answerlens.api.analytics.read.CompetitorSuggestions;
import dev.answerlens.api.analytics.read.FailureReader;
import dev.answerlens.api.problem.QueryParameters;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.AsyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The read tools: every analytics view of the HTTP API, with the same filter and the same JSON (each figure with its
 * n, 95% interval and coverage), so an agent quotes exactly what the dashboard and the API show.
 */
final class AnalyticsTools {
    /** The analytics filter every view takes, as a JSON schema property list. */
    static final String FILTER = """
            "from": {"type": "string", "description": "First day, YYYY-MM-DD (UTC); default 29 days before to"},
            "to": {"type": "string", "description": "Last day, YYYY-MM-DD (UTC); default today"},
            "platform": {"type": "array", "items": {"type": "string"}, "description": "Platform ids (chatgpt, perplexity, gemini, copilot, google-ai-overviews, google-ai-mode, claude); default all"},
            "engine": {"type": "array", "items": {"type": "string"}, "description": "Collection engines: api, browser, simulated; default api and browser (all three in a simulation workspace)"},
            "tag": {"type": "array", "items": {"type": "string"}, "description": "Count only prompts carrying one of these tags"},
            "country": {"type": "array", "items": {"type": "string"}, "description": "Count only prompts asked for these countries (ISO 3166-1 alpha-2)"},
            "language": {"type": "array", "items": {"type": "string"}, "description": "Count only prompts in these languages (en, de, pt-BR, ...)"}""";

    private final SummaryService summaries;
    private final FailureReader failures;
    private final AnswerDrillDown answers;
    private final CompetitorSuggestions suggestions;
    private final AnalyticsFilters filters;
    private final ToolResults results;
    private final McpJsonMapper mapper;

    AnalyticsTools(SummaryService summaries, FailureReader failures, AnswerDrillDown answers,
                   CompetitorSuggestions suggestions, AnalyticsFilters filters, ToolResults results, McpJsonMapper mapper) {
        this.summaries = summaries;
        this.failures = failures;
        this.answers = answers;
        this.suggestions = suggestions;
        this.filters = filters;
        this.results = results;
        this.mapper = mapper;
    }

    List<AsyncToolSpecification> tools() {
        return List.of(
                tool("visibility_summary", "Each tracked brand's mention rate, share of voice, average position, first "
                        + "rate, citation rate and sentiment, overall and per platform, each with n and its 95% interval, "
                        + "and the coverage (answers collected / scheduled). Same as GET /v1/analytics/summary.", FILTER,
                        (caller, args) -> results.of(() -> summaries.summary(caller.workspaceId(), query(caller, args)))),
                tool("time_series", "Every summary figure per day or ISO week, with each period's coverage. Same as "
                        + "GET /v1/analytics/timeseries.", FILTER + ",\n\"granularity\": {\"type\": \"string\", \"enum\": [\"day\", \"week\"]}",
                        (caller, args) -> results.of(() -> summaries.timeSeries(caller.workspaceId(), query(caller, args),
                                Granularity.parse(args.text("granularity"))))),
                tool("leaderboard", "Brands ranked by mention rate; clearlyAheadOfNext says where the order is more than "
                        + "noise. Same as GET /v1/analytics/leaderboard.", FILTER,
                        (caller, args) -> results.of(() -> summaries.leaderboard(caller.workspaceId(), query(caller, args)))),
                tool("period_change", "Each brand's figures in the period against the previous one (default: the same "
                        + "length just before), each change tested: rise, drop, within noise, no data or too few. Same as "
                        + "GET /v1/analytics/change.", FILTER + ",\n\"previousFrom\": {\"type\": \"string\"},\n\"previousTo\": {\"type\": \"string\"}",
                        (caller, args) -> results.of(() -> {
                            SummaryQuery current = query(caller, args);
                            return summaries.change(caller.workspaceId(), current,
                                    filters.previous(current, args.text("previousFrom"), args.text("previousTo")));
                        })),
                tool("breakdown", "One brand's visibility per prompt and per tag (default brand: the first own brand). "
                        + "Same as GET /v1/analytics/breakdown.", FILTER + ",\n\"brand\": {\"type\": \"string\", \"description\": \"A brand id\"}",
                        (caller, args) -> results.of(() -> summaries.breakdown(caller.workspaceId(), query(caller, args),
                                args.id("brand")))),
                tool("sources", "Cited domains and pages by owner (own, competitor, other) with the share of answers "
                        + "citing each, and the citation gaps: sources cited where competitors are named and never where "
                        + "you are. Same as GET /v1/analytics/sources.", FILTER,
                        (caller, args) -> results.of(() -> summaries.sources(caller.workspaceId(), query(caller, args)))),
                tool("collection_failures", "Collections that failed in the filter, parked or retrying, by failure class "
                        + "(captcha, rate-limited, timeout, ...), beside the coverage they explain. Same as "
                        + "GET /v1/analytics/failures.", FILTER,
                        (caller, args) -> results.of(() -> failures.read(caller.workspaceId(), query(caller, args)))),
                tool("competitor_suggestions", "Brand-like names the assistants give that the workspace does not "
                        + "track, most frequent first, each with its share of the answers searched.",
                        "\"limit\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 200}",
                        (caller, args) -> results.of(() -> suggestions.top(caller.workspaceId(),
                                QueryParameters.integer("limit", args.text("limit"), 50, 1, 200)))),
                tool("search_answers", "The raw answers behind a number, newest first, with the tracked brands found, "
                        + "citations and engine metadata; brand with mentioned=true/false keeps the answers that do / "
                        + "do not mention it. Same as GET /v1/analytics/answers (a page; pass next as after).",
                        FILTER + ",\n\"brand\": {\"type\": \"string\"},\n\"mentioned\": {\"type\": \"boolean\"},\n\"prompt\": {\"type\": \"string\"},"
                                + "\n\"limit\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 100},\n\"after\": {\"type\": \"string\"}",
                        (caller, args) -> results.of(() -> {
                            Object[] cursor = AnswerQuery.decodeCursor(args.text("after"));
                            return answers.page(caller.workspaceId(), new AnswerQuery(query(caller, args), args.id("brand"),
                                    AnswerQuery.bool("mentioned", args.text("mentioned")), args.id("prompt"),
                                    QueryParameters.integer("limit", args.text("limit"), 20, 1, 100),
                                    (LocalDate) cursor[0], (java.util.UUID) cursor[1]));
                        })));
    }

    private SummaryQuery query(McpCaller caller, ToolArguments args) {
        return filters.parse(args.text("from"), args.text("to"), args.list("platform"), args.list("engine"),
                caller.simulation()).within(PromptScope.parse(args.list("tag"), args.list("country"), args.list("language")));
    }

    private AsyncToolSpecification tool(String name, String description, String properties,
                                        BiFunction<McpCaller, ToolArguments, reactor.core.publisher.Mono<McpSchema.CallToolResult>> call) {
        String schema = "{\"type\": \"object\", \"properties\": {" + properties + "}}";
        McpSchema.Tool tool = McpSchema.Tool.builder().name(name).description(description)
                .inputSchema(mapper, schema).build();
        return new AsyncToolSpecification(tool, (context, request) ->
                call.apply(McpCaller.of(context), ToolArguments.of(request.arguments())));
    }
}
