package dev.answerlens.extraction.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiteralIndexTest {
    @Test
    void findsOverlappingAndNestedLiterals() {
        LiteralIndex index = new LiteralIndex(List.of("he", "she", "his", "hers", "globex.io", "x.io"));

        assertEquals(Set.of("he", "she", "hers"), index.presentIn("ushers"));
        assertEquals(Set.of("globex.io", "x.io"), index.presentIn("docs.globex.io"));
        assertEquals(Set.of(), index.presentIn("globex.i"));
    }

    @Test
    void reportsALiteralExactlyWhenIndexOfFindsIt() {
        Random random = new Random(16);
        for (int round = 0; round < 300; round++) {
            List<String> literals = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(40); i++) {
                literals.add(randomText(random, 1 + random.nextInt(5)));
            }
            LiteralIndex index = new LiteralIndex(literals);
            String text = randomText(random, random.nextInt(200));
            Set<String> expected = new HashSet<>();
            literals.stream().filter(literal -> text.contains(literal)).forEach(expected::add);

            assertEquals(expected, index.presentIn(text), "in " + text);
        }
    }

    @Test
    void answersOnlyForTheLiteralsItWasBuiltFrom() {
        LiteralIndex index = new LiteralIndex(List.of("globex"));

        assertTrue(index.covers("globex"));
        assertFalse(index.covers("initech"));
    }

    /** Over a small alphabet, so literals overlap and repeat often. */
    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append("abcß. ".charAt(random.nextInt(6)));
        }
        return text.toString();
    }
}
