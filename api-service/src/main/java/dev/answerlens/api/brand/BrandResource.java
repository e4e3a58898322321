package dev.answerlens.api.brand;

import dev.answerlens.api.analytics.AnalyticsCache;
import dev.answerlens.api.auth.CallerWorkspace;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of brands: create, list and show, scoped to the API key's workspace. */
@Path("/v1/brands")
@Tag(name = "Brands")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BrandResource {
    private final BrandService brands;
    private final CallerWorkspace caller;
    private final AnalyticsCache cache;

    public BrandResource(BrandService brands, CallerWorkspace caller, AnalyticsCache cache) {
        this.brands = brands;
        this.caller = caller;
        this.cache = cache;
    }

    @POST
    @Operation(summary = "Track a brand", description = "Adds a brand (own or competitor) to the workspace's "
            + "competitive set. Names are unique per workspace, ignoring case.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BrandView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A brand with that name exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<BrandView>> create(@Valid @NotNull CreateBrandRequest body, UriInfo uri) {
        UUID workspaceId = caller.id();
        // the summary lists every brand, so a new brand makes cached summaries stale
        return brands.create(workspaceId, body)
                .call(() -> cache.invalidateQuietly(workspaceId))
                .map(brand -> RestResponse.ResponseBuilder
                        .<BrandView>created(uri.getAbsolutePathBuilder().path(brand.id().toString()).build())
                        .entity(brand).build());
    }

    @GET
    @Operation(summary = "List the workspace's brands", description = "Ordered by name.")
    public Uni<List<BrandView>> list() {
        return brands.list(caller.id());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Show a brand")
    @APIResponse(responseCode = "200", description = "The brand",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BrandView.class)))
    @APIResponse(responseCode = "404", description = "No such brand in this workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<BrandView> get(@PathParam("id") UUID id) {
        return brands.get(caller.id(), id);
    }
}
