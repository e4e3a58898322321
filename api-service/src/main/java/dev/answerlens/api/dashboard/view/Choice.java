package dev.answerlens.api.dashboard.view;

/** One option of a filter's drop-down, marked when it is the current one. */
public record Choice(String value, String label, boolean selected) {
}
