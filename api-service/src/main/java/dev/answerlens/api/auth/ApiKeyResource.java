package dev.answerlens.api.auth;

import dev.answerlens.api.problem.Problem;
import dev.answerlens.api.paging.Keyset;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Key management for the caller's workspace; every operation needs an admin key. */
@Path("/v1/api-keys")
@Tag(name = "API keys")
@RequiresScope(KeyScope.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {
    private final ApiKeyService keys;
    private final CallerWorkspace caller;

    public ApiKeyResource(ApiKeyService keys, CallerWorkspace caller) {
        this.keys = keys;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createApiKey", summary = "Issue an API key", description = "Admin scope. The plain key is in this response only "
            + "(stored as its SHA-256 hash).")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiKeyIssuer.IssuedKey.class)))
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<ApiKeyIssuer.IssuedKey>> issue(@Valid @NotNull CreateApiKeyRequest body, UriInfo uri) {
        return keys.issue(caller.id(), body.scope()).map(key -> RestResponse.ResponseBuilder
                .<ApiKeyIssuer.IssuedKey>created(uri.getAbsolutePathBuilder().path(key.id().toString()).build())
                .entity(key).build());
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List the workspace's API keys", description = "Admin scope. Prefixes only, never keys. "
            + "Keyset pages of `limit` (1–500, default 100) sorted by `sort` = createdAt (default) or -createdAt; "
            + "`revoked=true|false` filters. The Link header carries the next page.")
    public Uni<org.jboss.resteasy.reactive.RestResponse<List<ApiKeyView>>> list(
            @jakarta.ws.rs.QueryParam("limit") String limit, @jakarta.ws.rs.QueryParam("after") String after,
            @jakarta.ws.rs.QueryParam("sort") String sort, @jakarta.ws.rs.QueryParam("revoked") String revoked,
            UriInfo uri) {
        int size = dev.answerlens.api.paging.PageSize.from(limit);
        Keyset<ApiKey> keyset = ApiKeyService.keyset(sort, after);
        Boolean wanted = revoked == null || revoked.isBlank() ? null : switch (revoked.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw dev.answerlens.api.problem.ProblemException.invalidParameter("revoked", "must be true or false");
        };
        return keys.page(caller.id(), wanted, keyset, size)
                .map(page -> dev.answerlens.api.paging.PageLinks.ok(page.rows(), page.next(), size, uri));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key", description = "Admin scope. Takes effect on the next request; "
            + "revoking twice is harmless. The last live admin key cannot be revoked (409).")
    @APIResponse(responseCode = "200", description = "The revoked key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyView.class)))
    @APIResponse(responseCode = "404", description = "No such key in this workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The last live admin key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ApiKeyView> revoke(@PathParam("id") UUID id) {
        return keys.revoke(caller.id(), id);
    }
}
