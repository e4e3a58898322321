package dev.answerlens.api.run;

import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** "Run now" for one prompt: the prompt's runs resource (the prompt itself is PromptResource's). */
@Path("/v1/prompts/{id}/runs")
@Tag(name = "Prompts")
@Produces(MediaType.APPLICATION_JSON)
public class PromptRunResource {
    private final RunRequestService runRequests;
    private final CallerWorkspace caller;

    public PromptRunResource(RunRequestService runRequests, CallerWorkspace caller) {
        this.runRequests = runRequests;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "runPromptNow", summary = "Run a prompt now", description = "Records a run request; the scheduler service turns it "
            + "into jobs (one per platform and sample) on its next pass, with a higher message priority than scheduled "
            + "runs (the prompt's priority plus the scheduler's manual boost), so it overtakes a backlog. Follow it at "
            + "GET /v1/run-requests/{id}: outcome 'scheduled' or why not (e.g. the daily budget).")
    @APIResponse(responseCode = "202", description = "Accepted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunRequested.class)))
    @APIResponse(responseCode = "404", description = "No such prompt in this workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<RunRequested>> run(@PathParam("id") UUID id) {
        return runRequests.requestRun(caller.id(), id).map(RestResponse::accepted);
    }
}
