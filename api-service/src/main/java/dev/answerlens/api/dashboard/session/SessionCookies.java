package dev.answerlens.api.dashboard.session;

import dev.answerlens.api.ApiConfig;
import dev.answerlens.api.auth.SessionPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

/**
 * The dashboard's two cookies, both HttpOnly and SameSite=Strict (and Secure unless
 * {@code answerlens.api.auth.secure-cookies=false}): the session id, and before sign-in the token the sign-in
 * form must echo (a double-submit CSRF check, as no session exists yet).
 */
@ApplicationScoped
public class SessionCookies {
    public static final String SIGN_IN_TOKEN = "answerlens_sign_in";
    public static final String SIGN_UP_TOKEN = "answerlens_sign_up";
    private static final String SIGN_UP_PATH = "/dashboard/sign-up";
    private static final int SIGN_IN_SECONDS = 3600;

    private final boolean secure;
    private final int sessionSeconds;

    public SessionCookies(ApiConfig config) {
        this.secure = config.auth().secureCookies();
        this.sessionSeconds = (int) config.auth().sessionTtl().toSeconds();
    }

    public NewCookie session(String id) {
        return cookie(SessionPage.COOKIE, id, "/dashboard", sessionSeconds);
    }

    public NewCookie sessionEnded() {
        return cookie(SessionPage.COOKIE, "", "/dashboard", 0);
    }

    public NewCookie signInToken(String token) {
        return cookie(SIGN_IN_TOKEN, token, SessionPage.SIGN_IN_PATH, SIGN_IN_SECONDS);
    }

    public NewCookie signInTokenUsed() {
        return cookie(SIGN_IN_TOKEN, "", SessionPage.SIGN_IN_PATH, 0);
    }

    public NewCookie signUpToken(String token) {
        return cookie(SIGN_UP_TOKEN, token, SIGN_UP_PATH, SIGN_IN_SECONDS);
    }

    public NewCookie signUpTokenUsed() {
        return cookie(SIGN_UP_TOKEN, "", SIGN_UP_PATH, 0);
    }

    private NewCookie cookie(String name, String value, String path, int maxAge) {
        return new NewCookie.Builder(name).value(value).path(path).maxAge(maxAge).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
