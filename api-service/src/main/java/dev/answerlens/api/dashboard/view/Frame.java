package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.auth.CallerSession;
import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.auth.KeyScope;

/**
 * What every signed-in page's frame needs: the page title, which navigation entry is current, the filter's query
 * string (so moving between pages keeps the view), the session's CSRF token for its forms, and what the signed-in
 * key may do — so a read key is not offered buttons the server would refuse (the server still checks every post).
 */
public record Frame(String title, String active, String queryString, String csrfToken, boolean canWrite,
                    boolean canAdminister, boolean operator) {

    public static Frame of(String title, String active, String queryString, CallerWorkspace caller, CallerSession session) {
        KeyScope scope = caller.scope();
        return new Frame(title, active, queryString, session.session().csrfToken(), scope.covers(KeyScope.WRITE),
                scope.covers(KeyScope.ADMIN), caller.operator());
    }

    public boolean is(String page) {
        return page.equals(active);
    }
}
