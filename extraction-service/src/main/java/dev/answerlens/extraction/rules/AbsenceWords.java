package dev.answerlens.extraction.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One word section of the absence cues ({@code [negation]}, {@code [knowing]} …) as a set: plain words are looked up
 * in a hash set, word by word, and so are stems ({@code kein*}, {@code valut*}: a word starting with one, found
 * by its first letters); only words with a leading wildcard ({@code *n't}) or phrases ("as far as I know") are
 * searched for. The clause judgement asks about every word of every clause it reads, so this is what keeps the rules
 * as fast as before it.
 */
final class AbsenceWords {
    private final WordTable<Boolean> plain;
    private final StemTrie stems = new StemTrie();
    private final List<AbsenceTrigger> searched = new ArrayList<>();
    /** The searched ones without a space: only they can be inside one word. */
    private final List<AbsenceTrigger> searchedInAWord = new ArrayList<>();
    /**
     * Phrases by their first word ("a mystery to me" under "a"): tried only where that word stands, so a phrase costs a
     * look-up per word rather than a search through the sentence (rules-14 added dozens of them).
     */
    private final WordTable<List<AbsenceTrigger>> phrasesByFirstWord;
    /** Where each searched one stands in {@link #searched}, so that the first of several matching is the file's first. */
    private final java.util.IdentityHashMap<AbsenceTrigger, Integer> searchedOrder = new java.util.IdentityHashMap<>();
    /** The searched ones that are not phrases indexed by their first word. */
    private final List<AbsenceTrigger> scanned = new ArrayList<>();

    AbsenceWords(List<AbsenceTrigger> words) {
        Map<String, Boolean> plainWords = new HashMap<>();
        Map<String, List<AbsenceTrigger>> phrases = new HashMap<>();
        for (AbsenceTrigger w : words) {
            if (w.ending() || w.word().indexOf(' ') >= 0 || w.longer() && !isLetters(w.word())) {
                searched.add(w);
                if (w.word().indexOf(' ') < 0) {
                    searchedInAWord.add(w);
                }
                String first = w.word().substring(0, Math.max(0, w.word().indexOf(' ')));
                if (!w.ending() && !first.isEmpty() && WordRun.end(first, 0, first.length(), WordRun.LETTER_NUMBER_OR_APOSTROPHE)
                        == first.length()) {
                    phrases.computeIfAbsent(first, k -> new ArrayList<>()).add(w);
                } else {
                    scanned.add(w);
                }
            } else if (w.longer()) {
                stems.add(w.word());
            } else {
                plainWords.put(w.word(), Boolean.TRUE);
            }
        }
        plain = new WordTable<>(plainWords);
        phrasesByFirstWord = new WordTable<>(phrases);
        for (int i = 0; i < searched.size(); i++) {
            searchedOrder.putIfAbsent(searched.get(i), i);
        }
    }

    /** The words and phrases searched for rather than looked up (a wildcard or a space in them). */
    List<AbsenceTrigger> searched() {
        return searched;
    }

    /**
     * The end of the first of {@link #searched()} (in the order of the file) that starts at {@code at} and ends within
     * {@code to}, or 0: those indexed by their first word are looked up by the word at {@code at}, only the others are
     * tried one by one ({@code [hedge]} phrases, asked at every word of every clause read).
     */
    int searchedEndAt(String lower, int at, int to) {
        int first = Integer.MAX_VALUE;
        int firstEnd = 0;
        int wordEnd = WordRun.end(lower, at, to, WordRun.LETTER_NUMBER_OR_APOSTROPHE);
        List<AbsenceTrigger> byWord = wordEnd > at ? phrasesByFirstWord.get(lower, at, wordEnd) : null;
        for (List<AbsenceTrigger> candidates : byWord == null ? List.of(scanned) : List.of(byWord, scanned)) {
            for (AbsenceTrigger w : candidates) {
                int end = at + w.word().length();
                int order = searchedOrder.get(w);
                if (order < first && end <= to && lower.startsWith(w.word(), at) && w.in(lower, at, end)) {
                    first = order;
                    firstEnd = end;
                }
            }
        }
        return firstEnd;
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
        List<AbsenceTrigger> phrases = phrasesByFirstWord.get(lower, at, wordEnd);
        if (phrases != null) {
            for (AbsenceTrigger phrase : phrases) {
                if (phrase.in(lower, at, Math.min(to, at + phrase.word().length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the word [from, to) is a plain word or starts with a stem, or holds one between the characters that are no
     * letters ("i" in "i'm"); read in place, no word cut out (the clause judgement asks this of every word it reads).
     */
    private boolean isPlain(String lower, int from, int to) {
        if (isOne(lower, from, to)) {
            return true;
        }
        if (!isLetters(lower, from, to)) {
            int at = from; // the runs of letters between the rest, by code point as the pattern [^\p{L}]+ would split them
            while (at < to) {
                while (at < to && !Character.isLetter(lower.codePointAt(at))) {
                    at += Character.charCount(lower.codePointAt(at));
                }
                int end = at;
                while (end < to && Character.isLetter(lower.codePointAt(end))) {
                    end += Character.charCount(lower.codePointAt(end));
                }
                if (end > at && isOne(lower, at, Math.min(end, to))) {
                    return true;
                }
                at = end;
            }
        }
        return false;
    }

    private boolean isOne(String lower, int from, int to) {
        return plain.get(lower, from, to) != null || stems.startsOne(lower, from, to);
    }

    /** Stems as a trie of their letters: a word starts with one when walking its letters reaches a stem's end. */
    private static final class StemTrie {
        private char[] letters = new char[0];
        private StemTrie[] children = new StemTrie[0];
        private boolean end;

        void add(String stem) {
            StemTrie node = this;
            for (int i = 0; i < stem.length(); i++) {
                StemTrie child = node.child(stem.charAt(i));
                if (child == null) {
                    child = new StemTrie();
                    node.letters = java.util.Arrays.copyOf(node.letters, node.letters.length + 1);
                    node.children = java.util.Arrays.copyOf(node.children, node.children.length + 1);
                    node.letters[node.letters.length - 1] = stem.charAt(i);
                    node.children[node.children.length - 1] = child;
                }
                node = child;
            }
            node.end = true;
        }

        private StemTrie child(char letter) {
            for (int i = 0; i < letters.length; i++) {
                if (letters[i] == letter) {
                    return children[i];
                }
            }
            return null;
        }

        boolean isEmpty() {
            return letters.length == 0;
        }

        /** Whether the word [from, to) of the text starts with a stem. */
        boolean startsOne(String text, int from, int to) {
            StemTrie node = this;
            for (int i = from; i < to && !node.end; i++) {
                node = node.child(text.charAt(i));
                if (node == null) {
                    return false;
                }
            }
            return node.end && node != this;
        }
    }

    private static boolean isLetters(String token) {
        return isLetters(token, 0, token.length());
    }

    private static boolean isLetters(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 128 ? (c | 0x20) < 'a' || (c | 0x20) > 'z' : !Character.isLetter(c)) { // the ASCII letters read as such
                return false;
            }
        }
        return true;
    }
}
