package dev.answerlens.extraction.rules;

import java.util.Map;

/**
 * Words (strings) and what each stands for, looked up by a range of a text without cutting the range out first:
 * hashing and comparing read the text in place, so the look-up per word that the absence cues and the language guess
 * make allocates nothing. Built once, read by many threads; open addressing, linear probing.
 */
final class WordTable<V> {
    private final String[] keys;
    private final Object[] values;
    private final int mask;
    private final int size;
    /** The longest word's length: a longer range is no word of the table, told without hashing it. */
    private final int longest;

    WordTable(Map<String, V> entries) {
        size = entries.size();
        int capacity = Integer.highestOneBit(Math.max(8, entries.size() * 3)) << 1; // at most a third full
        keys = new String[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        longest = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
        entries.forEach((key, value) -> {
            int slot = spread(key.hashCode()) & mask;
            while (keys[slot] != null && !keys[slot].equals(key)) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
        });
    }

    /** What the word [from, to) of the text stands for, or null; the text's characters as they are. */
    V get(String text, int from, int to) {
        return find(text, from, to, false);
    }

    /**
     * As {@link #get}, for the word in lower case with a typographic apostrophe read as a straight one ("Qu’il" as
     * "qu'il"): what {@code toLowerCase(Locale.ROOT).replace('\u2019', '\'')} of the range would look up, for the words a
     * table of lower-case words can hold (letters whose lower case is one character).
     */
    V getFolded(String text, int from, int to) {
        return find(text, from, to, true);
    }

    private V find(String text, int from, int to, boolean folded) {
        int length = to - from;
        if (length > longest) {
            return null;
        }
        int hash = 0;
        if (folded) { // two loops, so that the one a look-up takes does not ask at every character which it is
            for (int i = from; i < to; i++) {
                hash = 31 * hash + fold(text.charAt(i));
            }
        } else {
            for (int i = from; i < to; i++) {
                hash = 31 * hash + text.charAt(i);
            }
        }
        for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key.length() == length && equalRange(key, text, from, folded)) {
                @SuppressWarnings("unchecked")
                V value = (V) values[slot];
                return value;
            }
        }
        return null;
    }

    boolean isEmpty() {
        return size == 0;
    }

    private static boolean equalRange(String key, String text, int from, boolean folded) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != charAt(text, from + i, folded)) {
                return false;
            }
        }
        return true;
    }

    private static char charAt(String text, int i, boolean folded) {
        return folded ? fold(text.charAt(i)) : text.charAt(i);
    }

    /**
     * A character in lower case, a typographic apostrophe as a straight one. A capital I with a dot (U+0130), whose
     * lower case is two characters, stays itself, so that it matches no lower-case word, as the two characters would not.
     */
    private static char fold(char c) {
        if (c == '\u2019') {
            return '\'';
        }
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c == '\u0130' ? c : Character.toLowerCase(c);
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
