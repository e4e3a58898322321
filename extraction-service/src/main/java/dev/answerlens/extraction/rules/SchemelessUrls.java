package dev.answerlens.extraction.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URLs written without a scheme but with a path ("example.com/blog/a-vs-b"), and (rules-26) paths from a site's root of
 * two parts or more ("`/ratgeber/bunq-vs-qonto/`"): their words are no mention. Found where a slash is, not by trying
 * the pattern at every character of the answer.
 */
final class SchemelessUrls {
    /** Package-visible for the test that checks the search against a plain scan. */
    static final Pattern DOMAIN_WITH_PATH = Pattern.compile(
            "(?<![\\p{L}\\p{N}@/.-])(?:[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{Alpha}{2,}/"
                    + "|/(?=[\\p{L}\\p{N}_-]+/[\\p{L}\\p{N}_-]))[^\\s<>()\\[\\]\"'`]*");
    /** What ends a path: the characters the pattern's path part stops at. */
    private static final String PATH_END = " \t\n\u000B\f\r<>()[]\"'`";

    private SchemelessUrls() {
    }

    /**
     * The spans a plain {@code find()} loop of the pattern over the whole text gives. A match's host holds no slash and
     * is followed by one, so the match around the next slash starts in the {@link LabelRun} before it and ends where its
     * path ends; no match starts before that run, and none that starts in that stretch ends after it. So the pattern runs
     * on that stretch only (transparent bounds let its look-behind see before it), and the search goes on after it.
     */
    static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = DOMAIN_WITH_PATH.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        int slash;
        while ((slash = text.indexOf('/', from)) >= 0) {
            int pathEnd = pathEnd(text, slash);
            m.region(Math.max(from, LabelRun.startBefore(text, slash)), pathEnd);
            if (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
                from = m.end();
            } else {
                from = pathEnd;
            }
        }
        return spans;
    }

    private static int pathEnd(String text, int slash) {
        int i = slash + 1;
        while (i < text.length() && PATH_END.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
