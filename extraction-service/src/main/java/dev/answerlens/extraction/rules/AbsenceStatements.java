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

    /** Cues that end right before the brand: "... information about X", "I'm not aware of X", "keine Informationen über X". */
    private static final Pattern BEFORE_BRAND = Pattern.compile("(?:"
            + "(?:\\b(?:could|can|did|do|does|was|were)" + NOT + "|\\bcannot|\\b(?:unable|failed)\\s+to)"
            + "\\s+(?:find|locate|identify|verify|confirm|see)\\s+" + QUALIFIERS + INFORMATION + "\\s+" + ABOUT
            + "|\\b(?:could|can|did)" + NOT + "\\s+find\\s+(?:any\\s+)?(?:(?:mentions?|references?)\\s+(?:of|to)\\s+)?"
            + "|\\bno\\s+" + QUALIFIERS + INFORMATION + "\\s+" + ABOUT
            + "|\\bnot\\s+(?:aware|familiar)\\s+(?:of|with)"
            + "|\\bunaware\\s+of"
            + "|\\b(?:(?:do|does)" + NOT + "|never)\\s+(?:know|heard)\\s+(?:of|about)"
            + "|\\b(?:have|has)" + NOT + "\\s+(?:\\w+\\s+)?heard\\s+(?:of|about)"
            + "|\\b(?:do|does)" + NOT + "\\s+have\\s+" + QUALIFIERS + INFORMATION + "\\s+" + ABOUT
            + "|\\bhave\\s+no\\s+" + QUALIFIERS + INFORMATION + "\\s+" + ABOUT
            + "|\\bthere(?:\\s+is|" + APOSTROPHE + "s|\\s+are)\\s+no\\s+(?:company|product|tool|brand|platform|app|service|vendor)s?"
            + "\\s+(?:called|named)"
            // German, French, Spanish, Dutch
            + "|\\bkeine\\s+(?:\\p{L}+\\s+)?(?:Informationen|Angaben|Daten|Hinweise)\\s+(?:über|zu|zum|zur)"
            + "|\\b(?:pas|aucune?)\\s+(?:d['\u2019]|de\\s+)?(?:informations?|données|renseignements)"
            + "\\s+(?:\\p{L}+\\s+)?(?:sur|concernant|à\\s+propos\\s+de)"
            + "|\\bje\\s+ne\\s+connais\\s+pas"
            + "|\\bno\\s+(?:tengo|encontr[ée]|encuentro|hay|dispongo\\s+de)\\s+(?:\\p{L}+\\s+)?(?:información|datos)"
            + "\\s+(?:\\p{L}+\\s+)?(?:sobre|acerca\\s+de)"
            + "|\\bno\\s+conozco"
            + "|\\bgeen\\s+(?:\\p{L}+\\s+)?(?:informatie|gegevens)\\s+(?:over|van)"
            + ")(?:\\s+(?:the|a|an|any|un|une|el|la))?"
            + "(?:\\s+(?:company|brand|product|tool|vendor|platform|app|service|software))?"
            + "(?:\\s+(?:called|named))?" + OPENING_MARKUP + "$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Cues that follow the brand: "X is not mentioned", "X does not appear in ...", "X wird nicht erwähnt". */
    private static final Pattern AFTER_BRAND = Pattern.compile(CLOSING_MARKUP + "\\s+(?:"
            + "(?:is|was|are|were)" + NOT + "\\s+(?:mentioned|listed|referenced|cited)\\b"
            + "|(?:is|was|are|were)" + NOT + "\\s+featured\\s+(?:in|on|among)\\b"
            + "|(?:does|did|do)" + NOT + "\\s+(?:appear|show\\s+up)(?:\\s+(?:in|on|among|anywhere)\\b|\\s*[.!?]|\\s*$)"
            + "|(?:does|did|do)" + NOT + "\\s+(?:seem|appear)\\s+to\\s+(?:exist|be\\s+(?:a\\s+|an\\s+)?"
            + "(?:real|known|widely[\\s-]known|well[\\s-]known|established|documented))\\b"
            + "|(?:is|was)" + NOT + "\\s+(?:something|a\\s+(?:company|product|tool|brand|name))\\s+I(?:" + APOSTROPHE
            + "m|\\s+am)\\s+(?:familiar|aware)"
            // German, French, Spanish, Dutch
            + "|(?:wird|werden)\\s+(?:\\p{L}+\\s+){0,6}nicht\\s+(?:erwähnt|genannt|aufgeführt)"
            + "|(?:ist|sind)\\s+mir\\s+nicht\\s+bekannt|kenne\\s+ich\\s+nicht"
            + "|n['\u2019]est\\s+pas\\s+(?:mentionnée?|citée?|répertoriée?)(?!\\p{L})|n['\u2019]apparaît\\s+pas\\b"
            + "|no\\s+(?:se\\s+menciona|aparece|es\\s+mencionad[oa])\\b"
            + "|(?:wordt|worden)\\s+niet\\s+(?:genoemd|vermeld)|ken\\s+ik\\s+niet"
            + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whole-sentence cues: "Neither X nor Y was featured in ...", "Über X habe ich keine Informationen". */
    private static final Pattern WHOLE_SENTENCE = Pattern.compile(
            "\\bneither\\b.{1,80}\\bnor\\b.{1,80}\\b(?:is|are|was|were)\\s+(?:mentioned|featured|listed|included|covered|cited)\\b"
                    + "|\\b(?:habe|haben)\\s+(?:ich|wir)\\s+keine\\s+(?:\\p{L}+\\s+)?(?:Informationen|Angaben|Daten)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    private AbsenceStatements() {
    }

    /** The occurrences that are not inside an absence statement. */
    static List<Occurrence> withoutAbsences(String text, List<Occurrence> occurrences) {
        Set<Integer> absenceSentenceStarts = new HashSet<>();
        for (Occurrence occurrence : occurrences) {
            Sentence sentence = Sentence.around(text, occurrence.start(), occurrence.end());
            String before = text.substring(sentence.start(), occurrence.start());
            String after = text.substring(occurrence.end(), sentence.end());
            if (BEFORE_BRAND.matcher(before).find() || AFTER_BRAND.matcher(after).lookingAt()
                    || WHOLE_SENTENCE.matcher(text).region(sentence.start(), sentence.end()).find()) {
                absenceSentenceStarts.add(sentence.start());
            }
        }
        return occurrences.stream()
                .filter(o -> !absenceSentenceStarts.contains(Sentence.around(text, o.start(), o.end()).start()))
                .toList();
    }
}
