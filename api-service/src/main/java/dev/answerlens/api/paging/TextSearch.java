package dev.answerlens.api.paging;

import java.util.Locale;

/** Turns a free-text filter into a case-insensitive LIKE pattern with its wildcards escaped. */
public final class TextSearch {
    private TextSearch() {
    }

    public static String containsPattern(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
