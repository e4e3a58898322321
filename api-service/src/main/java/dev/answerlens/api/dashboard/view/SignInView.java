package dev.answerlens.api.dashboard.view;

/**
 * The sign-in form: its CSRF token, after a failed attempt what went wrong (never the key that was typed), and
 * whether sign-up is open (then the page links to "Create a workspace").
 */
public record SignInView(String csrfToken, String error, String notice, boolean signUpOpen) {
}
