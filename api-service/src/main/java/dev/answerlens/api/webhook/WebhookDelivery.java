package dev.answerlens.api.webhook;

import dev.answerlens.api.ApiConfig;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends pending webhook deliveries (the webhook_deliveries outbox). A batch is claimed with
 * FOR UPDATE SKIP LOCKED and leased (its next attempt moved 5 minutes ahead) in one short transaction,
 * so replicas never send the same delivery at once and a crash only delays it; then each is POSTed,
 * signed, and marked delivered on a 2xx or rescheduled after the next retry delay, failed after the last.
 */
@ApplicationScoped
public class WebhookDelivery {
    private static final Logger LOG = Logger.getLogger(WebhookDelivery.class);
    private static final String CLAIM = "UPDATE webhook_deliveries d SET next_attempt_at = now() + interval '5 minutes'"
            + " FROM webhooks w WHERE w.id = d.webhook_id AND d.id IN (SELECT id FROM webhook_deliveries"
            + " WHERE state = 'pending' AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)"
            + " RETURNING d.id, d.payload, d.attempts, w.url, w.secret, w.active";
    private static final String DELIVERED = "UPDATE webhook_deliveries SET state = 'delivered', attempts = attempts + 1,"
            + " delivered_at = now(), last_error = NULL WHERE id = $1";
    private static final String RETRY = "UPDATE webhook_deliveries SET attempts = attempts + 1, last_error = $2,"
            + " next_attempt_at = now() + make_interval(secs => $3), state = CASE WHEN $4 THEN 'failed' ELSE 'pending' END"
            + " WHERE id = $1";

    private final Pool pool;
    private final List<Duration> delays;
    private final Duration timeout;
    private final HttpClient http;
    private final boolean allowPrivate;

    public WebhookDelivery(Pool pool, ApiConfig config) {
        this.pool = pool;
        this.delays = config.webhooks().retryDelays();
        this.timeout = config.webhooks().timeout();
        this.allowPrivate = config.webhooks().allowPrivateAddresses();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${answerlens.api.webhooks.delivery-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        deliverDue(50);
    }

    /** Sends up to {@code max} due deliveries; blocking, so call it from a worker thread. @return how many were sent */
    public int deliverDue(int max) {
        List<Row> claimed = new ArrayList<>();
        pool.withTransaction(connection -> connection.preparedQuery(CLAIM).execute(Tuple.of(max)))
                .await().atMost(Duration.ofSeconds(30)).forEach(claimed::add);
        int delivered = 0;
        for (Row row : claimed) {
            if (send(row)) {
                delivered++;
            }
        }
        return delivered;
    }

    /** True when the URL's host resolves to an address inside a private network (or does not resolve). */
    static boolean isPrivate(String url) {
        try {
            for (java.net.InetAddress address : java.net.InetAddress.getAllByName(URI.create(url).getHost())) {
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || address.isMulticastAddress()) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return true;
        }
    }

    private boolean send(Row row) {
        UUID id = row.getUUID("id");
        String error;
        if (!row.getBoolean("active")) {
            error = "webhook inactive";
        } else if (!allowPrivate && isPrivate(row.getString("url"))) {
            error = "refused: the URL resolves to a loopback, private or link-local address";
        } else {
            String body = row.getString("payload");
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(row.getString("url")))
                        .timeout(timeout)
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "Answerlens-Webhooks/1")
                        .header(WebhookSignature.HEADER,
                                WebhookSignature.header(row.getString("secret"), Instant.now().getEpochSecond(), body))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 == 2) {
                    pool.preparedQuery(DELIVERED).execute(Tuple.of(id)).await().atMost(Duration.ofSeconds(10));
                    return true;
                }
                error = "HTTP " + response.statusCode();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            } catch (Exception e) {
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
        }
        int attempt = row.getInteger("attempts") + 1;
        boolean last = attempt > delays.size();
        long wait = last ? 0 : delays.get(attempt - 1).toSeconds();
        pool.preparedQuery(RETRY).execute(Tuple.of(id, error.length() > 500 ? error.substring(0, 500) : error, (double) wait, last))
                .await().atMost(Duration.ofSeconds(10));
        LOG.infof("webhook delivery %s attempt %d failed (%s); %s", id, attempt, error,
                last ? "giving up" : "retrying in " + wait + " s");
        return false;
    }
}
