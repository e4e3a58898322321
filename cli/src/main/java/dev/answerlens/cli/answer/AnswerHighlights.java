package dev.answerlens.cli.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks where a tracked brand's name or alias appears in an answer, telling apart the brands extraction counted as
 * mentioned from names that appear without counting (an absence statement, a URL, the ordinary word) — the rule the
 * dashboard's answers page uses: whole words, ignoring case, longest name first. On a terminal the marks are colours
 * (green counted, yellow not counted); elsewhere [Name] and [Name?].
 */
public final class AnswerHighlights {
    private static final String GREEN = "\u001b[1;32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RESET = "\u001b[0m";

    private final Pattern pattern;
    private final Map<String, String> brandByName = new HashMap<>();

    /** {@code namesByBrand}: each tracked brand's name with its aliases. */
    public AnswerHighlights(Map<String, List<String>> namesByBrand) {
        namesByBrand.forEach((brand, names) -> names.stream().filter(n -> n != null && !n.isBlank())
                .forEach(n -> brandByName.putIfAbsent(n.strip().toLowerCase(Locale.ROOT), brand)));
        List<String> names = new ArrayList<>(brandByName.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        pattern = names.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}_])("
                + String.join("|", names.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The text with each brand name marked; {@code counted} are the brands extraction counted in this answer. */
    public String mark(String text, Set<String> counted, boolean colour) {
        if (pattern == null) {
            return text;
        }
        Matcher matcher = pattern.matcher(text);
        StringBuilder marked = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            boolean isCounted = counted.contains(brandByName.get(name.toLowerCase(Locale.ROOT)));
            String replacement = colour ? (isCounted ? GREEN : YELLOW) + name + RESET
                    : "[" + name + (isCounted ? "]" : "?]");
            matcher.appendReplacement(marked, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(marked);
        return marked.toString();
    }

    public static String legend(boolean colour) {
        return colour ? "(" + GREEN + "green" + RESET + ": a tracked brand counted as mentioned; " + YELLOW + "yellow" + RESET
                + ": named but not counted)"
                : "([Name]: a tracked brand counted as mentioned; [Name?]: named but not counted)";
    }
}
