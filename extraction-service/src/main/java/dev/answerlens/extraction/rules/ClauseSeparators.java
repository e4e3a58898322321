package dev.answerlens.extraction.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause separators ({@code [separator]} cues) of the sentences of one answer, each sentence searched once and only
 * where a separator can open: the cues open with a look-ahead at the characters that may start one ("(?=[;,()–—])"),
 * and a {@code find()} tries that look-ahead through the pattern engine at every character of the sentence, which made
 * this search the largest single cost of the absence statements. Here the characters are tested first and the pattern
 * is tried at those that pass; the matches are the ones a {@code find()} loop over the sentence's region gives, found
 * as far as a caller reads and no further. A pattern not of that form is searched with {@code find()}.
 */
final class ClauseSeparators {
    private final Pattern separator;
    /** Which characters can open a separator, or null when the pattern does not say (searched plainly then). */
    private final boolean[] openers;
    private final String text;
    private final Map<Long, InSentence> bySentence = new HashMap<>();

    ClauseSeparators(Pattern separator, String text) {
        this.separator = separator;
        this.openers = OPENERS.computeIfAbsent(separator, ClauseSeparators::openers).orElse(null);
        this.text = text;
    }

    /** The separators of the sentence [start, end) of the answer. */
    InSentence in(int start, int end) {
        return bySentence.computeIfAbsent(((long) start << 32) | end, key -> new InSentence(start, end));
    }

    /** One sentence's separators, the {@code i}-th being the one the {@code i}-th {@code find()} would give. */
    final class InSentence {
        private final int offset;
        private final String sentence;
        private final Matcher matcher;
        private int[] bounds = new int[8];
        private int found;
        private boolean exhausted;
        /** Where the next search starts, in the sentence. */
        private int next;

        private InSentence(int start, int end) {
            if (openers == null) {
                offset = 0;
                sentence = text;
                matcher = separator.matcher(text).region(start, end);
            } else {
                // the sentence alone, read with transparent and non-anchoring bounds, sees what the region [start, end)
                // of the text shows a matcher with the default bounds, whatever point its own region starts at:
                // look-behinds and "^" stop at the sentence's start, look-aheads and "$" at its end
                offset = start;
                sentence = text.substring(start, end);
                matcher = separator.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
            }
        }

        /** Whether there is an {@code i}-th separator (searching on as far as it). */
        boolean has(int i) {
            while (found <= i && !exhausted) {
                int start = openers == null ? matcher.find() ? matcher.start() : -1 : findFromNext();
                if (start >= 0) {
                    if (2 * found + 2 > bounds.length) {
                        bounds = Arrays.copyOf(bounds, 2 * bounds.length);
                    }
                    bounds[2 * found] = offset + start;
                    bounds[2 * found + 1] = offset + matcher.end();
                    found++;
                } else {
                    exhausted = true;
                }
            }
            return i < found;
        }

        /** Where the {@code i}-th separator starts; {@link #has} has said it exists. */
        int start(int i) {
            return bounds[2 * i];
        }

        int end(int i) {
            return bounds[2 * i + 1];
        }

        /**
         * Where the first match at or after {@link #next} starts, or -1: tried where an opener stands, as find() would
         * after the last match. The start is where lookingAt() tried, not its start(): a "^" in a look-behind sets that
         * to where it stands (a quirk of the JDK's matcher, which find() overwrites with the place it tried).
         */
        private int findFromNext() {
            for (int at = next; at < sentence.length(); at++) {
                if (openers[sentence.charAt(at)] && matcher.region(at, sentence.length()).lookingAt()) {
                    next = matcher.end() == at ? at + 1 : matcher.end(); // after an empty match, find() moves on one
                    return at;
                }
            }
            return -1;
        }
    }

    private static final Map<Pattern, Optional<boolean[]>> OPENERS = new ConcurrentHashMap<>();

    /**
     * The characters at which the pattern can start a match: those of the look-ahead at one character class that each
     * of its alternatives opens with ("(?:(?=[;,()–—])…|(?=[…])…)"), tried with the pattern's flags, and any surrogate
     * (a code point of two chars is left to the pattern); empty when an alternative opens otherwise, or the pattern
     * holds what this reading does not follow (inline flags, quoting, \G).
     */
    static Optional<boolean[]> openers(Pattern pattern) {
        String source = pattern.pattern();
        if (!source.startsWith("(?:") || !source.endsWith(")") || source.contains("\\Q") || source.contains("\\G")
                || Pattern.compile("\\(\\?[a-zA-Z-]").matcher(source).find()) {
            return Optional.empty();
        }
        List<String> alternatives = topLevelAlternatives(source.substring(3, source.length() - 1));
        if (alternatives == null) {
            return Optional.empty();
        }
        boolean[] openers = new boolean[Character.MAX_VALUE + 1];
        for (String alternative : alternatives) {
            int classEnd = alternative.startsWith("(?=[") ? classEnd(alternative, 3) : -1;
            if (classEnd < 0 || classEnd >= alternative.length() || alternative.charAt(classEnd) != ')') {
                return Optional.empty();
            }
            Matcher opener = Pattern.compile(alternative.substring(3, classEnd), pattern.flags()).matcher("");
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                openers[c] |= Character.isSurrogate((char) c) || opener.reset(String.valueOf((char) c)).matches();
            }
        }
        return Optional.of(openers);
    }

    /** The alternatives of a pattern at its top level, or null when its parentheses or classes do not balance. */
    private static List<String> topLevelAlternatives(String source) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int end = classEnd(source, i);
                if (end < 0) {
                    return null;
                }
                i = end - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return null;
            } else if (c == '|' && depth == 0) {
                alternatives.add(source.substring(from, i));
                from = i + 1;
            }
        }
        alternatives.add(source.substring(from));
        return depth == 0 ? alternatives : null;
    }

    /** Where the character class opening at {@code open} ends (after its "]"), nested classes included; -1 if unsure. */
    private static int classEnd(String source, int open) {
        if (open >= source.length() || source.charAt(open) != '[') {
            return -1;
        }
        int i = open + 1;
        if (i < source.length() && source.charAt(i) == '^') {
            i++;
        }
        if (i < source.length() && source.charAt(i) == ']') {
            return -1; // a "]" read as a member: not a form this reading follows
        }
        for (int depth = 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
