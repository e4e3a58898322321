package dev.answerlens.api.auth;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Keeps the Prometheus endpoint ({@code /q/metrics}) off the open internet: it answers only to
 * {@code Authorization: Bearer <answerlens.api.metrics-token>} (a secret from the environment, for the
 * scraper); with no token configured it is not served at all. Health and the OpenAPI page stay open.
 */
@ApplicationScoped
public class MetricsGuard {
    private static final String BEARER = "Bearer ";
    private final Optional<String> token;

    public MetricsGuard(dev.answerlens.api.ApiConfig config) {
        this.token = config.metricsToken().filter(t -> !t.isBlank());
    }

    void install(@Observes Router router) {
        router.route("/q/metrics*").order(Integer.MIN_VALUE + 2).handler(context -> {
            String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
            if (token.isPresent() && header != null && header.startsWith(BEARER) && MessageDigest.isEqual(
                    header.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8),
                    token.get().getBytes(StandardCharsets.UTF_8))) {
                context.next();
                return;
            }
            int status = token.isPresent() ? 401 : 404;
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .end("{\"type\":\"about:blank\",\"title\":\"" + (status == 401 ? "Unauthorized" : "Not Found")
                            + "\",\"status\":" + status + ",\"detail\":\"" + (status == 401
                            ? "Send the metrics token as 'Authorization: Bearer <token>'"
                            : "Metrics are served only when answerlens.api.metrics-token is set") + "\"}");
        });
    }
}
