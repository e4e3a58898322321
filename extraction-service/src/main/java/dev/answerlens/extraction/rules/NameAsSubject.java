package dev.answerlens.extraction.rules;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a name opening an English sentence is the subject it goes on to describe (rules-27): followed by a
 * possessive ("Heap's autocapture"), by a comma, dash, colon or bracket that sets off what it is ("Front, on the other
 * hand, …"), by a verb in the third person or the past ("Hopper predicts fares", "Mist flagged the access point") or by
 * one of the words of {@code /ordinary/subject-verbs.cues} ("Framer lets designers …", "Mist by Juniper"). Not so
 * followed — by a noun or an adjective ("Kayak rental at Lake Bled", "Wise move to keep …", "Wise after the event") —
 * it is the word. Other languages' verbs are not told apart from nouns by their endings, so a name opening a sentence
 * in another language always counts as a subject.
 */
final class NameAsSubject {
    private static final Set<String> WORDS = CueLines.words("/ordinary/subject-verbs.cues");
    private static final String SETTING_OFF = ",;:(\u2013\u2014-";

    private NameAsSubject() {
    }

    static boolean after(String text, int start, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == '*' || text.charAt(i) == '_')) {
            i++; // "**Arc** is"
        }
        if (i >= text.length()) {
            return true;
        }
        if (text.charAt(i) == '\'' || text.charAt(i) == '\u2019' || SETTING_OFF.indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        if (text.charAt(i) != ' ') {
            return true;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i < text.length() && SETTING_OFF.indexOf(text.charAt(i)) >= 0) {
            return true; // "Hey — …", "Front – the shared inbox"
        }
        int to = i;
        while (to < text.length() && (Character.isLetter(text.charAt(to)) || text.charAt(to) == '\'' || text.charAt(to) == '\u2019')) {
            to++;
        }
        String word = text.substring(i, to).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        if (word.isEmpty() || WORDS.contains(word)) {
            return true;
        }
        Sentence sentence = Sentence.around(text, start, end);
        if (!"en".equals(AbsenceCues.all().guess.ofSentence(text, sentence.start(), sentence.end()))) {
            return true;
        }
        return Character.isLowerCase(text.charAt(i)) && (word.endsWith("s") || word.endsWith("ed"));
    }
}
