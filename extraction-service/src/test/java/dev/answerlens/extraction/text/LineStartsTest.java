package dev.answerlens.extraction.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Tried only at line starts, a multi-line {@code ^} pattern must find what {@code find()} finds at every position. */
class LineStartsTest {
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("^\\s*(?:\\d{1,3}[.)]|[-*+])\\s+(\\w+)", Pattern.MULTILINE),
            Pattern.compile("^[ \\t]*#*[ \\t]*sources[ \\t]*(?::|$)", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*\\|\\s*([^|\\n]{2,48}?)\\s*\\|", Pattern.MULTILINE));
    private static final List<String> TEXTS = List.of(
            "- one\n- two\n\n  3. three\n| cell | b |\nSources:\n1. x",
            "- a\r\n- b\r- c\u2028- d\u2029- e\u0085- f\r\n\r\n- g\n",
            "text - not\n\n\n   - deep\n|x|\n| two words | x |\n## SOURCES\n", "", "\n", "- x", "Sources\r\n",
            "no lines here - none");

    @Test
    void findsWhatFindFindsAtEveryPosition() {
        for (Pattern pattern : PATTERNS) {
            for (String text : TEXTS) {
                List<String> expected = new ArrayList<>();
                Matcher plain = pattern.matcher(text);
                while (plain.find()) {
                    expected.add(plain.start() + "-" + plain.end());
                }
                List<String> found = new ArrayList<>();
                Matcher matcher = pattern.matcher(text);
                for (int from = 0; LineStarts.next(matcher, text, from); from = matcher.end()) {
                    found.add(matcher.start() + "-" + matcher.end());
                }
                assertEquals(expected, found, pattern + " on " + text);
            }
        }
    }
}
