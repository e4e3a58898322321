package dev.answerlens.api.dashboard;

import dev.answerlens.api.auth.ApiKeyLookup;
import dev.answerlens.api.auth.ApiKeySecrets;
import dev.answerlens.api.auth.BrowserSessions;
import dev.answerlens.api.auth.PublicEndpoint;
import dev.answerlens.api.auth.SessionPage;
import dev.answerlens.api.dashboard.session.SessionCookies;
import dev.answerlens.api.dashboard.view.SignInView;
import dev.answerlens.api.workspace.SignUpPolicy;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Signing in to the dashboard with an API key: the key travels once, in a POST body, is checked like a bearer key
 * and is then forgotten; the browser gets a session cookie ({@link BrowserSessions}). The key is never put in a URL,
 * a page or a log.
 */
@Path("/dashboard/sign-in")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {
    private final ApiKeyLookup keys;
    private final BrowserSessions sessions;
    private final SessionCookies cookies;
    private final SignUpPolicy signUp;

    public SignInPage(ApiKeyLookup keys, BrowserSessions sessions, SessionCookies cookies, SignUpPolicy signUp) {
        this.keys = keys;
        this.sessions = sessions;
        this.cookies = cookies;
        this.signUp = signUp;
    }

    @GET
    @PublicEndpoint
    public Response form(@RestQuery("signed-out") String signedOut) {
        return form(200, null, signedOut == null ? null : "You are signed out.");
    }

    @POST
    @PublicEndpoint
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> signIn(@RestForm("apiKey") String apiKey, @RestForm("csrf") String csrf,
                                @RestCookie(SessionCookies.SIGN_IN_TOKEN) String expectedCsrf,
                                @RestCookie(SessionPage.COOKIE) String previousSession) {
        if (csrf == null || expectedCsrf == null || !MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                expectedCsrf.getBytes(StandardCharsets.UTF_8))) {
            return Uni.createFrom().item(form(403, "The form had expired. Please sign in again.", null));
        }
        String key = apiKey == null ? "" : apiKey.strip();
        if (!key.startsWith(ApiKeySecrets.KEY_START) || key.length() > 100) {
            return Uni.createFrom().item(form(401, "That is not an Answerlens API key (they start with \"al_\").", null));
        }
        byte[] hash = ApiKeySecrets.hash(key);
        return keys.findByHash(hash).flatMap(found -> found.isEmpty()
                ? Uni.createFrom().item(form(401, "That key is not valid or has been revoked.", null))
                : sessions.close(previousSession).onFailure().recoverWithNull() // a new sign-in ends the old session
                        .flatMap(closed -> sessions.open(hash)).map(session -> Response.seeOther(URI.create("/dashboard"))
                        .cookie(cookies.session(session.id()), cookies.signInTokenUsed()).build()));
    }

    private Response form(int status, String error, String notice) {
        String token = BrowserSessions.randomToken();
        return Response.status(status).entity(DashboardTemplates.signIn(new SignInView(token, error, notice, signUp.open())))
                .type(MediaType.TEXT_HTML_TYPE).cookie(cookies.signInToken(token)).build();
    }
}
