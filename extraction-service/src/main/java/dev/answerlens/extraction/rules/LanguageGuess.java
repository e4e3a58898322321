package dev.answerlens.extraction.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which tracked language a sentence (or, failing that, the whole answer) is written in, from the
 * {@code [function]} words of each language's absence file ("the", "und", "och", "não" …): a word read as English in
 * a French sentence ("a") or as Italian in an English one ("so") is judged by the words of the sentence's own language.
 * An elided word counts by its elision: {@code qu'} stands for "qu'outil", "qu’il".
 * Cheap by design — one hash lookup per word of the span — and undecided (null) when two languages tie or too few
 * function words occur, in which case the callers use every language's words, as before languages were told apart.
 */
final class LanguageGuess {
    /** Function words a span needs before its language counts as known. */
    private static final int LEAST_EVIDENCE = 2;

    private final List<String> languages;
    /** A function word and the languages it belongs to, as indexes into {@link #languages}. */
    private final WordTable<int[]> byWord;
    /** The last answer guessed whole, so that sentence after undecided sentence does not read it again. */
    private volatile Guessed lastAnswer = new Guessed("", null);

    private record Guessed(String text, String language) {
    }

    LanguageGuess(Map<String, List<String>> functionWords) {
        this.languages = new ArrayList<>(functionWords.keySet());
        Map<String, int[]> words = new HashMap<>();
        for (int i = 0; i < languages.size(); i++) {
            for (String written : functionWords.get(languages.get(i))) {
                String word = written.strip().toLowerCase(java.util.Locale.ROOT);
                int[] old = words.get(word);
                int[] now = old == null ? new int[] {i} : java.util.Arrays.copyOf(old, old.length + 1);
                now[now.length - 1] = i;
                words.put(word, now);
            }
        }
        byWord = new WordTable<>(words);
    }

    /** The language of [from, to) of the text, or null when its function words do not decide. */
    String of(String text, int from, int to) {
        if (languages.isEmpty()) {
            return null;
        }
        int[] counts = new int[languages.size()];
        int start = Math.max(0, from);
        int end = Math.min(to, text.length());
        java.util.Objects.checkFromToIndex(start, end, text.length()); // a bad range fails, as a matcher's region does
        int wordEnd;
        for (int at = start; at < end; at = Math.max(wordEnd, at + 1)) {
            wordEnd = WordRun.end(text, at, end, WordRun.LETTER_OR_APOSTROPHE);
            if (wordEnd == at || inDomain(text, at)) {
                continue;
            }
            int[] in = byWord.getFolded(text, at, wordEnd); // the word in lower case, looked up in place
            if (in == null) {
                int apostrophe = apostrophe(text, at, wordEnd);
                if (apostrophe > at && apostrophe < wordEnd - 1) {
                    in = byWord.getFolded(text, at, apostrophe + 1);
                }
            }
            if (in != null) {
                for (int language : in) {
                    counts[language]++;
                }
            }
        }
        int best = -1;
        int second = 0;
        for (int i = 0; i < counts.length; i++) {
            if (best < 0 || counts[i] > counts[best]) {
                second = best < 0 ? 0 : Math.max(second, counts[best]);
                best = i;
            } else {
                second = Math.max(second, counts[i]);
            }
        }
        return counts[best] >= LEAST_EVIDENCE && counts[best] > second ? languages.get(best) : null;
    }

    /** Where the first apostrophe (straight or typographic) of [from, to) stands, or -1. */
    private static int apostrophe(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2019') {
                return i;
            }
        }
        return -1;
    }

    /**
     * rules-15: the part of a domain after its dot ("monday.com", "kit.com") is no word of a language: "com" is
     * Portuguese "with", and read so it made "**monday.com** – unknown to me" a Portuguese sentence.
     */
    private static boolean inDomain(String text, int at) {
        return at > 1 && text.charAt(at - 1) == '.' && Character.isLetterOrDigit(text.charAt(at - 2));
    }

    /** The sentence's language; when it does not decide, the answer's; null when neither does. */
    String ofSentence(String text, int from, int to) {
        Span last = lastSpan;
        if (last.text() == text && last.from() == from && last.to() == to) {
            return last.language(); // the same sentence asked again, for its next name or by the next rule
        }
        String language = of(text, from, to);
        language = language != null ? language : ofAnswer(text);
        lastSpan = new Span(text, from, to, language);
        return language;
    }

    /** The last sentence guessed, by identity of its text. */
    private volatile Span lastSpan = new Span("", -1, -1, null);

    private record Span(String text, int from, int to, String language) {
    }

    /** The language of the whole answer, remembered for the answer being read. */
    String ofAnswer(String text) {
        Guessed last = lastAnswer;
        if (last.text().equals(text)) {
            return last.language();
        }
        String language = of(text, 0, text.length());
        lastAnswer = new Guessed(text, language);
        return language;
    }
}
