package dev.answerlens.api.dashboard.view;

/**
 * The "Create a workspace" page: whether sign-up is open, the form's CSRF token, what went wrong (if anything), and
 * once created, the workspace's name and its first key (shown on this response only).
 */
public record SignUpView(boolean open, String csrfToken, String error, String workspaceName, String newKey) {
    public static SignUpView form(boolean open, String csrfToken, String error) {
        return new SignUpView(open, csrfToken, error, null, null);
    }

    public static SignUpView created(String workspaceName, String newKey) {
        return new SignUpView(true, null, null, workspaceName, newKey);
    }
}
