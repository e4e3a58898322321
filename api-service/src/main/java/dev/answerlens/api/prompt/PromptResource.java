package dev.answerlens.api.prompt;

import dev.answerlens.api.paging.PageSize;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.budget.BudgetService;
import dev.answerlens.api.problem.Problem;
import dev.answerlens.api.paging.Keyset;
import dev.answerlens.api.paging.PageLinks;
import dev.answerlens.api.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of prompts: create, list, show, and ask for a run now; scoped to the API key's workspace. */
@Path("/v1/prompts")
@Tag(name = "Prompts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PromptResource {

    private final PromptService prompts;
    private final CallerWorkspace caller;

    private final PromptCsv csv;
    private final BudgetService holds;

    public PromptResource(PromptService prompts, CallerWorkspace caller, PromptCsv csv, BudgetService holds) {
        this.prompts = prompts;
        this.caller = caller;
        this.csv = csv;
        this.holds = holds;
    }

    /** Attaches the scheduler's current holds to each prompt they apply to (one read per response). */
    private Uni<List<PromptView>> withHolds(List<PromptView> views) {
        return holds.holds(caller.id()).map(all -> views.stream().map(v -> v.withHolds(all)).toList());
    }

    private Uni<PromptView> withHolds(PromptView view) {
        return withHolds(List.of(view)).map(views -> views.get(0));
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(operationId = "exportPrompts", summary = "Export every prompt as CSV", description = "Columns " + "id,text,tags,language,country,"
            + "platforms,cadenceMinutes,cron,adaptive,samplesPerRun,priority,active; lists separated by |.")
    public Uni<String> export() {
        return csv.export(caller.id());
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @Operation(operationId = "importPrompts", summary = "Import prompts from CSV", description = "The export's columns (text and platforms required). "
            + "Every row is validated like POST /v1/prompts first; a problem anywhere refuses the whole file with a 400 "
            + "naming rows[i].field. Rows with the id of one of the workspace's prompts replace its settings; rows "
            + "without an id create prompts (due at once). One transaction; at most 5,000 rows.")
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = dev.answerlens.api.csv.ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid CSV",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<dev.answerlens.api.csv.ImportResult> importCsv(String body) {
        UUID workspaceId = caller.id();
        return csv.store(workspaceId, csv.parse(body));
    }

    @POST
    @Operation(operationId = "createPrompt", summary = "Add a prompt", description = "Defaults: language en, country US, cadenceMinutes 1440, "
            + "samplesPerRun 3, priority 5, active true. platforms is required. A new prompt is due at once.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromptView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<PromptView>> create(@Valid @NotNull CreatePromptRequest body, UriInfo uri) {
        return prompts.create(caller.id(), body).flatMap(this::withHolds).map(prompt -> RestResponse.ResponseBuilder
                .<PromptView>created(uri.getAbsolutePathBuilder().path(prompt.id().toString()).build())
                .entity(prompt).build());
    }

    @GET
    @Operation(operationId = "listPrompts", summary = "List prompts", description = "Keyset pages of `limit` (1–500, default 100), sorted by `sort` = "
            + "createdAt (default), priority, nextRunAt or text, each optionally prefixed with - for descending; "
            + "filtered by `tag`, `platform`, `active` (true/false) and `q` (text in the question, ignoring case). "
            + "When more follow, the `Link` header carries the next page (rel=\"next\") with an `after` cursor.")
    @APIResponse(responseCode = "200", description = "One page of prompts",
            headers = @Header(name = "Link", description = "<...?after=...>; rel=\"next\" when another page follows"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PromptView.class, type = SchemaType.ARRAY)))
    public Uni<RestResponse<List<PromptView>>> list(
            @Parameter(description = "Page size, 1–500 (default 100).") @QueryParam("limit") String limit,
            @Parameter(description = "Cursor from the previous page's Link header.") @QueryParam("after") String after,
            @QueryParam("sort") String sort, @QueryParam("tag") String tag, @QueryParam("platform") String platform,
            @QueryParam("active") String active, @QueryParam("q") String text, UriInfo uri) {
        int size = PageSize.from(limit);
        Keyset<Prompt> keyset = PromptService.keyset(sort, after);
        PromptService.Filter filter = new PromptService.Filter(bounded("tag", tag), bounded("platform", platform),
                flag(active), bounded("q", text));
        return prompts.page(caller.id(), filter, keyset, size).flatMap(page -> withHolds(page.rows())
                .map(rows -> PageLinks.ok(rows, page.next(), size, uri)));
    }

    private static String bounded(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 200) {
            throw ProblemException.invalidParameter(name, "may be at most 200 characters");
        }
        return value.strip();
    }

    private static Boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidParameter("active", "must be true or false");
        };
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPrompt", summary = "Show a prompt")
    @APIResponse(responseCode = "200", description = "The prompt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromptView.class)))
    @APIResponse(responseCode = "404", description = "No such prompt in this workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PromptView> get(@PathParam("id") UUID id) {
        return prompts.get(caller.id(), id).flatMap(this::withHolds);
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updatePrompt", summary = "Change a prompt", description = "Only the fields sent change. `cron` \"\" removes the cron "
            + "expression (the prompt goes back to cadenceMinutes and is due at once); a new cron expression moves "
            + "the next run to its next occurrence.")
    @APIResponse(responseCode = "200", description = "The changed prompt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromptView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such prompt in this workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PromptView> update(@PathParam("id") UUID id, @Valid @NotNull UpdatePromptRequest body) {
        return prompts.update(caller.id(), id, body).flatMap(this::withHolds);
    }
}
