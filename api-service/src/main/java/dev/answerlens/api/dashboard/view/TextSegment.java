package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.dashboard.text.AnswerHighlighter;
/**
 * A run of an answer's text as {@link AnswerHighlighter} splits it; {@code brand} is set where a tracked brand's
 * name stands, {@code counted} when extraction counted that brand as mentioned in the answer.
 */
public record TextSegment(String text, String brand, boolean counted) {
    public boolean marked() {
        return brand != null;
    }
}
