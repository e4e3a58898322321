package dev.answerlens.api.dashboard;

/**
 * What every signed-in page's frame needs: the page title, which navigation entry is current, the filter's query
 * string (so moving between pages keeps the view), and the session's CSRF token for the sign-out form.
 */
public record Frame(String title, String active, String queryString, String csrfToken) {
    public boolean is(String page) {
        return page.equals(active);
    }
}
