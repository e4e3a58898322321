package dev.answerlens.extraction.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One word section of the absence cues ({@code [negation]}, {@code [knowing]} …) as a set: plain words are looked up
 * in a hash set, word by word, and so are stems ({@code kein*}, {@code valut*}: a word starting with one, found
 * by its first letters); only words with a leading wildcard ({@code *n't}) or phrases ("as far as I know") are
 * searched for. The clause judgement asks about every word of every clause it reads, so this is what keeps the rules
 * as fast as before it.
 */
final class AbsenceWords {
    private static final Pattern INSIDE_A_WORD = Pattern.compile("[^\\p{L}]+");

    private final Set<String> plain = new HashSet<>();
    private final StemTrie stems = new StemTrie();
    private final List<AbsenceTrigger> searched = new ArrayList<>();
    /** The searched ones without a space: only they can be inside one word. */
    private final List<AbsenceTrigger> searchedInAWord = new ArrayList<>();
    /**
     * Phrases by their first word ("a mystery to me" under "a"): tried only where that word stands, so a phrase costs a
     * look-up per word rather than a search through the sentence (rules-14 added dozens of them).
     */
    private final Map<String, List<AbsenceTrigger>> phrasesByFirstWord = new HashMap<>();
    /** The searched ones that are not phrases indexed by their first word. */
    private final List<AbsenceTrigger> scanned = new ArrayList<>();

    AbsenceWords(List<AbsenceTrigger> words) {
        for (AbsenceTrigger w : words) {
            if (w.ending() || w.word().indexOf(' ') >= 0 || w.longer() && !isLetters(w.word())) {
                searched.add(w);
                if (w.word().indexOf(' ') < 0) {
                    searchedInAWord.add(w);
                }
                String first = w.word().substring(0, Math.max(0, w.word().indexOf(' ')));
                if (!w.ending() && !first.isEmpty() && WordRun.end(first, 0, first.length(), WordRun.LETTER_NUMBER_OR_APOSTROPHE)
                        == first.length()) {
                    phrasesByFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(w);
                } else {
                    scanned.add(w);
                }
            } else if (w.longer()) {
                stems.add(w.word());
            } else {
                plain.add(w.word());
            }
        }
    }

    /** The words and phrases searched for rather than looked up (a wildcard or a space in them). */
    List<AbsenceTrigger> searched() {
        return searched;
    }

    /**
     * Whether the word [from, to) of lower-cased text is one of them (or holds one between apostrophes: "i" in "i'm");
     * a phrase cannot be one word, so phrases are not tried.
     */
    boolean isWord(String lower, int from, int to) {
        if ((!plain.isEmpty() || !stems.isEmpty()) && isPlain(lower, from, to)) {
            return true;
        }
        for (AbsenceTrigger w : searchedInAWord) {
            if (w.in(lower, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of them occurs as a whole word (or phrase) in [from, to) of lower-cased text. */
    boolean in(String lower, int from, int to) {
        if (!plain.isEmpty() || !stems.isEmpty() || !phrasesByFirstWord.isEmpty()) {
            java.util.Objects.checkFromToIndex(from, to, lower.length()); // a bad range fails, as a matcher's region does
            int wordEnd;
            for (int at = from; at < to; at = Math.max(wordEnd, at + 1)) {
                wordEnd = WordRun.end(lower, at, to, WordRun.LETTER_NUMBER_OR_APOSTROPHE);
                if (wordEnd == at) {
                    continue;
                }
                boolean startsWhole = at == 0 || !Character.isLetter(lower.charAt(at - 1));
                boolean whole = startsWhole && (wordEnd >= lower.length() || !Character.isLetter(lower.charAt(wordEnd)));
                if (whole && isPlain(lower, at, wordEnd) || startsWhole && phraseAt(lower, at, wordEnd, to)) {
                    return true;
                }
            }
        }
        for (AbsenceTrigger w : scanned) {
            if (w.in(lower, from, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of the phrases whose first word is the word [at, wordEnd) starts there and ends within {@code to}:
     * for judgements that read a clause word by word, where a phrase ("on file") is found at its first word.
     */
    boolean phraseAt(String lower, int at, int wordEnd, int to) {
        if (phrasesByFirstWord.isEmpty()) {
            return false;
        }
        List<AbsenceTrigger> phrases = phrasesByFirstWord.get(lower.substring(at, wordEnd));
        if (phrases != null) {
            for (AbsenceTrigger phrase : phrases) {
                if (phrase.in(lower, at, Math.min(to, at + phrase.word().length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isPlain(String lower, int from, int to) {
        String token = lower.substring(from, to);
        if (plain.contains(token) || startsWithStem(token)) {
            return true;
        }
        if (!isLetters(token)) {
            for (String part : INSIDE_A_WORD.split(token)) {
                if (plain.contains(part) || startsWithStem(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean startsWithStem(String word) {
        return stems.startsOne(word);
    }

    /** Stems as a trie of their letters: a word starts with one when walking its letters reaches a stem's end. */
    private static final class StemTrie {
        private final java.util.Map<Character, StemTrie> next = new java.util.HashMap<>();
        private boolean end;

        void add(String stem) {
            StemTrie node = this;
            for (int i = 0; i < stem.length(); i++) {
                node = node.next.computeIfAbsent(stem.charAt(i), c -> new StemTrie());
            }
            node.end = true;
        }

        boolean isEmpty() {
            return next.isEmpty();
        }

        boolean startsOne(String word) {
            StemTrie node = this;
            for (int i = 0; i < word.length() && !node.end; i++) {
                node = node.next.get(word.charAt(i));
                if (node == null) {
                    return false;
                }
            }
            return node.end && node != this;
        }
    }

    private static boolean isLetters(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isLetter(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
