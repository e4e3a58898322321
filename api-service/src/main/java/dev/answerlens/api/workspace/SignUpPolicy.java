package dev.answerlens.api.workspace;

import dev.answerlens.api.ApiConfig;
import dev.answerlens.api.auth.ApiKeyLookup;
import dev.answerlens.api.auth.ApiKeySecrets;
import dev.answerlens.api.auth.KeyScope;
import dev.answerlens.api.auth.RateLimiter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Decides whether a caller may create a workspace ({@code answerlens.api.signup}), for the API and the dashboard
 * alike: open sign-up is counted per client address by the one {@link RateLimiter}; operator-only sign-up needs the
 * bootstrap token or an admin key of an operator workspace. A refusal is a value the caller turns into a 403 or 429.
 */
@ApplicationScoped
public class SignUpPolicy {
    private static final String BEARER = "Bearer ";

    private final ApiConfig.SignUp mode;
    private final Optional<byte[]> bootstrapToken;
    private final Set<UUID> operators;
    private final ApiKeyLookup keys;
    private final RateLimiter rateLimiter;

    public SignUpPolicy(ApiConfig config, ApiKeyLookup keys, RateLimiter rateLimiter) {
        this.mode = config.signup();
        this.bootstrapToken = config.admin().bootstrapToken().filter(t -> !t.isBlank())
                .map(t -> t.getBytes(StandardCharsets.UTF_8));
        this.operators = config.admin().operatorWorkspaces().orElse(Set.of());
        this.keys = keys;
        this.rateLimiter = rateLimiter;
    }

    /** Why a sign-up was refused: 403 (operator-only) or 429 (too many from this address, retry after). */
    public record Refusal(int status, String title, String detail, long retryAfterSeconds) {
        static Refusal forbidden(String detail) {
            return new Refusal(403, "Forbidden", detail, 0);
        }
    }

    /** Whether anyone may sign up (the dashboard offers its "Create a workspace" form only then). */
    public boolean open() {
        return mode == ApiConfig.SignUp.OPEN;
    }

    /** Open: counts the sign-up against the client address. Operator-only: checks the presented credential. */
    public Uni<Optional<Refusal>> check(String authorization, String clientAddress) {
        if (open()) {
            return rateLimiter.checkSignUp(clientAddress).map(verdict -> verdict.allowed() ? Optional.empty()
                    : Optional.of(new Refusal(429, "Too Many Requests", "Sign-up is limited to " + verdict.limit()
                    + " workspaces per client address per window; retry in " + verdict.retryAfterSeconds() + " s",
                    verdict.retryAfterSeconds())));
        }
        String credential = bearer(authorization);
        if (credential == null) {
            return refuse("Sign-up on this server is operator-only: an operator creates workspaces with an operator "
                    + "workspace's admin API key or the bootstrap token, sent as 'Authorization: Bearer <credential>'");
        }
        if (bootstrapToken.isPresent() && MessageDigest.isEqual(bootstrapToken.get(),
                credential.getBytes(StandardCharsets.UTF_8))) {
            return Uni.createFrom().item(Optional.empty());
        }
        if (!credential.startsWith(ApiKeySecrets.KEY_START) || credential.length() > 100) {
            return refuse("Sign-up on this server is operator-only and the credential sent is neither an API key nor "
                    + "the bootstrap token");
        }
        return keys.find(credential).map(found -> found
                .filter(key -> key.scope().covers(KeyScope.ADMIN) && operators.contains(key.workspaceId()))
                .map(key -> Optional.<Refusal>empty())
                .orElseGet(() -> Optional.of(Refusal.forbidden("Sign-up on this server is operator-only and this API "
                        + "key is not an operator key (an admin key of a workspace listed in "
                        + "answerlens.api.admin.operator-workspaces), or it has been revoked"))));
    }

    private static Uni<Optional<Refusal>> refuse(String detail) {
        return Uni.createFrom().item(Optional.of(Refusal.forbidden(detail)));
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String credential = authorization.substring(BEARER.length()).strip();
        return credential.isEmpty() ? null : credential;
    }
}
