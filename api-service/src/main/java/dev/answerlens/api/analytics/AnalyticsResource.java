package dev.answerlens.api.analytics;

import dev.answerlens.api.ApiConfig;
import dev.answerlens.api.analytics.query.AnalyticsFilters;
import dev.answerlens.api.analytics.query.AnswerQuery;
import dev.answerlens.api.analytics.query.EngineComparisonQuery;
import dev.answerlens.api.analytics.query.Granularity;
import dev.answerlens.api.analytics.query.PromptScopeParameters;
import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.analytics.read.AnswerDrillDown;
import dev.answerlens.api.analytics.read.CompetitorSuggestions;
import dev.answerlens.api.analytics.read.FailureReader;
import dev.answerlens.api.analytics.stats.Formulas;
import dev.answerlens.api.analytics.view.AnswerCsv;
import dev.answerlens.api.analytics.view.AnswerRecord;
import dev.answerlens.api.analytics.view.Breakdown;
import dev.answerlens.api.analytics.view.CollectionFailures;
import dev.answerlens.api.analytics.view.EngineComparison;
import dev.answerlens.api.analytics.view.Leaderboard;
import dev.answerlens.api.analytics.view.PeriodChange;
import dev.answerlens.api.analytics.view.Sources;
import dev.answerlens.api.analytics.view.Summary;
import dev.answerlens.api.analytics.view.TimeSeries;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP face of the analytics: the visibility summary of the workspace's brands. */
@Path("/v1/analytics")
@Tag(name = "Analytics")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {
    private final SummaryService summaries;
    private final AnswerDrillDown drillDown;
    private final CompetitorSuggestions suggestions;
    private final CallerWorkspace caller;
    private final ApiConfig config;
    private final AnalyticsFilters filters;
    private final FailureReader failures;

    public AnalyticsResource(SummaryService summaries, AnswerDrillDown drillDown, CompetitorSuggestions suggestions,
                             CallerWorkspace caller, ApiConfig config, AnalyticsFilters filters, FailureReader failures) {
        this.failures = failures;
        this.summaries = summaries;
        this.drillDown = drillDown;
        this.suggestions = suggestions;
        this.caller = caller;
        this.config = config;
        this.filters = filters;
    }

    /** The filter of a request; simulated answers count only when asked for, or in a simulation workspace. */
    private SummaryQuery query(String from, String to, List<String> platforms, List<String> engines,
                               PromptScopeParameters prompts) {
        return filters.parse(from, to, platforms, engines, caller.simulation()).within(prompts.scope());
    }

    @GET
    @Path("/timeseries")
    @Operation(operationId = "getTimeSeries", summary = "Brand metrics per day or week",
            description = "Every brand's metrics per period, from the daily rollups, with each period's coverage; every "
                    + "period in the range is present, empty ones with n = 0 and null rates. Same formulas as the "
                    + "summary: " + Formulas.ALL + " " + Formulas.COVERAGE)
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimeSeries.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<byte[]> timeSeries(@QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("platform") List<String> platforms,
            @Parameter(description = Formulas.ENGINE_FILTER) @QueryParam("engine") List<String> engines,
            @BeanParam PromptScopeParameters prompts,
                                  @Parameter(description = "day (default) or week") @QueryParam("granularity")
                                  String granularity) {
        // JSON bytes: a cached series is sent as stored, not decoded and encoded again
        return summaries.timeSeriesJson(caller.id(), query(from, to, platforms, engines, prompts), Granularity.parse(granularity));
    }

    @GET
    @Path("/failures")
    @Operation(operationId = "getFailures", summary = "Failed collections by failure class",
            description = "The filter's jobs that failed — parked for good or retrying — by failure class, with the "
                    + "coverage they explain. A failed collection is never an answer and never a zero: it lowers coverage. "
                    + "Read live (not cached).")
    @APIResponse(responseCode = "200", description = "The failures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollectionFailures.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CollectionFailures> failures(@QueryParam("from") String from, @QueryParam("to") String to,
                                            @QueryParam("platform") List<String> platforms,
            @Parameter(description = Formulas.ENGINE_FILTER) @QueryParam("engine") List<String> engines,
            @BeanParam PromptScopeParameters prompts) {
        return failures.read(caller.id(), query(from, to, platforms, engines, prompts));
    }

    @GET
    @Path("/sources")
    @Operation(operationId = "getSources", summary = "Cited sources: top domains and URLs, ownership, citation gaps", description = Formulas.SOURCES)
    @APIResponse(responseCode = "200", description = "The sources",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Sources.class)))
    public Uni<Sources> sources(@QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("platform") List<String> platforms,
            @Parameter(description = Formulas.ENGINE_FILTER) @QueryParam("engine") List<String> engines,
            @BeanParam PromptScopeParameters prompts) {
        return summaries.sources(caller.id(), query(from, to, platforms, engines, prompts));
    }

    @GET
    @Path("/breakdown")
    @Operation(operationId = "getBreakdown", summary = "A brand's visibility per prompt and per tag", description = Formulas.BREAKDOWN)
    @APIResponse(responseCode = "200", description = "The breakdown",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Breakdown.class)))
    public Uni<Breakdown> breakdown(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("platform") List<String> platforms,
            @Parameter(description = Formulas.ENGINE_FILTER) @QueryParam("engine") List<String> engines,
            @BeanParam PromptScopeParameters prompts,
                                    @Parameter(description = "A brand id; default: the workspace's first own brand.")
                                    @QueryParam("brand") String brand) {
        return summaries.breakdown(caller.id(), query(from, to, platforms, engines, prompts), AnswerQuery.uuid("brand", brand));
    }

    @GET
    @Path("/leaderboard")
    @Operation(operationId = "getLeaderboard", summary = "Competitor leaderboard", description = "The workspace's brands ranked by mention rate, "
            + "with share of voice, average position and first rate; clearlyAheadOfNext says whether a brand's 95% "
            + "interval lies wholly above the next one's. " + Formulas.MENTION_RATE + " " + Formulas.SHARE_OF_VOICE)
    @APIResponse(responseCode = "200", description = "The leaderboard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Leaderboard.class)))
    public Uni<Leaderboard> leaderboard(@QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("platform") List<String> platforms,
            @Parameter(description = Formulas.ENGINE_FILTER) @QueryParam("engine") List<String> engines,
            @BeanParam PromptScopeParameters prompts) {
        return summaries.leaderboard(caller.id(), query(from, to, platforms, engines, prompts));
    }

    @GET
    @Path("/change")
    @Operation(operationId = "getChange", summary = "Change between two periods, tested against the noise",
            description = "Each brand's mention, first and citation rates in from..to against previousFrom..previousTo "
                    + "(default: the period of the same length just before). " + Formulas.CHANGE)
    @APIResponse(responseCode = "200", description = "The change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodChange.class)))
    public Uni<PeriodChange> change(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("previousFrom") String previousFrom,
                                    @QueryParam("previousTo") String previousTo,
                                    @QueryParam("platform") List<String> platforms,
            @Parameter(description = Formulas.ENGINE_FILTER) @QueryParam("engine") List<String> engines,
            @BeanParam PromptScopeParameters prompts) {
        SummaryQuery current = query(from, to, platforms, engines, prompts);
        return summaries.change(caller.id(), current, filters.previous(current, previousFrom, previousTo));
    }

    @GET
    @Path("/engine-comparison")
    @Operation(operationId = "getEngineComparison", summary = "One platform's web UI against its API, per prompt and brand",
            description = "Compares the answers one platform gave through two collection engines over the same days. "
                    + Formulas.ENGINE_COMPARISON + " Responses may be served from a cache that is invalidated when the "
                    + "data changes.")
    @APIResponse(responseCode = "200", description = "The comparison",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EngineComparison.class)))
    @APIResponse(responseCode = "400", description = "Missing or unknown platform, not two distinct known engines, invalid dates",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EngineComparison> engineComparison(
            @Parameter(description = "Required: the one platform whose engines are compared, e.g. chatgpt.")
            @QueryParam("platform") List<String> platform,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @Parameter(description = "Two different engines a,b (simulated, api, browser), comma-separated or repeated; "
                    + "a is compared against b. Default: browser,api.") @QueryParam("engines") List<String> engines) {
        return summaries.engineComparison(caller.id(), EngineComparisonQuery.parse(from, to, platform, engines,
                LocalDate.now(ZoneOffset.UTC), config.analytics().defaultDays(), config.analytics().maxDays()));
    }

    @GET
    @Path("/answers")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "listAnswers", summary = "The raw answers behind a number",
            description = "Answers in the filter, newest day first, with their text, engine metadata, extracted mentions "
                    + "and citations. `brand` with `mentioned=true|false` keeps the answers that do / do not mention it "
                    + "(the numerator / the rest of n of its mention rate). `format=csv` (or Accept: text/csv) gives one "
                    + "row per answer. The Link header carries the next page.")
    @APIResponse(responseCode = "200", description = "One page of answers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnswerRecord.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public Uni<org.jboss.resteasy.reactive.RestResponse<Object>> answers(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("platform") List<String> platforms,
            @Parameter(description = Formulas.ENGINE_FILTER) @QueryParam("engine") List<String> engines,
            @BeanParam PromptScopeParameters prompts,
            @Parameter(description = "A brand id of this workspace.") @QueryParam("brand") String brand,
            @Parameter(description = "true or false; needs brand.") @QueryParam("mentioned") String mentioned,
            @Parameter(description = "A prompt id.") @QueryParam("prompt") String prompt,
            @Parameter(description = "1–1000, default 50.") @QueryParam("limit") String limit,
            @QueryParam("after") String after,
            @Parameter(description = "json (default) or csv") @QueryParam("format") String format,
            jakarta.ws.rs.core.HttpHeaders headers, jakarta.ws.rs.core.UriInfo uri) {
        Object[] cursor = AnswerQuery.decodeCursor(after);
        AnswerQuery query = new AnswerQuery(query(from, to, platforms, engines, prompts), AnswerQuery.uuid("brand", brand),
                AnswerQuery.bool("mentioned", mentioned), AnswerQuery.uuid("prompt", prompt),
                dev.answerlens.api.problem.QueryParameters.integer("limit", limit, 50, 1, 1000),
                (LocalDate) cursor[0], (java.util.UUID) cursor[1]);
        boolean csv = "csv".equals(format) || (format == null && headers.getAcceptableMediaTypes().stream()
                .anyMatch(t -> t.isCompatible(MediaType.valueOf("text/csv")) && !t.isWildcardType()));
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw dev.answerlens.api.problem.ProblemException.invalidParameter("format", "must be json or csv");
        }
        return drillDown.page(caller.id(), query).map(page -> {
            org.jboss.resteasy.reactive.RestResponse.ResponseBuilder<Object> response = csv
                    ? org.jboss.resteasy.reactive.RestResponse.ResponseBuilder.ok((Object) AnswerCsv.of(page.answers()), "text/csv")
                    : org.jboss.resteasy.reactive.RestResponse.ResponseBuilder.ok((Object) page.answers(), MediaType.APPLICATION_JSON);
            if (page.next() != null) {
                response.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("after", page.next()).build()
                        + ">; rel=\"next\"");
            }
            return response.build();
        });
    }

    @GET
    @Path("/answers/{id}")
    @Operation(operationId = "getAnswer", summary = "One answer behind a number",
            description = "The answer with its text, engine metadata, extracted mentions and citations, as in the list.")
    @APIResponse(responseCode = "200", description = "The answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerRecord.class)))
    @APIResponse(responseCode = "404", description = "No such answer in this workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AnswerRecord> answer(@jakarta.ws.rs.PathParam("id") java.util.UUID id) {
        return drillDown.one(caller.id(), id).onItem().ifNull()
                .failWith(() -> dev.answerlens.api.problem.ProblemException.notFound("Answer", id));
    }

    @GET
    @Path("/competitor-suggestions")
    @Operation(operationId = "getCompetitorSuggestions", summary = "Competitor suggestions from discovery", description = "Brand-like names that at least two "
            + "answers gave and the workspace does not track, most frequent first.")
    @APIResponse(responseCode = "200", description = "The suggestions, with the answers searched and their coverage",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                    implementation = CompetitorSuggestions.Suggestions.class)))
    public Uni<CompetitorSuggestions.Suggestions> competitorSuggestions(
            @Parameter(description = "1–200, default 50.") @QueryParam("limit") String limit) {
        return suggestions.top(caller.id(), dev.answerlens.api.problem.QueryParameters.integer("limit", limit, 50, 1, 200));
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "getSummary", summary = "Brand visibility summary",
            description = "Per brand, over the days from..to (UTC, inclusive) and the chosen platforms, computed from "
                    + "the daily rollups. " + Formulas.N + " " + Formulas.MENTION_RATE + " " + Formulas.SHARE_OF_VOICE
                    + " " + Formulas.AVERAGE_POSITION + " " + Formulas.FIRST_RATE + " " + Formulas.CITATION_RATE + " "
                    + Formulas.COVERAGE + " " + Formulas.SENTIMENT + " A metric without data is null, never 0. byPlatform repeats the metrics "
                    + "per platform. Responses may be served from a cache that is invalidated when the data changes.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Summary.class)))
    @APIResponse(responseCode = "400", description = "Invalid dates or platform",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<byte[]> summary(
            @Parameter(description = "First day, YYYY-MM-DD; default: 29 days before `to` (a 30-day window, "
                    + "answerlens.api.analytics.default-days).") @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD; default: today (UTC).") @QueryParam("to") String to,
            @Parameter(description = "Platform id, repeatable (or comma-separated); default: all platforms.")
            @QueryParam("platform") List<String> platforms,
            @Parameter(description = Formulas.ENGINE_FILTER) @QueryParam("engine") List<String> engines,
            @BeanParam PromptScopeParameters prompts) {
        // JSON bytes: a cached summary is sent as stored, not decoded and encoded again
        return summaries.summaryJson(caller.id(), query(from, to, platforms, engines, prompts));
    }
}
