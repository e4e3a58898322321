package dev.answerlens.api.dashboard.text;

import dev.answerlens.api.dashboard.view.TextSegment;
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
 * Splits an answer's text into plain runs and the places a tracked brand's name or alias appears, so the page can
 * mark them — "counted" when extraction counted the brand as mentioned in this answer, "not counted" when the name
 * appears but extraction did not count it (an absence statement, a URL, the ordinary word). Extraction stores no
 * offsets, so places are found by name on word boundaries; the page says so. Segments are plain text, escaped by
 * the template: nothing in an answer is ever rendered as HTML.
 */
public final class AnswerHighlighter {
    private static final int MAX_TERMS = 500;

    /** A tracked brand's names. */
    public record BrandTerms(String brand, List<String> names) {
    }

    private final Pattern pattern;
    private final Map<String, String> brandByTerm;

    public AnswerHighlighter(List<BrandTerms> brands) {
        brandByTerm = new HashMap<>();
        for (BrandTerms b : brands) {
            for (String name : b.names()) {
                if (name != null && !name.isBlank() && brandByTerm.size() < MAX_TERMS) {
                    brandByTerm.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), b.brand());
                }
            }
        }
        List<String> terms = new ArrayList<>(brandByTerm.keySet());
        terms.sort(Comparator.comparingInt(String::length).reversed());
        pattern = terms.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}_])(" + String.join("|",
                terms.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public List<TextSegment> segments(String text, Set<String> countedBrands) {
        List<TextSegment> segments = new ArrayList<>();
        if (pattern == null) {
            segments.add(new TextSegment(text, null, false));
            return segments;
        }
        Matcher matcher = pattern.matcher(text);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                segments.add(new TextSegment(text.substring(at, matcher.start()), null, false));
            }
            String brand = brandByTerm.get(matcher.group(1).toLowerCase(Locale.ROOT));
            segments.add(new TextSegment(matcher.group(1), brand, countedBrands.contains(brand)));
            at = matcher.end();
        }
        if (at < text.length()) {
            segments.add(new TextSegment(text.substring(at), null, false));
        }
        return segments;
    }
}
