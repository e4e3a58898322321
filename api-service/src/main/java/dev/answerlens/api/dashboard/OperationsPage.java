package dev.answerlens.api.dashboard;

import dev.answerlens.api.admin.ParkedMessageReplayer;
import dev.answerlens.api.admin.QueueDepths;
import dev.answerlens.api.admin.ReplayRequest;
import dev.answerlens.api.admin.ReplayResult;
import dev.answerlens.api.auth.CallerSession;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.auth.SessionPage;
import dev.answerlens.api.dashboard.session.CsrfCheck;
import dev.answerlens.api.dashboard.view.Frame;
import dev.answerlens.api.dashboard.view.OperationsView;
import dev.answerlens.api.problem.ProblemException;
import dev.answerlens.model.Platform;
import dev.answerlens.model.topology.Topology;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Operations, for operators only (an admin key of an operator workspace; anyone else gets a 404 page): queue depth
 * per platform, parked messages with their failure classes and reasons, and replay with a dry run — through the same
 * {@link ParkedMessageReplayer} as {@code POST /v1/admin/queues/{queue}/replay}. Blocking AMQP: worker threads.
 */
@Path("/dashboard/operations")
@SessionPage
@Produces(MediaType.TEXT_HTML)
public class OperationsPage {
    private static final int LISTED_PER_QUEUE = 20;

    private final QueueDepths depths;
    private final ParkedMessageReplayer replayer;
    private final CallerWorkspace caller;
    private final CallerSession session;

    public OperationsPage(QueueDepths depths, ParkedMessageReplayer replayer, CallerWorkspace caller,
                          CallerSession session) {
        this.depths = depths;
        this.replayer = replayer;
        this.caller = caller;
        this.session = session;
    }

    @GET
    public TemplateInstance show() throws IOException, TimeoutException, InterruptedException {
        requireOperator();
        return page(null);
    }

    @POST
    @Path("/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance replay(@RestForm("csrf") String csrf, @RestForm("queue") String queue,
                                   @RestForm("failureClass") String failureClass,
                                   @RestForm("reasonContains") String reasonContains,
                                   @RestForm("dryRun") String dryRun)
            throws IOException, TimeoutException, InterruptedException {
        requireOperator();
        CsrfCheck.require(session, csrf);
        if (queue == null || !Topology.workQueues().contains(queue)) {
            throw ProblemException.invalidParameter("queue", "must be one of " + Topology.workQueues());
        }
        String failure = blankToNull(failureClass);
        if (failure != null && !failure.matches("^[a-z0-9-]{1,100}$")) {
            throw ProblemException.invalidParameter("failureClass", "must be a failure class such as rate-limited");
        }
        String reason = blankToNull(reasonContains);
        if (reason != null && reason.length() > 500) {
            throw ProblemException.invalidParameter("reasonContains", "at most 500 characters");
        }
        ReplayResult outcome = replayer.replay(queue, new ReplayRequest(failure, reason, null, dryRun != null),
                everyWorkspace());
        return page(outcome);
    }

    private TemplateInstance page(ReplayResult outcome) throws IOException, TimeoutException, InterruptedException {
        List<String> platformQueues = Stream.of(Platform.values()).map(Topology::jobQueue).toList();
        List<QueueDepths.QueueDepth> work = depths.of(platformQueues);
        List<QueueDepths.QueueDepth> parking = depths.of(platformQueues.stream().map(Topology::parkingQueue).toList());
        List<ReplayResult> parked = new ArrayList<>();
        for (int i = 0; i < parking.size(); i++) {
            if (parking.get(i).ready() > 0) { // what is parked and why: a dry run, which moves nothing
                parked.add(replayer.replay(platformQueues.get(i),
                        new ReplayRequest(null, null, LISTED_PER_QUEUE, true), everyWorkspace()));
            }
        }
        Frame frame = Frame.of("Operations", "operations", "", caller, session);
        return DashboardTemplates.operations(new OperationsView(frame, OperationsView.rows(work, parking), parked,
                outcome, Topology.workQueues()));
    }

    private ParkedMessageReplayer.Scope everyWorkspace() {
        return new ParkedMessageReplayer.Scope(caller.id(), true);
    }

    private void requireOperator() {
        if (!caller.operator()) {
            throw new ProblemException(404, null, "Not Found", "There is no such page.", List.of());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException problem) {
        return ErrorPage.of(problem);
    }

    @ServerExceptionMapper
    public Response brokerDown(IOException e) {
        return ErrorPage.of(new ProblemException(503, null, "Service Unavailable",
                "The message broker could not be reached; nothing was moved. Try again.", List.of()));
    }
}
