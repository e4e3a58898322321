package dev.answerlens.api.dashboard.view;

/** The sign-in form: its CSRF token and, after a failed attempt, what went wrong (never the key that was typed). */
public record SignInView(String csrfToken, String error, String notice) {
}
