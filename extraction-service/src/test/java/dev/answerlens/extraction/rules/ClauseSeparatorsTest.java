package dev.answerlens.extraction.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The separators found where one can open must be those a find() loop over the sentence's region finds. */
class ClauseSeparatorsTest {
    private static final String TEXT = "Intro. While Globex fits, I know nothing about Hooli; Initech – never heard of it – "
            + "is new, but (Tempo: unknown) works (sure), aber Vale — kaum bekannt — bleibt. 𝐀, x; ¿Omio?\n"
            + "| Bunq | – | n/a |\nThough Acme is big, we know little, however Tyrell, then dagegen ok;";

    @Test
    void findsTheSeparatorsOfTheCues() {
        assertTrue(ClauseSeparators.openers(AbsenceCues.all().separator).isPresent(), "the cues open with a look-ahead");
        assertSameSeparators(AbsenceCues.all().separator);
    }

    @Test
    void startsAMatchWhereItWasTriedThoughALookBehindHoldsACaret() {
        assertSameSeparators(Pattern.compile("(?:(?=[,])(?:,(?<=^\\W{0,3}(?:while|though)\\s[^;,]{1,80},)\\s|,\\s+but\\b))",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    @Test
    void searchesPlainlyWhereAnAlternativeOpensOtherwise() {
        Pattern pattern = Pattern.compile("(?:(?=[;])(?:;\\s)|,\\s+but\\b)");
        assertFalse(ClauseSeparators.openers(pattern).isPresent());
        assertSameSeparators(pattern);
    }

    private static void assertSameSeparators(Pattern pattern) {
        ClauseSeparators separators = new ClauseSeparators(pattern, TEXT);
        for (int from = 0; from <= TEXT.length(); from += 3) {
            for (int to = from; to <= TEXT.length(); to += 5) {
                List<String> expected = new ArrayList<>();
                Matcher m = pattern.matcher(TEXT).region(from, to);
                while (m.find()) {
                    expected.add(m.start() + "-" + m.end());
                }
                List<String> found = new ArrayList<>();
                ClauseSeparators.InSentence inSentence = separators.in(from, to);
                for (int i = 0; inSentence.has(i); i++) {
                    found.add(inSentence.start(i) + "-" + inSentence.end(i));
                }
                assertEquals(expected, found, "[" + from + ", " + to + ")");
            }
        }
    }
}
