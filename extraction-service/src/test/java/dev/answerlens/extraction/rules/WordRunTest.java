package dev.answerlens.extraction.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The word runs must be the words a find() loop of the pattern they stand for finds, in any region. */
class WordRunTest {
    private static final List<String> TEXTS = List.of(
            "I'm not aware of Globex’s 2nd tier; x² Ⅻ 𝐀𝐁c d𝐀 ´ü-ber’", "\uD835\uDC00\uD835", "\uDC00ab", "", "'’", "a1b2 ３");

    @Test
    void findsTheWordsOfThePatternsTheyStandFor() {
        assertSameWords(Pattern.compile("[\\p{L}'\u2019]+"), WordRun.LETTER_OR_APOSTROPHE);
        assertSameWords(Pattern.compile("[\\p{L}\\p{N}'\u2019]+"), WordRun.LETTER_NUMBER_OR_APOSTROPHE);
    }

    private static void assertSameWords(Pattern pattern, IntPredicate wordCharacter) {
        for (String text : TEXTS) {
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= text.length(); to++) {
                    List<String> expected = new ArrayList<>();
                    Matcher m = pattern.matcher(text).region(from, to);
                    while (m.find()) {
                        expected.add(m.start() + "-" + m.end());
                    }
                    List<String> found = new ArrayList<>();
                    int end;
                    for (int at = from; at < to; at = Math.max(end, at + 1)) {
                        end = WordRun.end(text, at, to, wordCharacter);
                        if (end > at) {
                            found.add(at + "-" + end);
                        }
                    }
                    assertEquals(expected, found, pattern + " on [" + from + ", " + to + ") of " + text);
                }
            }
        }
    }
}
