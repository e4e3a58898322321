package dev.answerlens.api.dashboard;

import dev.answerlens.api.auth.CallerSession;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.auth.SessionPage;
import dev.answerlens.api.budget.BudgetRequest;
import dev.answerlens.api.budget.BudgetService;
import dev.answerlens.api.dashboard.form.FormRequests;
import dev.answerlens.api.dashboard.session.CsrfCheck;
import dev.answerlens.api.dashboard.view.BudgetPageView;
import dev.answerlens.api.dashboard.view.Frame;
import dev.answerlens.api.problem.ProblemException;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Settings → budget, through the same {@link BudgetService} as {@code /v1/budget}: anyone signed in sees it; a write
 * key changes it (blank = no limit).
 */
@Path("/dashboard/settings/budget")
@SessionPage
@Produces(MediaType.TEXT_HTML)
public class BudgetPage {
    private final BudgetService budgets;
    private final FormRequests forms;
    private final CallerWorkspace caller;
    private final CallerSession session;

    public BudgetPage(BudgetService budgets, FormRequests forms, CallerWorkspace caller, CallerSession session) {
        this.budgets = budgets;
        this.forms = forms;
        this.caller = caller;
        this.session = session;
    }

    @GET
    public Uni<TemplateInstance> show(@RestQuery String notice) {
        Frame frame = Frame.of("Budget", "settings", "", caller, session);
        return budgets.read(caller.id()).map(budget -> DashboardTemplates.budget(BudgetPageView.of(frame, budget,
                "saved".equals(notice) ? "Budget saved: the scheduler applies it from its next pass." : null)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> save(@RestForm("csrf") String csrf, @RestForm("dailyJobs") String dailyJobs,
                              @RestForm("dailyCostUsd") String dailyCostUsd) {
        CsrfCheck.require(session, csrf);
        Map<String, Object> fields = new HashMap<>();
        fields.put("dailyJobs", FormRequests.wholeNumber("dailyJobs", dailyJobs));
        fields.put("dailyCostUsd", FormRequests.amount("dailyCostUsd", dailyCostUsd));
        BudgetRequest request = forms.read(fields, BudgetRequest.class);
        return budgets.write(caller.id(), request)
                .map(saved -> Response.seeOther(URI.create("/dashboard/settings/budget?notice=saved")).build());
    }

    @ServerExceptionMapper
    public Response problem(ProblemException problem) {
        return ErrorPage.of(problem);
    }
}
