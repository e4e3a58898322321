package dev.answerlens.extraction.rules;

import java.util.Locale;

/**
 * One {@code [trigger]} word of the absence cues, found as a whole word in lower-cased text: {@code kein*} also as the
 * start of a longer word ("keine"), {@code *n't} also as the end of one ("couldn't").
 */
record AbsenceTrigger(String word, boolean longer, boolean ending) {

    static AbsenceTrigger of(String written) {
        String w = written.strip().toLowerCase(Locale.ROOT);
        boolean ending = w.startsWith("*");
        boolean longer = w.endsWith("*");
        return new AbsenceTrigger(w.substring(ending ? 1 : 0, w.length() - (longer ? 1 : 0)), longer, ending);
    }

    /**
     * Whether it occurs in {@code lower} between {@code from} and {@code to}. Searches that range only: the clause
     * judgement asks this word by word, and a search to the end of the answer each time made the rules a third slower.
     */
    boolean in(String lower, int from, int to) {
        int last = Math.min(to, lower.length()) - word.length();
        int start = Math.max(0, from);
        if (word.isEmpty() || last < start) {
            return false;
        }
        char first = word.charAt(0);
        // its first letter found with indexOf, bounded to where the word still fits: the scan is the cost of a word searched
        for (int at = lower.indexOf(first, start, last + 1); at >= 0; at = lower.indexOf(first, at + 1, last + 1)) {
            if (!lower.startsWith(word, at)) {
                continue;
            }
            boolean startOk = ending || at == 0 || !Character.isLetter(lower.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = longer || end >= lower.length() || !Character.isLetter(lower.charAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }
}
