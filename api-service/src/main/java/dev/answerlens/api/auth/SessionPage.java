package dev.answerlens.api.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a dashboard resource: {@link ApiKeyFilter} authenticates it by the browser session cookie
 * ({@link BrowserSessions}) instead of a bearer key, with the same key, scope and rate-limit rules; a page
 * requested without a session is redirected to the sign-in page.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SessionPage {
    /** The cookie that carries the session id. */
    String COOKIE = "answerlens_session";
    /** Where a page requested without a session sends the browser. */
    String SIGN_IN_PATH = "/dashboard/sign-in";
}
