package dev.answerlens.api.dashboard.session;

import dev.answerlens.api.auth.CallerSession;
import dev.answerlens.api.problem.ProblemException;
import java.util.List;

/**
 * Every dashboard form post carries the session's CSRF token in its {@code csrf} field; a post without it, or with
 * another, is refused (403) before it does anything. SameSite=Strict cookies already stop most cross-site posts;
 * this is the second lock.
 */
public final class CsrfCheck {
    private CsrfCheck() {
    }

    public static void require(CallerSession session, String presented) {
        if (!session.csrfTokenMatches(presented)) {
            throw new ProblemException(403, "csrf", "Forbidden",
                    "This form post lacks the page's CSRF token; reload the page and try again", List.of());
        }
    }
}
