package dev.answerlens.api.webhook;

import dev.answerlens.api.auth.ApiKeySecrets;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.problem.Problem;
import dev.answerlens.api.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    private static final int MAX_PER_WORKSPACE = 20;

    private final CallerWorkspace caller;

    public WebhookResource(CallerWorkspace caller) {
        this.caller = caller;
    }

    @POST
    @WithTransaction
    @Operation(summary = "Register a webhook", description = "Significant changes are POSTed as JSON "
            + "{id, type, workspaceId, brand, platform, period, previousPeriod, detail, figures} with the header "
            + WebhookSignature.HEADER + ": t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\" with the secret>. "
            + "A delivery that does not get a 2xx is retried after 30 s, 2 min, 10 min, 1 h and 6 h, then marked failed. "
            + "The secret is in this response only. At most 20 webhooks per workspace.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<WebhookView>> create(@Valid @NotNull CreateWebhookRequest body, UriInfo uri) {
        UUID workspaceId = caller.id();
        return Webhook.count("workspaceId = ?1", workspaceId).flatMap(count -> {
            if (count >= MAX_PER_WORKSPACE) {
                return Uni.createFrom().failure(ProblemException.conflict("too-many-webhooks", "Too many webhooks",
                        "A workspace may have at most " + MAX_PER_WORKSPACE + " webhooks"));
            }
            Webhook hook = new Webhook();
            hook.id = UUID.randomUUID();
            hook.workspaceId = workspaceId;
            hook.url = body.url().strip();
            hook.events = body.events().stream().map(WebhookEvent::id).distinct().toList();
            hook.secret = "whsec_" + ApiKeySecrets.newKey().substring(ApiKeySecrets.KEY_START.length());
            hook.active = true;
            hook.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            RestResponse<WebhookView> created = RestResponse.ResponseBuilder
                    .<WebhookView>created(uri.getAbsolutePathBuilder().path(hook.id.toString()).build())
                    .entity(WebhookView.of(hook, true)).build();
            return hook.persist().replaceWith(created);
        });
    }

    @GET
    @WithSession
    @Operation(summary = "List the workspace's webhooks", description = "Secrets are never listed. At most 20.")
    public Uni<List<WebhookView>> list() {
        return Webhook.<Webhook>list("workspaceId = ?1 order by createdAt, id", caller.id())
                .map(hooks -> hooks.stream().map(h -> WebhookView.of(h, false)).toList());
    }

    @DELETE
    @Path("/{id}")
    @WithTransaction
    @Operation(summary = "Remove a webhook", description = "Its pending deliveries go with it.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such webhook in this workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return Webhook.delete("id = ?1 and workspaceId = ?2", id, caller.id()).map(deleted -> {
            if (deleted == 0) {
                throw ProblemException.notFound("Webhook", id);
            }
            return RestResponse.noContent();
        });
    }
}
