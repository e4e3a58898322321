package dev.answerlens.model.redis;

import java.util.UUID;

/**
 * Every key the services keep in their one shared Redis, named in one place: {@code <prefix><kind>:<parts>}, the
 * prefix ({@code answerlens.redis.key-prefix}) setting a deployment (or a test run) apart. The kinds:
 * <ul>
 *   <li>{@code rate:key:<api key id>}, {@code rate:signup:<client address>}, {@code rate:platform:<platform>:<scope>}:
 *   request counters of shared-redis's {@code WindowLimiter}, each living one window;</li>
 *   <li>{@code backoff:<platform>}: a platform every worker holds off until the key expires;</li>
 *   <li>{@code session:<SHA-256 of the session id>}: a dashboard sign-in;</li>
 *   <li>{@code ws:<workspace id>:version} and {@code ws:<workspace id>:v<version>:<view>:<query hash>}: the analytics
 *   cache's version counter and entries, so bumping the version retires every entry of the workspace at once.</li>
 * </ul>
 */
public final class RedisKeySpace {
    private final String prefix;

    public RedisKeySpace(String prefix) {
        this.prefix = prefix;
    }

    /** The prefix every key starts with. */
    public String prefix() {
        return prefix;
    }

    /** Counts an API key's requests (by the key's id, never its secret). */
    public String apiKeyRequests(UUID keyId) {
        return prefix + "rate:key:" + keyId;
    }

    /** Counts open sign-ups from one client address. */
    public String signUps(String clientAddress) {
        return prefix + "rate:signup:" + clientAddress;
    }

    /** Counts a platform's requests, for all accounts ({@code all}) or for one account or proxy. */
    public String platformRequests(String platform, String scope) {
        return prefix + "rate:platform:" + platform + ":" + scope;
    }

    /** Present while every worker holds off the platform. */
    public String platformBackOff(String platform) {
        return prefix + "backoff:" + platform;
    }

    /** A dashboard session, under the SHA-256 (hex) of its id. */
    public String browserSession(String idHash) {
        return prefix + "session:" + idHash;
    }

    /** The workspace's analytics cache version; bumping it retires every entry of the workspace. */
    public String workspaceVersion(UUID workspaceId) {
        return prefix + "ws:" + workspaceId + ":version";
    }

    /** The start of the workspace's cache entry keys; an entry's key goes on with its version and view. */
    public String workspaceEntries(UUID workspaceId) {
        return prefix + "ws:" + workspaceId + ":v";
    }
}
