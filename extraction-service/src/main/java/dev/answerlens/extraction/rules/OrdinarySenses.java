package dev.answerlens.extraction.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Contexts that make a brand name that is also an ordinary word ({@link OrdinaryWords}) the word, not the brand,
 * where capitals cannot tell (German nouns, a sentence-opening interjection): "so ein Mist", "das Tempo", "vale la
 * pena", "Hey, great question!". Read from {@code /ordinary/senses.cues}, so a language's contexts are data.
 */
final class OrdinarySenses {
    /** Stands for the occurrence in the sentence the contexts are matched against (written {WORD} there). */
    private static final char WORD = '\u2400';
    private static final Pattern CONTEXTS = load();

    private OrdinarySenses() {
    }

    /** Whether the ordinary-word name at [start, end) is used as the word in its sentence. */
    static boolean isPlainWord(String text, int start, int end) {
        if (Layout.inTableHeader(text, start) && !Layout.isWholeCell(text, start, end)) {
            return true; // header cells are capitalised by convention: "| Close rate tracking |" is the word
        }
        Sentence sentence = Sentence.around(text, start, end);
        String marked = text.substring(sentence.start(), start) + WORD + text.substring(end, sentence.end());
        return CONTEXTS.matcher(marked).find();
    }

    private static Pattern load() {
        List<String> contexts = new ArrayList<>();
        try (InputStream in = OrdinarySenses.class.getResourceAsStream("/ordinary/senses.cues")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /ordinary/senses.cues");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    contexts.add(line.strip().replace("{WORD}", String.valueOf(WORD)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Pattern.compile("(?:" + String.join("|", contexts) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
    }
}
