package dev.answerlens.api.run;

import dev.answerlens.api.paging.PageSize;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.paging.PageLinks;
import dev.answerlens.api.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** "Run now" for a tag, and what became of run requests (the scheduler writes the outcome). */
@Path("/v1/run-requests")
@Tag(name = "Scheduling")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RunRequestResource {
    private final RunRequestService runRequests;
    private final CallerWorkspace caller;

    public RunRequestResource(RunRequestService runRequests, CallerWorkspace caller) {
        this.runRequests = runRequests;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "runTagNow", summary = "Run every active prompt with a tag now", description = "One run request per active prompt "
            + "carrying the tag, planned on the scheduler's next pass with the manual priority boost.")
    @APIResponse(responseCode = "202", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagRunRequested.class)))
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<TagRunRequested>> runTag(@Valid @NotNull TagRunRequest body) {
        return runRequests.requestTagRun(caller.id(), body.tag()).map(RestResponse::accepted);
    }

    @GET
    @Operation(operationId = "listRunRequests", summary = "List run requests", description = "Newest first, `limit` per page (1–500, default 100); "
            + "the Link header carries the next page (rel=\"next\").")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RunRequestView.class, type = SchemaType.ARRAY)))
    public Uni<RestResponse<List<RunRequestView>>> list(@QueryParam("limit") String limit,
                                                        @QueryParam("after") String after, UriInfo uri) {
        int size = PageSize.from(limit);
        return runRequests.page(caller.id(), RunRequestService.keyset(after), size)
                .map(page -> PageLinks.ok(page.rows(), page.next(), size, uri));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRunRequest", summary = "Show a run request and its outcome")
    @APIResponse(responseCode = "200", description = "The run request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunRequestView.class)))
    @APIResponse(responseCode = "404", description = "No such run request in this workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RunRequestView> get(@PathParam("id") UUID id) {
        return runRequests.view(caller.id(), id);
    }
}
