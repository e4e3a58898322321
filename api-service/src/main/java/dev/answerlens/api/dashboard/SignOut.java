package dev.answerlens.api.dashboard;

import dev.answerlens.api.auth.BrowserSessions;
import dev.answerlens.api.auth.CallerSession;
import dev.answerlens.api.auth.KeyScope;
import dev.answerlens.api.auth.RequiresScope;
import dev.answerlens.api.auth.SessionPage;
import dev.answerlens.api.dashboard.session.CsrfCheck;
import dev.answerlens.api.dashboard.session.SessionCookies;
import dev.answerlens.api.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Ends the browser's session (a CSRF-checked form post, so another site cannot sign a user out). */
@Path("/dashboard/sign-out")
@SessionPage
public class SignOut {
    private final BrowserSessions sessions;
    private final CallerSession session;
    private final SessionCookies cookies;

    public SignOut(BrowserSessions sessions, CallerSession session, SessionCookies cookies) {
        this.sessions = sessions;
        this.session = session;
        this.cookies = cookies;
    }

    @POST
    @RequiresScope(KeyScope.READ) // any key that could sign in may sign out
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> signOut(@RestForm("csrf") String csrf) {
        CsrfCheck.require(session, csrf);
        return sessions.close(session.session().id()).map(closed -> Response
                .seeOther(URI.create("/dashboard/sign-in?signed-out=1")).cookie(cookies.sessionEnded()).build());
    }

    @ServerExceptionMapper
    public Response problem(ProblemException problem) {
        return ErrorPage.of(problem);
    }
}
