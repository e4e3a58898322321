package dev.answerlens.api.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.api.analytics.SummaryService;
import dev.answerlens.api.analytics.query.AnalyticsFilters;
import dev.answerlens.api.analytics.query.Granularity;
import dev.answerlens.api.analytics.query.PromptScopeParameters;
import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.analytics.stats.Formulas;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The analytics as files for BI tools and warehouses (Looker Studio, BigQuery, spreadsheets): the same numbers as
 * the JSON views, from the same cached reads, flattened to stable columns (docs/exports.md), as CSV or JSON Lines.
 */
@Path("/v1/exports")
@Tag(name = "Exports")
@Produces({"text/csv", "application/jsonl"})
public class ExportResource {
    private static final String FILTER = " Takes the analytics filter (from, to, platform, engine, tag, country, "
            + "language). Columns and units: docs/exports.md. A figure without data is an empty field, never 0.";

    private final SummaryService summaries;
    private final DailyRollupExport daily;
    private final AnalyticsFilters filters;
    private final CallerWorkspace caller;
    private final ObjectMapper json;

    public ExportResource(SummaryService summaries, DailyRollupExport daily, AnalyticsFilters filters,
                          CallerWorkspace caller, ObjectMapper json) {
        this.summaries = summaries;
        this.daily = daily;
        this.filters = filters;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "exportSummary", summary = "The summary as a table",
            description = "One row per brand over all platforms (platform = all), then per brand and platform." + FILTER)
    @APIResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/jsonl", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<String>> summary(@QueryParam("from") String from, @QueryParam("to") String to,
                                             @QueryParam("platform") List<String> platforms,
            @Parameter(description = Formulas.ENGINE_FILTER) @QueryParam("engine") List<String> engines,
            @BeanParam PromptScopeParameters prompts,
            @Parameter(description = "csv (default) or jsonl") @QueryParam("format") String format) {
        SummaryQuery query = query(from, to, platforms, engines, prompts);
        return summaries.summary(caller.id(), query).map(s -> file("summary", query, SummaryExport.summary(s), format));
    }

    @GET
    @Path("/timeseries")
    @Operation(operationId = "exportTimeSeries", summary = "The time series as a table",
            description = "One row per period and brand." + FILTER)
    @APIResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/jsonl", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<String>> timeSeries(@QueryParam("from") String from, @QueryParam("to") String to,
                                                @QueryParam("platform") List<String> platforms,
            @Parameter(description = Formulas.ENGINE_FILTER) @QueryParam("engine") List<String> engines,
            @BeanParam PromptScopeParameters prompts,
            @Parameter(description = "day (default) or week") @QueryParam("granularity") String granularity,
            @Parameter(description = "csv (default) or jsonl") @QueryParam("format") String format) {
        SummaryQuery query = query(from, to, platforms, engines, prompts);
        return summaries.timeSeries(caller.id(), query, Granularity.parse(granularity))
                .map(s -> file("timeseries", query, SummaryExport.timeSeries(s), format));
    }

    @GET
    @Path("/leaderboard")
    @Operation(operationId = "exportLeaderboard", summary = "The leaderboard as a table",
            description = "One row per brand in rank order." + FILTER)
    @APIResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/jsonl", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<String>> leaderboard(@QueryParam("from") String from, @QueryParam("to") String to,
                                                 @QueryParam("platform") List<String> platforms,
            @Parameter(description = Formulas.ENGINE_FILTER) @QueryParam("engine") List<String> engines,
            @BeanParam PromptScopeParameters prompts,
            @Parameter(description = "csv (default) or jsonl") @QueryParam("format") String format) {
        SummaryQuery query = query(from, to, platforms, engines, prompts);
        return summaries.leaderboard(caller.id(), query).map(l -> file("leaderboard", query, SummaryExport.leaderboard(l), format));
    }

    @GET
    @Path("/sources")
    @Operation(operationId = "exportSources", summary = "Cited domains and citation gaps as a table",
            description = "One row per top cited domain (section = top_domain) and per citation gap (citation_gap)." + FILTER)
    @APIResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/jsonl", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<String>> sources(@QueryParam("from") String from, @QueryParam("to") String to,
                                             @QueryParam("platform") List<String> platforms,
            @Parameter(description = Formulas.ENGINE_FILTER) @QueryParam("engine") List<String> engines,
            @BeanParam PromptScopeParameters prompts,
            @Parameter(description = "csv (default) or jsonl") @QueryParam("format") String format) {
        SummaryQuery query = query(from, to, platforms, engines, prompts);
        return summaries.sources(caller.id(), query).map(s -> file("sources", query, SummaryExport.sources(s), format));
    }

    @GET
    @Path("/daily")
    @Operation(operationId = "exportDailyRollups", summary = "The daily rollups, for a warehouse",
            description = "One row per day, platform, engine and tracked brand with the sums every figure is computed "
                    + "from (docs/metrics.md), for loading into a warehouse by date range (at most the analytics' "
                    + "longest range per request)." + FILTER)
    @APIResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/jsonl", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<String>> daily(@QueryParam("from") String from, @QueryParam("to") String to,
                                           @QueryParam("platform") List<String> platforms,
            @Parameter(description = Formulas.ENGINE_FILTER) @QueryParam("engine") List<String> engines,
            @BeanParam PromptScopeParameters prompts,
            @Parameter(description = "csv (default) or jsonl") @QueryParam("format") String format) {
        SummaryQuery query = query(from, to, platforms, engines, prompts);
        return daily.read(caller.id(), query).map(t -> file("daily", query, t, format));
    }

    private SummaryQuery query(String from, String to, List<String> platforms, List<String> engines,
                               PromptScopeParameters prompts) {
        return filters.parse(from, to, platforms, engines, caller.simulation()).within(prompts.scope());
    }

    private RestResponse<String> file(String view, SummaryQuery query, ExportTable table, String format) {
        ExportFormat chosen = ExportFormat.parse(format);
        return RestResponse.ResponseBuilder.ok(table.write(chosen, json), chosen.mediaType() + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"answerlens-" + view + "-" + query.from() + "-"
                        + query.to() + "." + chosen.id() + "\"")
                .build();
    }
}
