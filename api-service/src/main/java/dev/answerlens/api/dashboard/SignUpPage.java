package dev.answerlens.api.dashboard;

import dev.answerlens.api.auth.ApiKeySecrets;
import dev.answerlens.api.auth.BrowserSessions;
import dev.answerlens.api.auth.PublicEndpoint;
import dev.answerlens.api.dashboard.session.SessionCookies;
import dev.answerlens.api.dashboard.view.SignUpView;
import dev.answerlens.api.workspace.CreateWorkspaceRequest;
import dev.answerlens.api.workspace.SignUpPolicy;
import dev.answerlens.api.workspace.WorkspaceService;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;

/**
 * "Create a workspace" from the sign-in page, when sign-up is open: the same {@link SignUpPolicy} (rate limit per
 * client address) and {@link WorkspaceService} as {@code POST /v1/workspaces}. The new admin key is shown on the
 * response once and the browser is signed in with it. When sign-up is operator-only the page says so; the dashboard
 * never takes an operator credential for sign-up (operators use the API).
 */
@Path(SignUpPage.PATH)
@Produces(MediaType.TEXT_HTML)
public class SignUpPage {
    static final String PATH = "/dashboard/sign-up";
    private static final int MAX_NAME = 200;

    private final SignUpPolicy policy;
    private final WorkspaceService workspaces;
    private final BrowserSessions sessions;
    private final SessionCookies cookies;

    public SignUpPage(SignUpPolicy policy, WorkspaceService workspaces, BrowserSessions sessions,
                      SessionCookies cookies) {
        this.policy = policy;
        this.workspaces = workspaces;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @GET
    @PublicEndpoint
    public Response form() {
        return form(policy.open() ? 200 : 403, null, 0);
    }

    @POST
    @PublicEndpoint
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> create(@RestForm("name") String name, @RestForm("csrf") String csrf,
                                @RestCookie(SessionCookies.SIGN_UP_TOKEN) String expectedCsrf,
                                HttpServerRequest request) {
        if (!policy.open()) {
            return Uni.createFrom().item(form(403, null, 0));
        }
        if (csrf == null || expectedCsrf == null || !MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                expectedCsrf.getBytes(StandardCharsets.UTF_8))) {
            return Uni.createFrom().item(form(403, "The form had expired. Please try again.", 0));
        }
        String workspaceName = name == null ? "" : name.strip();
        if (workspaceName.isEmpty() || workspaceName.length() > MAX_NAME) {
            return Uni.createFrom().item(form(400, "Give the workspace a name of 1 to " + MAX_NAME + " characters.", 0));
        }
        return policy.check(null, request.remoteAddress().hostAddress()).flatMap(refusal -> refusal.isPresent()
                ? Uni.createFrom().item(form(refusal.get().status(), refusal.get().detail() + ".",
                        refusal.get().retryAfterSeconds()))
                : workspaces.create(new CreateWorkspaceRequest(workspaceName, false)).flatMap(created -> sessions
                        .open(ApiKeySecrets.hash(created.apiKey().key())).map(session -> Response.status(201)
                                .entity(DashboardTemplates.signUp(SignUpView.created(created.name(), created.apiKey().key())))
                                .type(MediaType.TEXT_HTML_TYPE)
                                .cookie(cookies.session(session.id()), cookies.signUpTokenUsed()).build())));
    }

    private Response form(int status, String error, long retryAfterSeconds) {
        String token = BrowserSessions.randomToken();
        Response.ResponseBuilder page = Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(DashboardTemplates.signUp(SignUpView.form(policy.open(), token, error)));
        if (policy.open()) {
            page.cookie(cookies.signUpToken(token));
        }
        if (retryAfterSeconds > 0) {
            page.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        }
        return page.build();
    }
}
