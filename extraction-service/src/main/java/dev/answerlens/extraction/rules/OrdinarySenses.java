package dev.answerlens.extraction.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Contexts that make a brand name that is also an ordinary word ({@link OrdinaryWords}) the word, not the brand,
 * where capitals cannot tell (German nouns, a sentence-opening interjection): "so ein Mist", "das Tempo", "vale la
 * pena", "Hey, great question!". Read from {@code /ordinary/senses.cues}, so a language's contexts are data.
 */
final class OrdinarySenses {
    /** Stands for the occurrence in the sentence the contexts are matched against (written {WORD} there). */
    private static final char WORD = '\u2400';
    /** The contexts of every language (for a sentence whose language is not told), and each language's with the neutral ones. */
    private static final Pattern POOLED;
    /** The language-neutral contexts alone, for a language without a section of its own. */
    private static final Pattern NEUTRAL;
    private static final Map<String, Pattern> BY_LANGUAGE = new HashMap<>();
    /**
     * rules-19: the names that are words of a language ({@code [de-words]}): a language's own contexts (German nouns
     * after an article, "ist Mist.") apply only to those; "ist Whereby:", "in einem kurzen Loom" name the products,
     * since "whereby" and "loom" are no German words. A language without such a list applies its contexts to every name.
     */
    private static final Map<String, Set<String>> WORDS_OF = new HashMap<>();
    private static final String WORDS_SUFFIX = "-words";

    static {
        Map<String, List<String>> sections = read();
        for (String section : List.copyOf(sections.keySet())) {
            if (section.endsWith(WORDS_SUFFIX)) {
                WORDS_OF.put(section.substring(0, section.length() - WORDS_SUFFIX.length()),
                        Set.copyOf(List.of(String.join(" ", sections.remove(section)).toLowerCase(Locale.ROOT).split("\\s+"))));
            }
        }
        List<String> all = new ArrayList<>();
        sections.values().forEach(all::addAll);
        POOLED = compile(all);
        NEUTRAL = compile(sections.get(""));
        sections.forEach((language, contexts) -> {
            if (!language.isEmpty()) {
                List<String> own = new ArrayList<>(sections.get(""));
                own.addAll(contexts);
                BY_LANGUAGE.put(language, compile(own));
            }
        });
    }

    private OrdinarySenses() {
    }

    /**
     * Whether the ordinary-word name at [start, end) is used as the word in its sentence; {@code besideAnotherBrand}:
     * another tracked brand is named on its line, so a table's header row compares products ("| Plan | Zoom Pro |
     * Whereby Pro |").
     */
    static boolean isPlainWord(String text, int start, int end, java.util.function.BooleanSupplier besideAnotherBrand) {
        if (Layout.inTableHeader(text, start) && !Layout.isWholeCell(text, start, end) && !besideAnotherBrand.getAsBoolean()) {
            return true; // header cells are capitalised by convention: "| Close rate tracking |" is the word
        }
        if (Sentence.inCapitalsAmongLowerCase(text, start, end)) {
            return false; // rules-16: "ein UBER in rund zwanzig Minuten": capitals among lower case write a name
        }
        Sentence sentence = Sentence.around(text, start, end);
        String marked = text.substring(sentence.start(), start) + WORD + text.substring(end, sentence.end());
        String language = AbsenceCues.all().guess.ofSentence(text, sentence.start(), sentence.end());
        // Every context stands within a few words of the name (or opens its line): searching a window around it, with
        // the text outside visible to look-arounds, finds the same as searching a long sentence, for less.
        int at = start - sentence.start();
        Set<String> words = language == null ? null : WORDS_OF.get(language);
        Pattern contexts = language == null ? POOLED
                : words != null && !words.contains(text.substring(start, end).toLowerCase(Locale.ROOT)) ? NEUTRAL
                : BY_LANGUAGE.getOrDefault(language, NEUTRAL);
        return contexts.matcher(marked)
                .region(Math.max(0, at - REACH_BEFORE), Math.min(marked.length(), at + 1 + REACH_AFTER))
                .useTransparentBounds(true).useAnchoringBounds(false).find();
    }

    /** How far before and after the name a context may reach, in characters. */
    private static final int REACH_BEFORE = 120;
    private static final int REACH_AFTER = 100;

    /**
     * The contexts by section: "" for those of every language (before any section), then {@code [de]}, {@code [fr]} …;
     * and the words of a language, {@code [de-words]}, whitespace-separated.
     */
    private static Map<String, List<String>> read() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("", new ArrayList<>());
        String section = "";
        try (InputStream in = OrdinarySenses.class.getResourceAsStream("/ordinary/senses.cues")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /ordinary/senses.cues");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String context = line.strip();
                if (context.matches("\\[[a-z]{2,3}(?:" + WORDS_SUFFIX + ")?]")) {
                    section = context.substring(1, context.length() - 1);
                } else if (!context.isEmpty() && !context.startsWith("#")) {
                    sections.computeIfAbsent(section, s -> new ArrayList<>()).add(context.replace("{WORD}", String.valueOf(WORD)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sections;
    }

    private static Pattern compile(List<String> contexts) {
        // The contexts that open with the name are tried as one branch, the name matched once, and so are those that
        // open a line with it: at the many positions of the window where the name is not, one test fails instead of
        // one per context (rules-9; the same matches, since a branch matches where its alternatives would)
        String name = String.valueOf(WORD);
        String opening = "^\\W*" + name;
        List<String> atName = new ArrayList<>();
        List<String> atOpening = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String context : contexts) {
            if (context.startsWith(name)) {
                atName.add(context.substring(name.length()));
            } else if (context.startsWith(opening)) {
                atOpening.add(context.substring(opening.length()));
            } else {
                others.add(context);
            }
        }
        List<String> branches = new ArrayList<>(others);
        if (!atName.isEmpty()) {
            branches.add(name + "(?:" + String.join("|", atName) + ")");
        }
        if (!atOpening.isEmpty()) {
            branches.add(opening + "(?:" + String.join("|", atOpening) + ")");
        }
        return Pattern.compile(branches.isEmpty() ? "(?!)" : "(?:" + String.join("|", branches) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
    }
}
