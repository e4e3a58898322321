package dev.answerlens.api.admin;

import dev.answerlens.api.ApiConfig;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.auth.KeyScope;
import dev.answerlens.api.auth.RequiresScope;
import dev.answerlens.api.problem.Problem;
import dev.answerlens.api.problem.ProblemException;
import dev.answerlens.model.topology.Topology;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operator endpoints on the broker; admin-scoped keys only. */
@Path("/v1/admin")
@Tag(name = "Admin")
@RequiresScope(KeyScope.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(AdminResource.class);
    private final ParkedMessageReplayer replayer;
    private final ReextractionPublisher reextractions;
    private final CallerWorkspace caller;
    private final Set<java.util.UUID> operators;

    public AdminResource(ParkedMessageReplayer replayer, ReextractionPublisher reextractions, CallerWorkspace caller,
                         ApiConfig config) {
        this.replayer = replayer;
        this.reextractions = reextractions;
        this.caller = caller;
        this.operators = config.admin().operatorWorkspaces().orElse(Set.of());
    }

    /** The id of a re-extraction request the broker confirmed. */
    @Schema(name = "ReextractionRequested")
    public record ReextractionAccepted(java.util.UUID messageId) {
    }

    @POST
    @Path("/reextractions")
    @Operation(operationId = "reextractAnswers", summary = "Extract a range of days again", description = "Admin scope. Asks the extraction service to "
            + "re-extract the caller's workspace's stored raw answers for from..to (UTC days, inclusive, at most 366) "
            + "with its current extractor version; it replaces the old mentions and rollups atomically. 202 once the "
            + "broker confirmed the request.")
    @APIResponse(responseCode = "202", description = "Requested",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReextractionAccepted.class)))
    @APIResponse(responseCode = "400", description = "Invalid range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public io.smallrye.mutiny.Uni<org.jboss.resteasy.reactive.RestResponse<ReextractionAccepted>> reextract(
            @Valid @jakarta.validation.constraints.NotNull ReextractionRequest body) {
        if (body.to().isBefore(body.from())) {
            throw ProblemException.invalidParameter("to", "must not be before from");
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(body.from(), body.to()) + 1 > 366) {
            throw ProblemException.invalidParameter("to", "the range may cover at most 366 days");
        }
        return reextractions.request(caller.id(), body.from(), body.to())
                .map(id -> org.jboss.resteasy.reactive.RestResponse.accepted(new ReextractionAccepted(id)));
    }

    @POST
    @Path("/queues/{queue}/replay")
    @Operation(operationId = "replayParkedMessages", summary = "Replay parked messages of a queue", description = "Admin scope. Moves the messages parked "
            + "in `<queue>.parked` back to `<queue>` (their x-answerlens-origin-queue), optionally only those of a "
            + "failure class, whose reason contains a text, and at most `limit` of them; `dryRun` only counts. An admin "
            + "key replays only its own workspace's messages unless its workspace is listed in "
            + "answerlens.api.admin.operator-workspaces. Each message is acked on the parking queue only after the "
            + "broker confirmed it on the work queue. `queue` is a work queue: " + "scrape.<platform>, answers.raw, "
            + "api.mentions-stored, scheduler.job-events, extraction.reextract.")
    @APIResponse(responseCode = "200", description = "What was replayed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplayResult.class)))
    @APIResponse(responseCode = "404", description = "No such work queue",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The broker could not be reached; nothing was moved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReplayResult replay(@PathParam("queue") String queue, @Valid @jakarta.validation.constraints.NotNull ReplayRequest body) throws InterruptedException {
        if (!Topology.workQueues().contains(queue)) {
            throw new ProblemException(404, null, "Not Found", "No work queue named '" + shorten(queue)
                    + "'; work queues are " + Topology.workQueues(), List.of());
        }
        var scope = new ParkedMessageReplayer.Scope(caller.id(), operators.contains(caller.id()));
        try {
            return replayer.replay(queue, body, scope);
        } catch (IOException | TimeoutException e) {
            LOG.warnf("replay of %s failed: %s", queue, e.toString());
            throw new ProblemException(503, null, "Service Unavailable", "The message broker could not complete the "
                    + "replay; unacknowledged messages stay parked. Try again.", List.of());
        }
    }

    private static String shorten(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }
}
