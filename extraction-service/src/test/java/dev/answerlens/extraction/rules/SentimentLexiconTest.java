package dev.answerlens.extraction.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.extraction.gold.UnseenGoldSet;
import dev.answerlens.extraction.quality.LabelledAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The lexicon reads a clause's words without a regex: they must be the words the pattern they stand for finds. */
class SentimentLexiconTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'\u2019-]*");
    private static final List<String> TRICKY_TEXTS = List.of(
            "i'm not sure it's user-friendly -- 2nd-best, x² Ⅻ 𝐀𝐁c d𝐀 ´über’s -lead 3d '’- a-", "\uD835\uDC00\uD835",
            "\uDC00ab", "", "'’-", "a1b2 ３x 1a", "ﬁne l'état—déjà vu");

    @Test
    void readsTheWordsThePatternFindsOnTrickyText() {
        TRICKY_TEXTS.forEach(SentimentLexiconTest::assertSameWords);
    }

    @Test
    void readsTheWordsThePatternFindsOnTheGoldSets() {
        List<LabelledAnswer> cases = UnseenGoldSet.all();
        assertTrue(cases.size() > 100, "gold answers: " + cases.size());
        cases.forEach(gold -> assertSameWords(gold.text()));
    }

    @Test
    void scoresPraiseAndFlipsNegatedPraise() {
        assertEquals(2, SentimentLexicon.polarity("Intuitive and user-friendly"));
        assertEquals(-1, SentimentLexicon.polarity("it is not cheap"));
    }

    private static void assertSameWords(String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            expected.add(m.group());
        }
        assertEquals(expected, SentimentLexicon.words(text), text);
    }
}
