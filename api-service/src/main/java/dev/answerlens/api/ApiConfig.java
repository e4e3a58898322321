package dev.answerlens.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;

/** The api-service's own settings (prefix {@code answerlens.api}); every property has a working default. */
@ConfigMapping(prefix = "answerlens.api")
public interface ApiConfig {

    /** Analytics query defaults and limits. */
    Analytics analytics();

    /** The Redis cache in front of the analytics. */
    Cache cache();

    /**
     * {@code answerlens.api.metrics-token}: the bearer token the Prometheus scraper sends for /q/metrics
     * (a secret: set ANSWERLENS_API_METRICS_TOKEN); without it /q/metrics is not served.
     */
    java.util.Optional<String> metricsToken();

    /** Webhooks for significant changes. */
    Webhooks webhooks();

    /** API key checks. */
    Auth auth();

    /** Operations on the shared broker (replaying parked messages). */
    Admin admin();

    /**
     * {@code answerlens.api.signup}: who may create workspaces ({@code POST /v1/workspaces} and the dashboard's
     * "Create a workspace" page). {@code operator} (the default): only a caller presenting an operator key (an admin
     * key of a workspace in {@code answerlens.api.admin.operator-workspaces}) or the bootstrap token
     * ({@code answerlens.api.admin.bootstrap-token}). {@code open}: anyone, at most
     * {@code answerlens.api.rate-limit.sign-ups} per client address per {@code sign-up-window}.
     */
    @WithDefault("operator")
    SignUp signup();

    /** Who may create workspaces. */
    enum SignUp {
        /** Anyone, rate-limited per client address. */
        OPEN,
        /** Only operators (an operator workspace's admin key or the bootstrap token). */
        OPERATOR
    }

    /** Requests each API key may make per window, counted in Redis so every replica shares one count. */
    RateLimit rateLimit();

    /**
     * {@code answerlens.api.retry-delays}: waits before attempts 2, 3 and 4 of a "mentions stored" event
     * whose cache invalidation failed (Redis away); after that it is parked.
     */
    @WithDefault("1s,10s,1m")
    List<Duration> retryDelays();

    interface Analytics {
        /** {@code answerlens.api.analytics.default-days}: days in the default window, ending today (UTC) inclusive. */
        @WithDefault("30")
        @Min(1)
        int defaultDays();

        /** {@code answerlens.api.analytics.max-days}: the longest range one summary may cover, in days. */
        @WithDefault("366")
        @Min(1)
        int maxDays();
    }

    interface Cache {
        /** {@code answerlens.api.cache.ttl}: how long a cached summary lives even if nobody invalidates it. */
        @WithDefault("10m")
        Duration ttl();

        /** {@code answerlens.api.cache.timeout}: how long to wait for Redis before serving from the database. */
        @WithDefault("500ms")
        Duration timeout();

        /**
         * {@code answerlens.api.cache.local-max-bytes}: memory for this replica's copies of cache entries, which
         * spare Redis from sending an entry the replica already holds for the current version (0: no copies).
         */
        @WithDefault("33554432")
        @Min(0)
        long localMaxBytes();
    }

    interface RateLimit {
        /** {@code answerlens.api.rate-limit.requests}: requests one key may make per window. */
        @WithDefault("1200")
        @Min(1)
        long requests();

        /** {@code answerlens.api.rate-limit.window}: the fixed window the requests are counted in. */
        @WithDefault("1m")
        Duration window();

        /**
         * {@code answerlens.api.rate-limit.sign-ups}: workspaces one client address may create per sign-up window
         * when sign-up is open. The address is the connection's peer, or the forwarded client when
         * {@code quarkus.http.proxy.proxy-address-forwarding} is on behind a trusted proxy.
         */
        @WithDefault("10")
        @Min(1)
        long signUps();

        /** {@code answerlens.api.rate-limit.sign-up-window}: the fixed window sign-ups are counted in. */
        @WithDefault("1h")
        Duration signUpWindow();
    }

    interface Admin {
        /**
         * {@code answerlens.api.admin.operator-workspaces}: workspaces whose admin keys may replay every parked
         * message; other workspaces' admin keys replay only their own workspace's messages.
         */
        java.util.Optional<java.util.Set<java.util.UUID>> operatorWorkspaces();

        /**
         * {@code answerlens.api.admin.bootstrap-token}: a secret (set ANSWERLENS_API_ADMIN_BOOTSTRAP_TOKEN) that,
         * sent as {@code Authorization: Bearer <token>}, lets its holder create workspaces when sign-up is
         * operator-only — how the first workspace of a server is made. Unset: only operator keys can.
         */
        java.util.Optional<String> bootstrapToken();

        /** {@code answerlens.api.admin.max-replay}: most messages one replay call moves. */
        @WithDefault("10000")
        @Min(1)
        int maxReplay();
    }

    interface Auth {
        /**
         * {@code answerlens.api.auth.key-cache-ttl}: how long a replica remembers a live key instead of asking the
         * database; a key revoked on another replica is refused here within this time. 0 = ask every time.
         */
        @WithDefault("5s")
        Duration keyCacheTtl();

        /**
         * {@code answerlens.api.auth.session-ttl}: how long a dashboard sign-in lasts (the browser session in Redis
         * and its cookie); signing out or revoking the key ends it sooner.
         */
        @WithDefault("12h")
        Duration sessionTtl();

        /**
         * {@code answerlens.api.auth.secure-cookies}: mark the dashboard's cookies Secure (sent over HTTPS only).
         * On by default; the local demo and the tests serve plain HTTP on 127.0.0.1 and turn it off.
         */
        @WithDefault("true")
        boolean secureCookies();
    }

    interface Webhooks {
        /** {@code answerlens.api.webhooks.retry-delays}: waits after failed attempts 1, 2, …; then the delivery fails. */
        @WithDefault("30s,2m,10m,1h,6h")
        List<Duration> retryDelays();

        /** {@code answerlens.api.webhooks.timeout}: how long a receiver may take to answer. */
        @WithDefault("10s")
        Duration timeout();

        /** {@code answerlens.api.webhooks.window-days}: the period compared with the one before it. */
        @WithDefault("7")
        @Min(1)
        int windowDays();

        /** {@code answerlens.api.webhooks.delivery-interval}: how often due deliveries are sent (a scheduler period). */
        @WithDefault("10s")
        String deliveryInterval();

        /** {@code answerlens.api.webhooks.detect-interval}: how often significant changes are looked for. */
        @WithDefault("1h")
        String detectInterval();

        /**
         * {@code answerlens.api.webhooks.allow-private-addresses}: deliver to loopback, private and link-local
         * addresses too. Off by default, so a webhook cannot be aimed at the service's own network.
         */
        @WithDefault("false")
        boolean allowPrivateAddresses();

        /** {@code answerlens.api.webhooks.coverage-drop}: a fall in coverage (as a fraction) that is worth a call. */
        @WithDefault("0.2")
        double coverageDrop();
    }
}
