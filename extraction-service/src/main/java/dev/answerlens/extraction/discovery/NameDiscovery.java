package dev.answerlens.extraction.discovery;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.result.DiscoveredName;
import dev.answerlens.extraction.text.LineStarts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names an answer puts forward as options without the workspace tracking them: the heads
 * of list items ("1. **Pipedrive** – ...", "- Zoho CRM: ...") and the first cells of table rows.
 * Those are where assistants name products; prose is too noisy to mine by rules. Recurring names
 * become competitor suggestions (the discovered_brands view).
 */
public final class NameDiscovery {
    private static final Pattern ITEM_HEAD = Pattern.compile(
            "^\\s*(?:\\d{1,3}[.)]|[-*+\u2022])\\s+(?:\\*\\*|__)?\\[?([^*_\\n:\u2013\u2014(|\\]]{2,48}?)\\]?(?:\\*\\*|__)?"
                    + "(?:\\([^)\\n]*\\))?\\s*(?:[:\u2013\u2014]|\\s-\\s|\\*\\*|$)",
            Pattern.MULTILINE);
    private static final Pattern TABLE_FIRST_CELL = Pattern.compile("^\\s*\\|\\s*(?:\\*\\*)?([^|*\\n]{2,48}?)(?:\\*\\*)?\\s*\\|",
            Pattern.MULTILINE);
    private static final Pattern NAME_SHAPE = Pattern.compile(
            "^[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'+\\-]*(?:\\s[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'+\\-]*){0,3}$");
    private static final Set<String> NOT_NAMES = Set.of(
            "pros", "cons", "price", "pricing", "cost", "best for", "key features", "features", "summary", "verdict",
            "overview", "why", "note", "notes", "tip", "tips", "bottom line", "recommendation", "recommendations",
            "tool", "tools", "name", "platform", "product", "option", "options", "strengths", "weaknesses", "use case",
            "ease of use", "integrations", "support", "free plan", "free tier", "conclusion", "sources", "source",
            "rank", "rating", "vendor", "criteria", "budget", "small teams", "enterprise", "startups", "security",
            "reporting", "automation", "scalability", "customization", "customisation", "mobile", "api", "yes", "no");

    /** Untracked names in the answer, each once, in order of appearance. */
    public List<DiscoveredName> discover(String text, List<TrackedBrand> brands) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Map<String, DiscoveredName> found = new LinkedHashMap<>();
        TrackedNames tracked = TrackedNames.of(brands);
        collect(ITEM_HEAD.matcher(text), text, tracked, found, NameDiscovery::opensItem);
        collect(TABLE_FIRST_CELL.matcher(text), text, tracked, found, c -> c == '|');
        return new ArrayList<>(found.values());
    }

    /** What a list item opens with: a number ("1.", "2)") or a bullet. */
    private static boolean opensItem(int c) {
        return c >= '0' && c <= '9' || c == '-' || c == '*' || c == '+' || c == '\u2022';
    }

    private static void collect(Matcher matcher, String text, TrackedNames tracked, Map<String, DiscoveredName> found,
                                java.util.function.IntPredicate opening) {
        for (int from = 0; LineStarts.next(matcher, text, from, opening); from = matcher.end()) {
            String name = matcher.group(1).strip();
            String key = name.toLowerCase(Locale.ROOT);
            if (!NAME_SHAPE.matcher(name).matches() || NOT_NAMES.contains(key) || tracked.tracks(key)
                    || found.containsKey(key) || name.chars().allMatch(Character::isDigit)) {
                continue;
            }
            found.put(key, new DiscoveredName(name, line(text, matcher.start(1))));
        }
    }

    private static String line(String text, int index) {
        int start = text.lastIndexOf('\n', index) + 1;
        int end = text.indexOf('\n', index);
        String line = text.substring(start, end < 0 ? text.length() : end).strip();
        return line.length() <= 200 ? line : line.substring(0, 200);
    }
}
