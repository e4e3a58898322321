package dev.answerlens.api.brand;

import dev.answerlens.api.paging.PageSize;
import dev.answerlens.api.analytics.cache.AnalyticsCache;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.problem.Problem;
import dev.answerlens.api.paging.Keyset;
import dev.answerlens.api.paging.PageLinks;
import dev.answerlens.api.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

    private final BrandCsv csv;

    public BrandResource(BrandService brands, CallerWorkspace caller, AnalyticsCache cache, BrandCsv csv) {
        this.brands = brands;
        this.caller = caller;
        this.cache = cache;
        this.csv = csv;
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(operationId = "exportBrands", summary = "Export every brand as CSV", description = "Columns name,kind,aliases,domains; aliases and "
            + "domains separated by |. Cells starting with = + - @ are prefixed with ' (no spreadsheet formulas).")
    public Uni<String> export() {
        return brands.all(caller.id()).map(BrandCsv::export);
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @Operation(operationId = "importBrands", summary = "Import brands from CSV", description = "The export's columns (name and kind required). Every row "
            + "is validated like POST /v1/brands first; a problem anywhere refuses the whole file with a 400 naming "
            + "rows[i].field. Then, in one transaction, new names are created and existing ones (ignoring case) updated. "
            + "At most 5,000 rows.")
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = dev.answerlens.api.csv.ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid CSV",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<dev.answerlens.api.csv.ImportResult> importCsv(String body) {
        UUID workspaceId = caller.id();
        List<CreateBrandRequest> rows = csv.parse(body);
        return csv.store(workspaceId, rows).call(() -> cache.invalidateQuietly(workspaceId));
    }

    @POST
    @Operation(operationId = "createBrand", summary = "Track a brand", description = "Adds a brand (own or competitor) to the workspace's "
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
    @Operation(operationId = "listBrands", summary = "List the workspace's brands", description = "Keyset pages of `limit` (1–500, default 100), "
            + "sorted by `sort` = name (default, ignoring case), -name, createdAt or -createdAt; filtered by `kind` "
            + "(own, competitor) and `q` (text in the name, ignoring case). The Link header carries the next page.")
    @APIResponse(responseCode = "200", description = "One page of brands",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Link",
                    description = "<...?after=...>; rel=\"next\" when another page follows"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BrandView.class,
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public Uni<org.jboss.resteasy.reactive.RestResponse<List<BrandView>>> list(
            @QueryParam("limit") String limit, @QueryParam("after") String after, @QueryParam("sort") String sort,
            @QueryParam("kind") String kind, @QueryParam("q") String text, UriInfo uri) {
        int size = PageSize.from(limit);
        Keyset<Brand> keyset = BrandService.keyset(sort, after);
        BrandKind wanted = kind == null || kind.isBlank() ? null : java.util.Arrays.stream(BrandKind.values())
                .filter(k -> k.id().equals(kind.strip())).findFirst()
                .orElseThrow(() -> ProblemException.invalidParameter("kind", "must be own or competitor"));
        if (text != null && text.length() > 200) {
            throw ProblemException.invalidParameter("q", "may be at most 200 characters");
        }
        return brands.page(caller.id(), wanted, text, keyset, size)
                .map(page -> PageLinks.ok(page.rows(), page.next(), size, uri));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBrand", summary = "Show a brand")
    @APIResponse(responseCode = "200", description = "The brand",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BrandView.class)))
    @APIResponse(responseCode = "404", description = "No such brand in this workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<BrandView> get(@PathParam("id") UUID id) {
        return brands.get(caller.id(), id);
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateBrand", summary = "Change a brand's settings", description = "Only the fields sent change: aliases, domains, "
            + "matching. Answers extracted from then on use them; re-extract (POST /v1/admin/reextractions) to apply "
            + "them to stored answers.")
    @APIResponse(responseCode = "200", description = "The changed brand",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BrandView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such brand in this workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<BrandView> update(@PathParam("id") UUID id, @Valid @NotNull UpdateBrandRequest body) {
        UUID workspaceId = caller.id();
        return brands.update(workspaceId, id, body).call(() -> cache.invalidateQuietly(workspaceId));
    }
}
