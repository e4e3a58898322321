package dev.answerlens.api.budget;

import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The workspace's daily budgets and the scheduler's holds, with their reasons. */
@Path("/v1")
@Tag(name = "Scheduling")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {
    private final BudgetService budgets;
    private final CallerWorkspace caller;

    public BudgetResource(BudgetService budgets, CallerWorkspace caller) {
        this.budgets = budgets;
        this.caller = caller;
    }

    @GET
    @Path("/budget")
    @Operation(operationId = "getBudget", summary = "Show the daily budgets", description = "With today's scheduled jobs and the current holds. "
            + "A run that would exceed a budget is not scheduled at all (no half-runs); its hold says why.")
    @APIResponse(responseCode = "200", description = "The budgets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class)))
    public Uni<BudgetView> read() {
        return budgets.read(caller.id());
    }

    @PUT
    @Path("/budget")
    @Operation(operationId = "setBudget", summary = "Set the daily budgets", description = "Replaces both budgets; null or absent = no limit.")
    @APIResponse(responseCode = "200", description = "The budgets now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<BudgetView> write(@Valid @NotNull BudgetRequest body) {
        return budgets.write(caller.id(), body);
    }

    @GET
    @Path("/scheduling/holds")
    @Operation(operationId = "listHolds", summary = "What the scheduler is holding back now, and why",
            description = "kind budget: this workspace's daily budget is reached; kind backpressure: a platform's queue "
                    + "is over its depth limit, so new work for it waits in the outbox.")
    @APIResponse(responseCode = "200", description = "The holds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HoldView.class, type = SchemaType.ARRAY)))
    public Uni<List<HoldView>> holds() {
        return budgets.holds(caller.id());
    }
}
