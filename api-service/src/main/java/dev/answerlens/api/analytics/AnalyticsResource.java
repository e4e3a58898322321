package dev.answerlens.api.analytics;

import dev.answerlens.api.ApiConfig;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.problem.Problem;
import io.smallrye.mutiny.Uni;
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
    private final CallerWorkspace caller;
    private final ApiConfig config;

    public AnalyticsResource(SummaryService summaries, CallerWorkspace caller, ApiConfig config) {
        this.summaries = summaries;
        this.caller = caller;
        this.config = config;
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Brand visibility summary",
            description = "Per brand, over the days from..to (UTC, inclusive) and the chosen platforms, computed from "
                    + "the daily rollups. " + Formulas.N + " " + Formulas.MENTION_RATE + " " + Formulas.SHARE_OF_VOICE
                    + " " + Formulas.AVERAGE_POSITION + " " + Formulas.FIRST_RATE + " " + Formulas.CITATION_RATE + " "
                    + Formulas.COVERAGE + " A metric without data is null, never 0. byPlatform repeats the metrics "
                    + "per platform. Responses may be served from a cache that is invalidated when the data changes.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Summary.class)))
    @APIResponse(responseCode = "400", description = "Invalid dates or platform",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Summary> summary(
            @Parameter(description = "First day, YYYY-MM-DD; default: 29 days before `to` (a 30-day window, "
                    + "answerlens.api.analytics.default-days).") @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD; default: today (UTC).") @QueryParam("to") String to,
            @Parameter(description = "Platform id, repeatable (or comma-separated); default: all platforms.")
            @QueryParam("platform") List<String> platforms) {
        SummaryQuery query = SummaryQuery.parse(from, to, platforms, LocalDate.now(ZoneOffset.UTC),
                config.analytics().defaultDays(), config.analytics().maxDays());
        return summaries.summary(caller.id(), query);
    }
}
