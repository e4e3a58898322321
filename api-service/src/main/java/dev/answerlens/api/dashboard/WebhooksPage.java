package dev.answerlens.api.dashboard;

import dev.answerlens.api.auth.CallerSession;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.auth.SessionPage;
import dev.answerlens.api.dashboard.form.FormRequests;
import dev.answerlens.api.dashboard.session.CsrfCheck;
import dev.answerlens.api.dashboard.view.Frame;
import dev.answerlens.api.dashboard.view.WebhooksView;
import dev.answerlens.api.problem.ProblemException;
import dev.answerlens.api.webhook.CreateWebhookRequest;
import dev.answerlens.api.webhook.WebhookEvent;
import dev.answerlens.api.webhook.WebhookService;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Settings → webhooks: list, add (the signing secret is shown once) and remove, through the same
 * {@link WebhookService} and request constraints as {@code /v1/webhooks}; like it, anyone signed in reads, a write key
 * changes. A refused form is shown again with the reason beside it, not on an error page.
 */
@Path("/dashboard/settings/webhooks")
@SessionPage
@Produces(MediaType.TEXT_HTML)
public class WebhooksPage {
    private final WebhookService webhooks;
    private final FormRequests forms;
    private final CallerWorkspace caller;
    private final CallerSession session;

    public WebhooksPage(WebhookService webhooks, FormRequests forms, CallerWorkspace caller, CallerSession session) {
        this.webhooks = webhooks;
        this.forms = forms;
        this.caller = caller;
        this.session = session;
    }

    @GET
    public Uni<TemplateInstance> list(@RestQuery String notice) {
        return page(null, "deleted".equals(notice) ? "Webhook removed: nothing more is sent to it." : null, null, null,
                null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> create(@RestForm("csrf") String csrf, @RestForm("url") String url,
                                @RestForm("events") List<String> events) {
        CsrfCheck.require(session, csrf);
        List<String> chosen = events == null ? List.of() : events;
        Uni<Response> created;
        try {
            created = webhooks.create(caller.id(), request(url, chosen)).flatMap(hook -> page(hook.secret(),
                    "Webhook added: significant changes are POSTed to it, signed with the secret below.", null, null, null))
                    .map(page -> Response.ok(page).build());
        } catch (ProblemException refused) {
            created = Uni.createFrom().failure(refused);
        }
        return created.onFailure(ProblemException.class).recoverWithUni(refused -> {
            ProblemException problem = (ProblemException) refused;
            String reason = problem.toProblem(null).detail();
            return page(null, null, reason, url, chosen)
                    .map(page -> Response.status(problem.status()).entity(page).build());
        });
    }

    @POST
    @Path("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> delete(@RestPath UUID id, @RestForm("csrf") String csrf) {
        CsrfCheck.require(session, csrf);
        return webhooks.delete(caller.id(), id)
                .map(deleted -> Response.seeOther(URI.create("/dashboard/settings/webhooks?notice=deleted")).build());
    }

    private CreateWebhookRequest request(String url, List<String> events) {
        List<String> unknown = events.stream().filter(e -> !WebhookEvent.ids().contains(e)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalidParameter("events", "unknown event " + unknown.get(0));
        }
        return forms.read(Map.of("url", url == null ? "" : url, "events", events), CreateWebhookRequest.class);
    }

    private Uni<TemplateInstance> page(String secret, String notice, String error, String url, List<String> chosen) {
        Frame frame = Frame.of("Webhooks", "settings", "", caller, session);
        return webhooks.list(caller.id()).flatMap(hooks -> webhooks.lastDeliveries(caller.id()).map(last ->
                DashboardTemplates.webhooks(WebhooksView.of(frame, hooks, last, secret, notice, error, url, chosen))));
    }

    @ServerExceptionMapper
    public Response problem(ProblemException problem) {
        return ErrorPage.of(problem);
    }
}
