package dev.answerlens.extraction.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Tried only where two opening characters stand, the phrases must be found as the alternation's find() loop finds them. */
class PhrasesTest {
    private static final List<String> PHRASES = List.of("falls? short", "fall", "a breeze", "add up", "adds up",
            "worth (?:it|the (?:price|money))", "fácil de usar", "don't recommend", "do not recommend");
    private static final List<String> TEXTS = List.of(
            "it falls short, falls short again and fall; a breeze, adds up, add up, badds up",
            "worth it, worth the price, worth the money? fácil de usar. don't recommend / do not recommend",
            "", "f", "fa", "a", "a breez", "fallfallfall", "worth the moneyfalls short");

    @Test
    void countsWhatTheAlternationFindsOneAfterAnother() {
        Phrases phrases = new Phrases(PHRASES);
        Pattern plain = Pattern.compile(String.join("|", PHRASES));
        for (String text : TEXTS) {
            Matcher m = plain.matcher(text);
            int expected = 0;
            while (m.find()) {
                expected++;
            }
            assertEquals(expected, phrases.count(text), text);
            assertEquals(m.reset().replaceAll(" "), phrases.blanked(text), text);
        }
    }

    @Test
    void refusesAPhraseWhoseSecondCharacterIsOptional() {
        assertThrows(IllegalArgumentException.class, () -> new Phrases(List.of("as?ap")));
        assertThrows(IllegalArgumentException.class, () -> new Phrases(List.of("(?:a|b)c")));
    }
}
