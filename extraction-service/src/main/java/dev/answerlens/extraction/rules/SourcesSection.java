package dev.answerlens.extraction.rules;

import dev.answerlens.extraction.text.LineStarts;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list of sources an answer ends with ("Sources:\n1. Zoom for Healthcare — zoom.us"): it starts at a line that is
 * only a heading word from {@code /sources-headings.cues}, or that word and a colon followed by the first source, and
 * runs to the end. It is not answer text (labelling rule 4): the citations extractor reads it, the mention rules don't.
 */
final class SourcesSection {
    private static final Pattern HEADING = load();

    private SourcesSection() {
    }

    /** Where the trailing sources list starts, or the text's length when there is none. */
    static int start(String text) {
        Matcher heading = HEADING.matcher(text);
        int start = text.length();
        for (int from = 0; LineStarts.next(heading, text, from); from = heading.end()) {
            start = heading.start();
        }
        return start;
    }

    private static Pattern load() {
        List<String> words = CueLines.of("/sources-headings.cues").stream()
                .map(line -> Pattern.quote(line).replace(" ", "\\E\\s+\\Q")).toList();
        String word = "(?:" + String.join("|", words) + ")";
        // "Sources:" alone on its line (emphasis and heading marks allowed), or "Sources: [1] …" opening a line
        return Pattern.compile("(?m)^[ \\t]*(?:#{1,6}[ \\t]*)?[*_]*" + word + "[*_]*[ \\t]*(?:[:\\uFF1A]|$)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
