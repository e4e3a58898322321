package dev.answerlens.api.auth;

import dev.answerlens.api.problem.Problem;
import dev.answerlens.api.problem.ProblemResponses;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates every REST call by its bearer API key (deny by default), checks the key's scope
 * against the endpoint's, counts the call against the key's rate limit and records the caller's
 * workspace. The key itself is never logged or echoed. Dashboard pages ({@link SessionPage}) present the
 * key through a browser session instead and pass the same checks.
 */
public class ApiKeyFilter {
    private static final String BEARER = "Bearer ";
    private static final Set<String> READ_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final ApiKeyLookup keys;
    private final CallerWorkspace caller;
    private final RateLimiter rateLimiter;
    private final BrowserSessions sessions;
    private final CallerSession callerSession;
    private final Set<java.util.UUID> operators;

    public ApiKeyFilter(ApiKeyLookup keys, CallerWorkspace caller, RateLimiter rateLimiter, BrowserSessions sessions,
                        CallerSession callerSession, dev.answerlens.api.ApiConfig config) {
        this.operators = config.admin().operatorWorkspaces().orElse(Set.of());
        this.keys = keys;
        this.caller = caller;
        this.rateLimiter = rateLimiter;
        this.sessions = sessions;
        this.callerSession = callerSession;
    }

    @ServerRequestFilter
    public Uni<Response> authenticate(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(PublicEndpoint.class)) {
            return Uni.createFrom().nullItem();
        }
        Class<?> type = resource.getResourceClass();
        if (type != null && type.isAnnotationPresent(SessionPage.class)) {
            return authenticateSession(request, resource);
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().item(unauthorized(request, "Send an API key as 'Authorization: Bearer <key>'"));
        }
        String key = header.substring(BEARER.length()).trim();
        if (!key.startsWith(ApiKeySecrets.KEY_START) || key.length() > 100) {
            return Uni.createFrom().item(unauthorized(request, "The API key is not valid"));
        }
        return keys.find(key).flatMap(found -> found.isEmpty()
                ? Uni.createFrom().item(unauthorized(request, "The API key is not valid or has been revoked"))
                : authorize(request, resource, found.get()));
    }

    /** A dashboard page: the session cookie names a session, whose key must still be live; else sign in again. */
    private Uni<Response> authenticateSession(ContainerRequestContext request, ResourceInfo resource) {
        jakarta.ws.rs.core.Cookie cookie = request.getCookies().get(SessionPage.COOKIE);
        return sessions.find(cookie == null ? null : cookie.getValue())
                .flatMap(session -> session.isEmpty() ? Uni.createFrom().item(signIn())
                        : keys.findByHash(session.get().keyHash()).flatMap(found -> {
                            if (found.isEmpty()) {
                                return Uni.createFrom().item(signIn());
                            }
                            callerSession.authenticate(session.get());
                            return authorize(request, resource, found.get());
                        }))
                .onFailure().recoverWithItem(e -> ProblemResponses.of(new Problem("about:blank", "Service Unavailable",
                        503, "Sign-in sessions are unavailable; try again shortly", path(request), List.of())));
    }

    private static Response signIn() {
        return Response.seeOther(java.net.URI.create(SessionPage.SIGN_IN_PATH)).build();
    }

    /** The checks every caller passes once its key is known: the endpoint's scope, then the key's rate limit. */
    private Uni<Response> authorize(ContainerRequestContext request, ResourceInfo resource, ApiKeyLookup.LiveKey live) {
        KeyScope required = requiredScope(request, resource);
        if (!live.scope().covers(required)) {
            return Uni.createFrom().item(forbidden(request, live.scope(), required));
        }
        return rateLimiter.check(live.keyId()).map(verdict -> {
            if (!verdict.allowed()) {
                return tooManyRequests(request, verdict);
            }
            caller.authenticate(live.workspaceId(), live.scope(), live.simulation(),
                    live.scope().covers(KeyScope.ADMIN) && operators.contains(live.workspaceId()));
            return null;
        });
    }

    /** The endpoint's own {@link RequiresScope}, else its class's, else read for GET and write for the rest. */
    static KeyScope requiredScope(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(RequiresScope.class)) {
            return method.getAnnotation(RequiresScope.class).value();
        }
        Class<?> type = resource.getResourceClass();
        if (type != null && type.isAnnotationPresent(RequiresScope.class)) {
            return type.getAnnotation(RequiresScope.class).value();
        }
        return READ_METHODS.contains(request.getMethod()) ? KeyScope.READ : KeyScope.WRITE;
    }

    private static Response unauthorized(ContainerRequestContext request, String detail) {
        Response problem = ProblemResponses.of(
                new Problem("about:blank", "Unauthorized", 401, detail, path(request), List.of()));
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"answerlens\"").build();
    }

    private static Response forbidden(ContainerRequestContext request, KeyScope has, KeyScope needs) {
        return ProblemResponses.of(new Problem("about:blank", "Forbidden", 403, "This API key has the " + has.id()
                + " scope; this request needs a key with the " + needs.id() + " scope", path(request), List.of()));
    }

    private static Response tooManyRequests(ContainerRequestContext request, RateLimiter.Verdict verdict) {
        Response problem = ProblemResponses.of(new Problem("about:blank", "Too Many Requests", 429,
                "This API key may make " + verdict.limit() + " requests per window; retry in "
                        + verdict.retryAfterSeconds() + " s", path(request), List.of()));
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, verdict.retryAfterSeconds()).build();
    }

    private static String path(ContainerRequestContext request) {
        return "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
    }
}
