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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.vertx.core.http.HttpServerRequest;
import dev.answerlens.api.problem.ProblemResponses;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sign-up, which returns the key every other endpoint needs, and the caller's own workspace. Who may sign up is
 * {@link SignUpPolicy}'s call (open and rate-limited per address, or operator-only); the API key filter lets the
 * request through so that an anonymous caller gets the policy's answer.
 */
@Path("/v1/workspaces")
@Tag(name = "Workspaces")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceResource {
    private final WorkspaceService workspaces;
    private final CallerWorkspace caller;
    private final SignUpPolicy signUp;

    public WorkspaceResource(WorkspaceService workspaces, CallerWorkspace caller, SignUpPolicy signUp) {
        this.workspaces = workspaces;
        this.caller = caller;
        this.signUp = signUp;
    }

    @POST
    @PublicEndpoint
    @SecurityRequirements // no key is needed to reach it; operator-only sign-up reads the bearer credential itself
    @Operation(operationId = "createWorkspace", summary = "Create a workspace",
            description = "Creates a tenant and its first API key with the `admin` scope. The plain key is in this "
                    + "response only (it is stored as a SHA-256 hash); send it as `Authorization: Bearer <key>`.\n\n"
                    + "Who may call it is the server's `answerlens.api.signup` setting. `operator` (the default): only "
                    + "an operator, sending `Authorization: Bearer <credential>` with an admin key of an operator "
                    + "workspace (`answerlens.api.admin.operator-workspaces`) or the bootstrap token "
                    + "(`answerlens.api.admin.bootstrap-token`); anyone else gets 403. `open` (the local demo): "
                    + "anyone, without a key, at most `answerlens.api.rate-limit.sign-ups` workspaces per client "
                    + "address per `answerlens.api.rate-limit.sign-up-window` (default 10 per hour); over it, 429 "
                    + "with `Retry-After`.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedWorkspace.class)))
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Sign-up is operator-only and the caller sent no operator key or bootstrap token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Open sign-up: too many workspaces from this client address; see Retry-After",
            headers = @Header(name = "Retry-After", description = "Seconds until this address may sign up again",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@Valid @NotNull CreateWorkspaceRequest body, UriInfo uri,
                                @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                HttpServerRequest request) {
        return signUp.check(authorization, request.remoteAddress().hostAddress()).flatMap(refusal -> refusal.isPresent()
                ? Uni.createFrom().item(refused(refusal.get(), uri))
                : workspaces.create(body).map(created -> Response
                        .created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                        .type(MediaType.APPLICATION_JSON_TYPE).entity(created).build()));
    }

    private static Response refused(SignUpPolicy.Refusal refusal, UriInfo uri) {
        Response problem = ProblemResponses.of(new Problem("about:blank", refusal.title(), refusal.status(),
                refusal.detail(), "/" + uri.getPath().replaceFirst("^/", ""), List.of()));
        return refusal.retryAfterSeconds() > 0
                ? Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, refusal.retryAfterSeconds()).build()
                : problem;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWorkspace", summary = "Show the caller's workspace",
            description = "Only the workspace the API key belongs to is visible; any other id answers 404.")
    @APIResponse(responseCode = "200", description = "The workspace",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkspaceView.class)))
    @APIResponse(responseCode = "404", description = "Not this key's workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<WorkspaceView> get(@PathParam("id") UUID id) {
        return workspaces.find(caller.id(), id);
    }
}
