package dev.answerlens.extraction.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A gazetteer of the other well-known things whose names contain a tracked brand's name, and of fixed expressions
 * made with it: "Spark New Zealand", "Morecambe and Wise", "Kit Kat", "Joan of Arc", "Tempo-Taschentücher", "binary
 * heap". An occurrence of a name inside one of these phrases is the other thing, not the brand. World knowledge as
 * data ({@code /ordinary/confusables.cues}), one phrase a line, matched ignoring case (a line opening with {@code =} as
 * written), on word boundaries; a section {@code [de]}, {@code [fr]} … holds only in a sentence of that language (or
 * one whose language is not told). Indexed by word, so an occurrence tries only the phrases holding its own name.
 */
final class Confusables {
    /** @param expression written all in lower case: a fixed expression ("vale anche per"), not a name ("Spark Arena") */
    private record Phrase(String text, boolean asWritten, String language, boolean expression) {
    }

    /** A phrase and where in it one of its words starts. */
    private record Entry(Phrase phrase, int at) {
    }

    /** The phrases by each of their words, lower case, with where the word stands in each. */
    private static final Map<String, List<Entry>> BY_WORD = new HashMap<>();

    static {
        read();
    }

    private Confusables() {
    }

    /** The occurrences without those that lie inside a phrase of the gazetteer. */
    static List<Occurrence> without(String text, List<Occurrence> occurrences) {
        List<Occurrence> kept = null;
        for (int i = 0; i < occurrences.size(); i++) {
            Occurrence o = occurrences.get(i);
            if (insideOther(text, o.start(), o.end())) {
                if (kept == null) {
                    kept = new ArrayList<>(occurrences.subList(0, i));
                }
            } else if (kept != null) {
                kept.add(o);
            }
        }
        return kept == null ? occurrences : kept;
    }

    /** Whether the name at [start, end) lies inside a phrase of the gazetteer that holds in its sentence's language. */
    static boolean insideOther(String text, int start, int end) {
        return phraseAround(text, start, end) != null;
    }

    /** Whether that phrase is another thing's name ("Usain Bolt"), not a fixed expression ("kit and caboodle"). */
    static boolean insideOtherName(String text, int start, int end) {
        Phrase phrase = phraseAround(text, start, end);
        return phrase != null && !phrase.expression();
    }

    private static Phrase phraseAround(String text, int start, int end) {
        int wordEnd = start;
        while (wordEnd < end && Character.isLetterOrDigit(text.charAt(wordEnd))) {
            wordEnd++;
        }
        List<Entry> entries = BY_WORD.get(text.substring(start, wordEnd).toLowerCase(Locale.ROOT));
        if (entries == null) {
            return null; // the cheap test first: no phrase holds the name's first word
        }
        String language = null;
        boolean languageTold = false;
        Boolean nameInSentence = null;
        for (Entry entry : entries) {
            Phrase phrase = entry.phrase();
            if (entry.at() + (end - start) <= phrase.text().length() && matchesAt(text, start - entry.at(), phrase)) {
                if (phrase.expression()) {
                    nameInSentence = nameInSentence != null ? nameInSentence : capitalisedInsideSentence(text, start, end);
                    if (nameInSentence) {
                        continue; // rules-28: "configurare Vale anche per la documentazione" names the product
                    }
                }
                if (phrase.language().isEmpty()) {
                    return phrase;
                }
                if (!languageTold) {
                    Sentence sentence = Sentence.around(text, start, end);
                    language = AbsenceCues.all().guess.ofSentence(text, sentence.start(), sentence.end());
                    languageTold = true;
                }
                if (language == null || language.equals(phrase.language())) {
                    return phrase;
                }
            }
        }
        return null;
    }

    /**
     * The name capitalised inside its sentence, after a word in lower case, in a sentence not in German (where every noun
     * is capitalised): written as a name, so a fixed expression in lower case around it is not one.
     */
    private static boolean capitalisedInsideSentence(String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int i = start - 1;
        while (i >= 0 && !Character.isLetterOrDigit(text.charAt(i))) {
            if (".!?:\n".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
            i--;
        }
        if (i < 0 || !Character.isLowerCase(text.charAt(i))) {
            return false;
        }
        Sentence sentence = Sentence.around(text, start, end);
        return !"de".equals(AbsenceCues.all().guess.ofSentence(text, sentence.start(), sentence.end()));
    }

    private static boolean matchesAt(String text, int from, Phrase phrase) {
        String p = phrase.text();
        int to = from + p.length();
        if (from < 0 || to > text.length()) {
            return false;
        }
        if (Character.isLetterOrDigit(p.charAt(0)) && from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))
                || Character.isLetterOrDigit(p.charAt(p.length() - 1)) && to < text.length()
                && Character.isLetterOrDigit(text.charAt(to))) {
            return false; // word boundaries: "Kit Kat" is not inside "Kit Kathedral"
        }
        for (int i = 0; i < p.length(); i++) {
            char c = normalised(text.charAt(from + i));
            char e = p.charAt(i);
            // rules-41: a phrase does not run over a line's end ("### TIER" / "I monopattini …" is no "Tier I")
            if (e == ' ' ? !Character.isWhitespace(c) && c != '\u00A0' || c == '\n' || c == '\r'
                    : c != e && (phrase.asWritten() || Character.toLowerCase(c) != e
                    && Character.toLowerCase(Character.toUpperCase(c)) != e)) {
                return false;
            }
        }
        return true;
    }

    /** Typographic apostrophes and hyphens as plain ones. */
    private static char normalised(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC' -> '\'';
            case '\u2010', '\u2011', '\u2012' -> '-';
            default -> c;
        };
    }

    private static String normalised(String s, boolean asWritten) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(normalised(s.charAt(i)));
        }
        String plain = out.toString().replaceAll("\\s+", " ");
        return asWritten ? plain : plain.toLowerCase(Locale.ROOT);
    }

    private static void read() {
        String section = "";
        try (InputStream in = Confusables.class.getResourceAsStream("/ordinary/confusables.cues")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /ordinary/confusables.cues");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (entry.matches("\\[[a-z]{2,3}]")) {
                    section = entry.substring(1, entry.length() - 1);
                } else if (!entry.isEmpty() && !entry.startsWith("#")) {
                    boolean asWritten = entry.startsWith("=");
                    String text = normalised(asWritten ? entry.substring(1).strip() : entry, asWritten);
                    Phrase phrase = new Phrase(text, asWritten, section, entry.equals(entry.toLowerCase(Locale.ROOT)));
                    String lower = text.toLowerCase(Locale.ROOT);
                    for (int i = 0; i < lower.length(); ) {
                        if (!Character.isLetterOrDigit(lower.charAt(i))) {
                            i++;
                            continue;
                        }
                        int j = i;
                        while (j < lower.length() && Character.isLetterOrDigit(lower.charAt(j))) {
                            j++;
                        }
                        BY_WORD.computeIfAbsent(lower.substring(i, j), w -> new ArrayList<>()).add(new Entry(phrase, i));
                        i = j;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
