package dev.answerlens.api.webhook;

import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.problem.Problem;
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

/** Register, list and remove webhooks for significant changes. */
@Path("/v1/webhooks")
@Tag(name = "Webhooks")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {
    private final WebhookService webhooks;
    private final CallerWorkspace caller;

    public WebhookResource(WebhookService webhooks, CallerWorkspace caller) {
        this.webhooks = webhooks;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createWebhook", summary = "Register a webhook", description = "Significant changes are POSTed as JSON "
            + "{id, type, workspaceId, brand, platform, period, previousPeriod, detail, figures} with the header "
            + WebhookSignature.HEADER + ": t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\" with the secret>. "
            + "A delivery that does not get a 2xx is retried after 30 s, 2 min, 10 min, 1 h and 6 h, then marked failed. "
            + "The secret is in this response only. At most 20 webhooks per workspace.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<WebhookView>> create(@Valid @NotNull CreateWebhookRequest body, UriInfo uri) {
        return webhooks.create(caller.id(), body).map(created -> RestResponse.ResponseBuilder
                .<WebhookView>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build());
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List the workspace's webhooks", description = "Secrets are never listed. At most 20.")
    public Uni<List<WebhookView>> list() {
        return webhooks.list(caller.id());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook", description = "Its pending deliveries go with it.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such webhook in this workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return webhooks.delete(caller.id(), id).map(deleted -> RestResponse.noContent());
    }
}
