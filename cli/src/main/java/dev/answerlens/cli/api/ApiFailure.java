package dev.answerlens.cli.api;

/**
 * A request the API refused or could not answer, as the one line a user reads: the status, the problem's title and
 * detail, and each invalid field (RFC 9457 problem+json, which every API error carries).
 */
public final class ApiFailure extends RuntimeException {
    private final int status;

    public ApiFailure(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }
}
