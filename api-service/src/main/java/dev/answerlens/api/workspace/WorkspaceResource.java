package dev.answerlens.api.workspace;

import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.auth.PublicEndpoint;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The one open write endpoint: sign-up, which returns the key every other endpoint needs. */
@Path("/v1/workspaces")
@Tag(name = "Workspaces")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceResource {
    private final WorkspaceService workspaces;
    private final CallerWorkspace caller;

    public WorkspaceResource(WorkspaceService workspaces, CallerWorkspace caller) {
        this.workspaces = workspaces;
        this.caller = caller;
    }

    @POST
    @PublicEndpoint
    @SecurityRequirements
    @Operation(summary = "Create a workspace",
            description = "Creates a tenant and its first API key with the `admin` scope. The plain key is in this "
                    + "response only (it is stored as a SHA-256 hash); send it as `Authorization: Bearer <key>`.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedWorkspace.class)))
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<CreatedWorkspace>> create(@Valid @NotNull CreateWorkspaceRequest body, UriInfo uri) {
        return workspaces.create(body).map(created -> RestResponse.ResponseBuilder
                .<CreatedWorkspace>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Show the caller's workspace",
            description = "Only the workspace the API key belongs to is visible; any other id answers 404.")
    @APIResponse(responseCode = "200", description = "The workspace",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkspaceView.class)))
    @APIResponse(responseCode = "404", description = "Not this key's workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<WorkspaceView> get(@PathParam("id") UUID id) {
        return workspaces.find(caller.id(), id);
    }
}
