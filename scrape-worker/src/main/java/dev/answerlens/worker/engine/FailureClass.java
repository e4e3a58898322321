package dev.answerlens.worker.engine;

import dev.answerlens.model.redelivery.Failure;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every way a collection can fail, each with its stable token (the {@code x-answerlens-failure-class}
 * header and the metric tag) and whether another attempt may succeed. A non-retryable class needs an
 * operator (a new session file, a selector update) and is parked at once.
 */
public enum FailureClass {
    /** A CAPTCHA or bot challenge; a later attempt (other context, other proxy) may pass. */
    CAPTCHA("captcha", true),
    /** The platform wants a login, or refused the API key: the session file or key must be renewed. */
    LOGIN_WALL("login-wall", false),
    /** HTTP 429 or a rate-limit page; the platform is backed off for every worker. */
    RATE_LIMITED("rate-limited", true),
    /** The answer area stayed empty. */
    EMPTY_ANSWER("empty-answer", true),
    /** The answer stopped before its end (token limit, a "continue generating" prompt). */
    TRUNCATED("truncated", true),
    /** The platform showed an error message instead of an answer. */
    ERROR_BANNER("error-banner", true),
    /** Elements the page knowledge expects are missing: the page changed and its configuration must follow. */
    PAGE_CHANGED("page-changed", false),
    /** No complete answer within the configured time. */
    TIMEOUT("timeout", true),
    /** The platform or the network failed (HTTP 5xx, connection reset, crashed browser). */
    UPSTREAM_ERROR("upstream-error", true),
    /** The platform answered with a body that is not the protocol we speak. */
    MALFORMED_RESPONSE("malformed-response", false),
    /** The platform refused the request itself (HTTP 400/404/422: unknown model, bad parameter): a configuration error. */
    REJECTED("rejected", false);

    private final String token;
    private final boolean retryable;

    FailureClass(String token, boolean retryable) {
        this.token = token;
        this.retryable = retryable;
    }

    public String token() {
        return token;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The failure the bus carries: this class, its retryability and the reason for people. */
    public Failure failure(String reason) {
        return new Failure(token, reason, retryable);
    }

    public CollectionResult.Failed failed(String reason) {
        return new CollectionResult.Failed(failure(reason));
    }

    public static Optional<FailureClass> fromToken(String token) {
        return Arrays.stream(values()).filter(c -> c.token.equals(token)).findFirst();
    }
}
