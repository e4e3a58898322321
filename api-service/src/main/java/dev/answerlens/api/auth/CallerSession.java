package dev.answerlens.api.auth;

import jakarta.enterprise.context.RequestScoped;

/** The browser session a dashboard request came with (set by {@link ApiKeyFilter}); its CSRF token guards form posts. */
@RequestScoped
public class CallerSession {
    private BrowserSessions.BrowserSession session;

    void authenticate(BrowserSessions.BrowserSession session) {
        this.session = session;
    }

    /** The session; fails loudly if a dashboard page was reached without one. */
    public BrowserSessions.BrowserSession session() {
        if (session == null) {
            throw new IllegalStateException("no browser session on this request");
        }
        return session;
    }

    /** True when {@code presented} is this session's CSRF token (compared in constant time). */
    public boolean csrfTokenMatches(String presented) {
        return presented != null && java.security.MessageDigest.isEqual(
                presented.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                session().csrfToken().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
