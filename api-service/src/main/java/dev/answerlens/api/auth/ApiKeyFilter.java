package dev.answerlens.api.auth;

import dev.answerlens.api.problem.Problem;
import dev.answerlens.api.problem.ProblemResponses;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Authenticates every REST call by its bearer API key (deny by default) and records the caller's workspace. */
public class ApiKeyFilter {
    private static final String BEARER = "Bearer ";
    private static final Set<String> READ_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final ApiKeyLookup keys;
    private final CallerWorkspace caller;

    public ApiKeyFilter(ApiKeyLookup keys, CallerWorkspace caller) {
        this.keys = keys;
        this.caller = caller;
    }

    @ServerRequestFilter
    public Uni<Response> authenticate(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)) {
            return Uni.createFrom().nullItem();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().item(unauthorized(request, "Send an API key as 'Authorization: Bearer <key>'"));
        }
        String key = header.substring(BEARER.length()).trim();
        if (!key.startsWith(ApiKeySecrets.KEY_START)) {
            return Uni.createFrom().item(unauthorized(request, "The API key is not valid"));
        }
        return keys.find(key).map(found -> {
            if (found.isEmpty()) {
                return unauthorized(request, "The API key is not valid or has been revoked");
            }
            if (!found.get().scope().mayWrite() && !READ_METHODS.contains(request.getMethod())) {
                return ProblemResponses.of(new Problem("about:blank", "Forbidden", 403,
                        "This API key has the read scope and cannot change anything", path(request), List.of()));
            }
            caller.authenticate(found.get().workspaceId(), found.get().scope());
            return null;
        });
    }

    private static Response unauthorized(ContainerRequestContext request, String detail) {
        Response problem = ProblemResponses.of(
                new Problem("about:blank", "Unauthorized", 401, detail, path(request), List.of()));
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"answerlens\"").build();
    }

    private static String path(ContainerRequestContext request) {
        return "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
    }
}
