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

    /** All URLs in the text, in the order they appear. */
    public static List<TextLink> find(String text) {
        List<TextLink> links = new ArrayList<>();
        Matcher markdown = MARKDOWN_LINK.matcher(text);
        while (markdown.find()) {
            String label = markdown.group(1).strip();
            links.add(new TextLink(markdown.group(2), label.isEmpty() ? null : label, markdown.start(2), markdown.end(2)));
        }
        Matcher autolink = AUTOLINK.matcher(text);
        while (autolink.find()) {
            addUnlessCovered(links, new TextLink(autolink.group(1), null, autolink.start(1), autolink.end(1)));
        }
        Matcher bare = BARE_URL.matcher(text);
        while (bare.find()) {
            String url = trimTrailing(bare.group());
            addUnlessCovered(links, new TextLink(url, null, bare.start(), bare.start() + url.length()));
        }
        links.sort(Comparator.comparingInt(TextLink::start));
        return links;
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
