package dev.answerlens.worker.engine.browser;

import java.util.Objects;

/**
 * How long a streaming answer has been unchanged, from the page's own timing (a mutation observer on the
 * answer) checked against what the worker saw: a text that changed since the last look changed after that
 * look, so a page claiming a longer quiet is not believed and the quiet starts again. A look that comes late
 * (the worker was busy with other pages) still sees the full quiet, so the job ends at once.
 */
final class AnswerQuiet {
    private String lastText;
    private long lastLookAt;

    /** The answer is watched from now (the {@link PageSession#now()} clock); nothing has been seen yet. */
    void watchFrom(long now) {
        lastText = null;
        lastLookAt = now;
    }

    /** @return the quiet to go by, in milliseconds, for what the page shows at {@code now} */
    long look(String text, long pageQuietMillis, long now) {
        long sinceLastLook = now - lastLookAt;
        lastLookAt = now;
        if (Objects.equals(text, lastText)) {
            return pageQuietMillis;
        }
        lastText = text;
        return pageQuietMillis >= sinceLastLook ? 0 : pageQuietMillis;
    }

    /** Whether anything was written by the last look. */
    boolean sawText() {
        return lastText != null && !lastText.isBlank();
    }
}
