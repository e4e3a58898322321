package dev.answerlens.extraction.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises sentences saying a brand is unknown or missing ("I couldn't find reliable information
 * about Hooli.", "Initech is not mentioned in the reviews."). Such a sentence is not a mention of
 * anything in it. The cue must sit right next to a brand, so "Globex is great, though I'm not aware
 * of a free tier" still counts.
 */
final class AbsenceStatements {
    private static final String APOSTROPHE = "['\u2019]";
    private static final String NOT = "(?:n" + APOSTROPHE + "t|\\s+not)";
    private static final String QUALIFIERS =
            "(?:(?:any|much|reliable|specific|credible|detailed|current|up-to-date|recent|public|concrete|enough)\\s+)*";
    private static final String INFORMATION =
            "(?:information|info|data|details|evidence|mentions?|references?|results|reviews|coverage|knowledge)";
    private static final String ABOUT = "(?:about|on|for|regarding|concerning|of)";
    private static final String OPENING_MARKUP = "[\\s*_\"'\u201C\u2018\\[]*";
    private static final String CLOSING_MARKUP = "(?:" + APOSTROPHE + "s?)?[*_\"'\u201D\u2019\\]]*";

    /** Cues that end right before the brand: "... information about X", "I'm not aware of X". */
    private static final Pattern BEFORE_BRAND = Pattern.compile("(?:"
            + "(?:\\b(?:could|can|did|do|does|was|were)" + NOT + "|\\bcannot|\\b(?:unable|failed)\\s+to)"
            + "\\s+(?:find|locate|identify|verify|confirm|see)\\s+" + QUALIFIERS + INFORMATION + "\\s+" + ABOUT
            + "|\\bno\\s+" + QUALIFIERS + INFORMATION + "\\s+" + ABOUT
            + "|\\bnot\\s+(?:aware|familiar)\\s+(?:of|with)"
            + "|\\bunaware\\s+of"
            + "|\\b(?:do|does)" + NOT + "\\s+have\\s+" + QUALIFIERS + INFORMATION + "\\s+" + ABOUT
            + "|\\bhave\\s+no\\s+" + QUALIFIERS + INFORMATION + "\\s+" + ABOUT
            + ")(?:\\s+the\\s+(?:company|brand|product|tool|vendor|platform))?" + OPENING_MARKUP + "$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Cues that follow the brand: "X is not mentioned", "X does not appear in ...". */
    private static final Pattern AFTER_BRAND = Pattern.compile(CLOSING_MARKUP + "\\s+(?:"
            + "(?:is|was|are|were)" + NOT + "\\s+(?:mentioned|listed|referenced|cited)\\b"
            + "|(?:is|was|are|were)" + NOT + "\\s+featured\\s+(?:in|on|among)\\b"
            + "|(?:does|did|do)" + NOT + "\\s+(?:appear|show\\s+up)(?:\\s+(?:in|on|among|anywhere)\\b|\\s*[.!?]|\\s*$)"
            + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private AbsenceStatements() {
    }

    /** The occurrences that are not inside an absence statement. */
    static List<Occurrence> withoutAbsences(String text, List<Occurrence> occurrences) {
        Set<Integer> absenceSentenceStarts = new HashSet<>();
        for (Occurrence occurrence : occurrences) {
            Sentence sentence = Sentence.around(text, occurrence.start(), occurrence.end());
            String before = text.substring(sentence.start(), occurrence.start());
            String after = text.substring(occurrence.end(), sentence.end());
            if (BEFORE_BRAND.matcher(before).find() || AFTER_BRAND.matcher(after).lookingAt()) {
                absenceSentenceStarts.add(sentence.start());
            }
        }
        return occurrences.stream()
                .filter(o -> !absenceSentenceStarts.contains(Sentence.around(text, o.start(), o.end()).start()))
                .toList();
    }
}
