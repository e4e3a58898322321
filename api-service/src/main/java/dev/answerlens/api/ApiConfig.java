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

    /** API key checks. */
    Auth auth();

    /** Operations on the shared broker (replaying parked messages). */
    Admin admin();

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
    }

    interface RateLimit {
        /** {@code answerlens.api.rate-limit.requests}: requests one key may make per window. */
        @WithDefault("1200")
        @Min(1)
        long requests();

        /** {@code answerlens.api.rate-limit.window}: the fixed window the requests are counted in. */
        @WithDefault("1m")
        Duration window();
    }

    interface Admin {
        /**
         * {@code answerlens.api.admin.operator-workspaces}: workspaces whose admin keys may replay every parked
         * message; other workspaces' admin keys replay only their own workspace's messages.
         */
        java.util.Optional<java.util.Set<java.util.UUID>> operatorWorkspaces();

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
    }
}
