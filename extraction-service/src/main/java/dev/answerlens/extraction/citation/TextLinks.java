package dev.answerlens.extraction.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the http(s) URLs an answer writes: markdown links, autolinks and bare URLs. Both citation
 * extraction (links outside the listed sources) and mention rules (nothing inside a URL counts) use it.
 */
public final class TextLinks {
    private static final Pattern MARKDOWN_LINK = Pattern.compile(
            "\\[([^\\[\\]\\n]*)\\]\\(\\s*<?(https?://[^\\s)>]+)>?(?:\\s+\"[^\"\\n]*\")?\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^\\s<>]+)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>\\[\\]\"'`]+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING_PUNCTUATION = ".,;:!?*_~";

    private TextLinks() {
    }

    /** All URLs in the text, in the order they appear (unmodifiable). */
    public static List<TextLink> find(String text) {
        Found last = lastFound;
        if (last.text() == text) {
            return last.links(); // the same answer asked again: the mention rules and the citations both read its links
        }
        List<TextLink> links = List.copyOf(search(text));
        lastFound = new Found(text, links);
        return links;
    }

    /** The answer whose links were found last, by identity, so the second reader of an answer does not search again. */
    private static volatile Found lastFound = new Found("", List.of());

    private record Found(String text, List<TextLink> links) {
    }

    private static List<TextLink> search(String text) {
        List<TextLink> links = new ArrayList<>();
        Matcher markdown = MARKDOWN_LINK.matcher(text);
        for (int from = 0; next(markdown, text, from, '['); from = markdown.end()) {
            String label = markdown.group(1).strip();
            links.add(new TextLink(markdown.group(2), label.isEmpty() ? null : label, markdown.start(2), markdown.end(2)));
        }
        Matcher autolink = AUTOLINK.matcher(text);
        for (int from = 0; next(autolink, text, from, '<'); from = autolink.end()) {
            addUnlessCovered(links, new TextLink(autolink.group(1), null, autolink.start(1), autolink.end(1)));
        }
        Matcher bare = BARE_URL.matcher(text);
        for (int from = 0; nextBare(bare, text, from); from = bare.end()) {
            String url = trimTrailing(bare.group());
            addUnlessCovered(links, new TextLink(url, null, bare.start(), bare.start() + url.length()));
        }
        links.sort(Comparator.comparingInt(TextLink::start));
        return links;
    }

    /**
     * The pattern's next match at or after {@code from}, as {@code find()} gives it, but tried only where the character
     * every match opens with is: not at every character of the answer. (None of the patterns looks behind.)
     */
    private static boolean next(Matcher matcher, String text, int from, char opening) {
        for (int at = text.indexOf(opening, from); at >= 0; at = text.indexOf(opening, at + 1)) {
            if (matcher.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The next bare URL at or after {@code from}, as {@code find()} gives it: every match has its "://" four ("http") or
     * five ("https") characters in, so the pattern is tried only there, the earlier start first.
     */
    private static boolean nextBare(Matcher matcher, String text, int from) {
        for (int colon = text.indexOf("://", from + 4); colon >= 0; colon = text.indexOf("://", colon + 1)) {
            for (int at = colon - 5; at <= colon - 4; at++) {
                if (at >= from && matcher.region(at, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void addUnlessCovered(List<TextLink> links, TextLink candidate) {
        if (links.stream().noneMatch(l -> l.overlaps(candidate.start(), candidate.end()))) {
            links.add(candidate);
        }
    }

    /** Drops sentence punctuation and unbalanced closing parentheses a writer put after the URL. */
    private static String trimTrailing(String url) {
        String u = url;
        while (!u.isEmpty()) {
            char last = u.charAt(u.length() - 1);
            boolean unbalanced = last == ')' && count(u, ')') > count(u, '(');
            if (TRAILING_PUNCTUATION.indexOf(last) < 0 && !unbalanced) {
                break;
            }
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
