package dev.answerlens.api.dashboard;

import dev.answerlens.api.auth.ApiKey;
import dev.answerlens.api.auth.ApiKeyService;
import dev.answerlens.api.auth.CallerSession;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.auth.KeyScope;
import dev.answerlens.api.auth.RequiresScope;
import dev.answerlens.api.auth.SessionPage;
import dev.answerlens.api.dashboard.session.CsrfCheck;
import dev.answerlens.api.dashboard.view.Frame;
import dev.answerlens.api.dashboard.view.KeysView;
import dev.answerlens.api.paging.Keyset;
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
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Settings → API keys: list, create (the key is shown once, in the response to the form post) and revoke, through
 * the same {@link ApiKeyService} as {@code /v1/api-keys} and, like it, only for admin keys.
 */
@Path("/dashboard/settings/keys")
@SessionPage
@RequiresScope(KeyScope.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class KeysPage {
    private static final int MAX_KEYS = 500;

    private final ApiKeyService keys;
    private final CallerWorkspace caller;
    private final CallerSession session;

    public KeysPage(ApiKeyService keys, CallerWorkspace caller, CallerSession session) {
        this.keys = keys;
        this.caller = caller;
        this.session = session;
    }

    @GET
    public Uni<TemplateInstance> list(@RestQuery String notice) {
        return page(null, null, "revoked".equals(notice) ? "Key revoked: it no longer works, here or in the API." : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<TemplateInstance> create(@RestForm("csrf") String csrf, @RestForm("scope") String scope) {
        CsrfCheck.require(session, csrf);
        KeyScope chosen = KeyScope.fromId(scope == null ? "" : scope)
                .orElseThrow(() -> ProblemException.invalidParameter("scope", "must be read, write or admin"));
        return keys.issue(caller.id(), chosen).flatMap(issued -> page(issued.key(), issued.scope(), null));
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> revoke(@RestPath UUID id, @RestForm("csrf") String csrf) {
        CsrfCheck.require(session, csrf);
        return keys.revoke(caller.id(), id)
                .map(revoked -> Response.seeOther(URI.create("/dashboard/settings/keys?notice=revoked")).build());
    }

    private Uni<TemplateInstance> page(String newKey, String newKeyScope, String notice) {
        Frame frame = Frame.of("API keys", "settings", "", caller, session);
        Keyset<ApiKey> newestFirst = ApiKeyService.keyset("-createdAt", null);
        return keys.page(caller.id(), null, newestFirst, MAX_KEYS).map(found -> DashboardTemplates.keys(
                new KeysView(frame, KeysView.keys(found.rows()), newKey, newKeyScope, notice)));
    }

    @ServerExceptionMapper
    public Response problem(ProblemException problem) {
        return ErrorPage.of(problem);
    }
}
