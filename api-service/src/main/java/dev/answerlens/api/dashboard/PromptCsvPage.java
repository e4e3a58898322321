package dev.answerlens.api.dashboard;

import dev.answerlens.api.auth.CallerSession;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.auth.SessionPage;
import dev.answerlens.api.dashboard.session.CsrfCheck;
import dev.answerlens.api.dashboard.view.Frame;
import dev.answerlens.api.dashboard.view.PromptImportView;
import dev.answerlens.api.problem.ProblemException;
import dev.answerlens.api.prompt.PromptCsv;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The prompts page's CSV export and import, through the same {@link PromptCsv} as {@code /v1/prompts/export} and
 * {@code /v1/prompts/import}: the same columns, the same validation, all rows or none. A refused file is answered
 * with every problem by row.
 */
@Path("/dashboard/prompts/csv")
@SessionPage
public class PromptCsvPage {
    private final PromptCsv csv;
    private final Vertx vertx;
    private final CallerWorkspace caller;
    private final CallerSession session;

    public PromptCsvPage(PromptCsv csv, Vertx vertx, CallerWorkspace caller, CallerSession session) {
        this.csv = csv;
        this.vertx = vertx;
        this.caller = caller;
        this.session = session;
    }

    @GET
    public Uni<Response> export() {
        return csv.export(caller.id()).map(text -> Response.ok(text, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"prompts.csv\"").build());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Response> importFile(@RestForm("csrf") String csrf, @RestForm("file") FileUpload file) {
        CsrfCheck.require(session, csrf);
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidParameter("file", "choose a CSV file to import");
        }
        return vertx.fileSystem().readFile(file.uploadedFile().toString())
                .map(buffer -> csv.parse(buffer.toString(StandardCharsets.UTF_8)))
                .flatMap(rows -> csv.store(caller.id(), rows))
                .map(done -> Response.seeOther(URI.create("/dashboard/prompts?notice=imported")).build())
                .onFailure(ProblemException.class).recoverWithItem(refused -> refused((ProblemException) refused));
    }

    private Response refused(ProblemException problem) {
        Frame frame = Frame.of("Import refused", "prompts", "", caller, session);
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(DashboardTemplates.promptImport(PromptImportView.of(frame, problem.toProblem(null)))).build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException problem) {
        return ErrorPage.of(problem);
    }
}
