package dev.answerlens.extraction.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An absence statement in a wording no cue knows, judged from the words of the brand's clause: a negation (or a word
 * of lack: "too thin", "te weinig", "carezco"), a word of knowing, finding or sources, and a word of the answer
 * speaking of itself ("nothing on Fathom that I could verify", "Heap har jag ingen aktuell kunskap om") — or a word
 * that is negation and knowing at once ("unfamiliar to me", "okänd för mig", "eu desconheço") with a speaker word —
 * and the brand not the subject of a product verb ("Globex is great, though I'm not aware of a free tier"). The
 * product verb does not count when the brand stands in a question the answer cannot settle ("I can't say whether
 * Free Now is available there", "Ob Tier dort Roller anbietet, entzieht sich meiner Kenntnis"), next to a word that
 * is negation and knowing at once ("Hopper – den tjänsten är okänd för mig"), or when the statement points back at
 * it ("Penpot is a blind spot for me — I have nothing to say about it"), or when the clause says the brand is left out
 * ({@code [leaving]}: "Whereby is left out of the shortlist: I've never encountered it", "Trivago lasse ich außen vor").
 * The words are data: {@code [negation]},
 * {@code [knowing]}, {@code [unknowing]}, {@code [speaker]}, {@code [product]}, {@code [whether]} and
 * {@code [anaphor]} in each language's cues file.
 */
final class KnowledgeStatement {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019]+");
    private static final int PRODUCT_VERB_REACH = 3;
    private static final int WHETHER_REACH = 2;
    /**
     * How close after a product verb a {@code [naming]} word makes it a statement about the name ("is a name", rules-12:
     * "is not a product my knowledge covers").
     */
    private static final int NAMING_REACH = 3;
    /** How close after the {@code [naming]} word the speaker word must stand ("a name I can't place", not "the name everyone knows, and I …"). */
    private static final int SPEAKER_AFTER_NAMING = 3;
    /** How close after a negation a word that is knowing and speaker at once must stand ("no lo conozco", "non lo so"). */
    private static final int NEGATION_REACH = 2;
    /**
     * rules-21: how close after a negation a short word that is knowing and speaker at once may stand when a relative
     * pronoun leads to it ("nada do que sei", "nada de lo que sé", "niente di quello che so": nothing of what I know).
     */
    private static final int RELATIVE_REACH = 4;
    /** How many words a fragment opening with a word of not knowing may hold to leave the speaker unsaid. */
    private static final int FRAGMENT_WORDS = 8;
    /** How long a speaker word after the verb may be to be its subject (a pronoun: "har jag", "habe ich", "heb ik"). */
    private static final int INVERTED_SPEAKER_LENGTH = 6;
    /** Letters from which a word both knowing and speaker counts as both after an earlier negation in the clause. */
    private static final int LONG_BOTH = 4;
    /** How many words before "que"/"di" a comparative may stand ("una herramienta mejor que", "meilleur outil qu'"). */
    private static final int COMPARATIVE_REACH = 4;

    private KnowledgeStatement() {
    }

    /** Whether the clause [start, end) around the occurrence [brandStart, brandEnd) is such a statement. */
    static boolean holds(AbsenceCues cues, String lower, int start, int end, int brandStart, int brandEnd) {
        if (!statement(cues, lower, start, end, false, brandStart, brandEnd)) {
            return false;
        }
        return brandEnd < start || brandEnd > end || !productSubject(cues, lower, brandEnd, end)
                || inQuestion(cues, lower, start, brandStart) || topic(cues, lower, start, brandStart) || cues.words.get("unknowing").in(lower, start, end)
                || cues.words.get("anaphor").in(lower, brandEnd, end)
                || cues.words.get("leaving").in(lower, start, end);
    }

    /**
     * Whether the words of [start, end) say the answer does not know or find something: negation, knowing and speaker
     * words, or a word that is negation and knowing at once with a speaker word. One word is knowing and speaker at
     * once ("sé", "conozco" is "I know") only just after a negation ("no sé nada", "no lo conozco"), not as the Italian
     * "so" in "Fathom doesn't do funnels, so it's the wrong tool". Words that only look like it do not count: a hedge
     * that claims knowledge ({@code [hedge]}: "as far as I know"), a negation of a fault ({@code [fault]}: "no
     * complaints about it"), a knowing word that is about something else ({@code [aside]}: "I don't know why people
     * pay for it", "I can't say enough good things"; but "I don't know enough about it", a {@code [topic]} word after, and
     * rules-35: "non ne so abbastanza per darvi un parere", a {@code [purpose]} word after).
     */
    static boolean statement(AbsenceCues cues, String lower, int start, int end) {
        return statement(cues, lower, start, end, false, -1, -1);
    }

    /**
     * The same judgement over a fragment that follows a name heading a list item or a table row ("| Bunq | Angaben
     * fehlen in den Quellen |", "3. **folk** – nelle fonti non c'è traccia"): such a fragment is the answer's note on the
     * name, so the speaker is left unsaid: a negation (or word of lack) and two words of knowing, finding or sources
     * suffice ("no information found", "Angaben … Quellen"), one does not ("no personal data collected").
     */
    static boolean headNote(AbsenceCues cues, String lower, int start, int end) {
        return opensWithStatement(cues, lower, start, end) && statement(cues, lower, start, end, true, -1, -1);
    }

    /**
     * A short note that opens with what it says of the brand's being known and holds a negation and a word of knowing
     * ("non verificato", "not confirmed", "nicht bekannt"): one such cell says nothing of the brand as a whole; a table
     * row of nothing else does ({@link AbsenceStatements}).
     */
    static boolean thinNote(AbsenceCues cues, String lower, int start, int end) {
        boolean unknowing = cues.words.get("unknowing").in(lower, start, end);
        return opensWithStatement(cues, lower, start, end)
                && (unknowing || cues.words.get("negation").in(lower, start, end)
                && cues.words.get("knowing").in(lower, start, end));
    }

    /** How many words into a note its negation or knowing word may stand: "nelle fonti non c'è traccia". */
    private static final int NOTE_OPENING_WORDS = 3;

    /**
     * The note opens with what it says of the brand's being known ("no information found", "Angaben fehlen …", "nelle
     * fonti non …"), not with what the product does ("captures every event, no manual tracking info needed").
     */
    private static boolean opensWithStatement(AbsenceCues cues, String lower, int start, int end) {
        Matcher word = WORD.matcher(lower).region(start, end);
        for (int i = 0; i < NOTE_OPENING_WORDS && word.find(); i++) {
            for (String section : List.of("negation", "unknowing", "knowing")) {
                // rules-44: a word of knowing only among the first two ("- **▮** shows which pages and sources bring
                // visitors, without a cookie banner" says what the product shows)
                if ((i < NOTE_OPENING_WORDS - 1 || !section.equals("knowing"))
                        && cues.words.get(section).isWord(lower, word.start(), word.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean statement(AbsenceCues cues, String lower, int start, int end, boolean speakerUnsaid,
                                     int nameStart, int nameEnd) {
        boolean unknowing = cues.words.get("unknowing").in(lower, start, end);
        if (!unknowing && !cues.words.get("negation").in(lower, start, end)) {
            return false;
        }
        List<int[]> words = new ArrayList<>();
        Matcher word = WORD.matcher(lower).region(start, end);
        while (word.find()) {
            words.add(new int[] {word.start(), word.end()});
        }
        int hedgedUntil = -1;
        boolean negation = unknowing;
        boolean knowing = unknowing;
        boolean speaker = false;
        int knowingWords = unknowing ? 1 : 0;
        int sinceNegation = NEGATION_REACH + 1;
        int negationAt = -1;
        int negationOpensAt = -1;
        for (int i = 0; i < words.size() && !(negation && knowing && (speaker || speakerUnsaid && knowingWords > 1)); i++) {
            int from = words.get(i)[0];
            int to = words.get(i)[1];
            int nextFrom = i + 1 < words.size() ? words.get(i + 1)[0] : to;
            int nextTo = i + 1 < words.size() ? words.get(i + 1)[1] : to;
            if (from < hedgedUntil) {
                continue;
            }
            int hedge = hedgeEnd(cues, lower, from, end);
            if (hedge > 0) {
                hedgedUntil = hedge;
                continue;
            }
            boolean isNegation = cues.words.get("negation").isWord(lower, from, to) && !faultOrAdviceAround(cues, lower, words, i)
                    && !anyWord(cues, "others", lower, words, i - 1, i - 1);
            // rules-36: a word that is an [aside] too is the aside ("comment", French "how", not "to comment")
            boolean isKnowing = (cues.words.get("knowing").isWord(lower, from, to) && !cues.words.get("aside").isWord(lower, from, to)
                    || cues.words.get("knowing").phraseAt(lower, from, to, end)) // "nothing on file"
                    && !(nextTo > to && cues.words.get("aside").isWord(lower, nextFrom, nextTo)
                    && !(i + 2 < words.size() && (cues.words.get("topic").isWord(lower, words.get(i + 2)[0], words.get(i + 2)[1])
                    || cues.words.get("purpose").isWord(lower, words.get(i + 2)[0], words.get(i + 2)[1]))));
            // "Bunq kan jag ingenting om", "darüber weiß ich nichts über …": a word meaning nothing right before a [topic]
            // word is having nothing about something, a statement of knowledge whatever the verb
            isKnowing |= isNegation && nextTo > to && cues.words.get("nothing").isWord(lower, from, to)
                    && cues.words.get("topic").isWord(lower, nextFrom, nextTo)
                    && (speakerUnsaid || strandedAt(lower, nextTo, end)); // a note: "| Penpot | Hittade inget om verktyget |"
            // rules-20: "I have nothing reliable on it", "je n'ai rien à son sujet": nothing, then a phrase pointing back at
            // the brand within a few words, is having nothing about it
            isKnowing |= isNegation && cues.words.get("nothing").isWord(lower, from, to)
                    && anaphorWithin(cues, lower, words, i, end);
            // rules-42: "isn't how landlords find a locksmith": a question word just before opens a clause of the way or
            // place of something
            isKnowing &= !anyWord(cues, "interrogative", lower, words, i - 2, i - 1);
            knowingWords += isKnowing ? 1 : 0;
            boolean isSpeaker = cues.words.get("speaker").isWord(lower, from, to);
            // rules-18: a longer one ("conosco", "kenne") is the first person wherever the negation stands ("Penpot non
            // rientra tra le cose che conosco"); the short ones ("so", "sé") only right after it
            boolean relative = sinceNegation <= RELATIVE_REACH && i > 0
                    && cues.words.get("relative").isWord(lower, words.get(i - 1)[0], words.get(i - 1)[1]);
            // rules-41: not past a semicolon, which ends the clause the negation governs ("je ne vous le recommanderais pas ;
            // selon les avis consultés, le tarif grimpe vite")
            if (isKnowing && isSpeaker && (sinceNegation <= NEGATION_REACH || relative
                    || negation && to - from >= LONG_BOTH && (negationAt < 0 || noneBetween(lower, ';', negationAt, from)))) {
                knowing = true;
                speaker = true;
            } else if (!knowing && isKnowing && !isSpeaker) {
                knowing = true;
            } else if (!speaker && isSpeaker && !isKnowing) {
                speaker = true;
            }
            if (isKnowing && sinceNegation <= NEGATION_REACH && fragmentOpensAt(lower, start, negationOpensAt, nameStart, nameEnd)
                    && noneBetween(lower, ',', negationAt, from)) {
                // "Never heard of it", "Ni idea", "Jamais entendu parler": the speaker left unsaid; not across a comma,
                // which lists what the product has ("niente cookie, dati in Europa", rules-16)
                speaker = true;
            }
            if (fragmentOpensAt(lower, start, from, nameStart, nameEnd) && words.size() - i <= FRAGMENT_WORDS
                    && (cues.words.get("unknowing").isWord(lower, from, to)
                    || cues.words.get("unknowing").phraseAt(lower, from, to, end))
                    && !purposeAfter(cues, lower, words, i)) {
                // "**Missive**: unknown", "| Folk | okänt |", "Omio? Ingen susning.": a fragment after the name leaves it
                // unsaid; rules-35: a short one ("HEY wäre eher etwas für Sie: Unbekannte Absender landen zuerst im
                // Screener, bevor …" says what the product does with unknown senders)
                speaker = true;
            }
            negation |= isNegation;
            negationAt = isNegation ? from : negationAt;
            // rules-26: "Noch nie gehört", "Still never heard of it": an adverb of time before the negation ([still])
            negationOpensAt = !isNegation ? negationOpensAt : i > 0 && cues.words.get("still").isWord(lower, words.get(i - 1)[0],
                    words.get(i - 1)[1]) ? words.get(i - 1)[0] : from;
            sinceNegation = isNegation ? 1 : sinceNegation + 1;
        }
        return negation && knowing && (speaker || speakerUnsaid && knowingWords > 1);
    }

    /**
     * rules-26: whether [start, end) holds a negation outside the {@code [hedge]} phrases ("I don't have access to your
     * ▮ alerts" holds none); rules-51: and not one of advice or of a fault, as {@link #statement} reads them ("**▮** não o
     * usaria para os hotéis: …" holds none).
     */
    static boolean negated(AbsenceCues cues, String lower, int start, int end) {
        if (!cues.words.get("negation").in(lower, start, end)) {
            return false;
        }
        List<int[]> words = new ArrayList<>();
        Matcher word = WORD.matcher(lower).region(start, end);
        while (word.find()) {
            words.add(new int[] {word.start(), word.end()});
        }
        int hedgedUntil = -1;
        for (int i = 0; i < words.size(); i++) {
            int from = words.get(i)[0];
            if (from < hedgedUntil) {
                continue;
            }
            int hedge = hedgeEnd(cues, lower, from, end);
            if (hedge > 0) {
                hedgedUntil = hedge;
            } else if (cues.words.get("negation").isWord(lower, from, words.get(i)[1])
                    && !faultOrAdviceAround(cues, lower, words, i)) {
                return true;
            }
        }
        return false;
    }

    /** How many words after "nothing" a phrase pointing back may start ("nothing reliable on it"). */
    private static final int NOTHING_REACH = 3;

    private static boolean anaphorWithin(AbsenceCues cues, String lower, List<int[]> words, int i, int end) {
        for (int k = i + 1; k <= i + NOTHING_REACH && k < words.size(); k++) {
            if (cues.words.get("anaphor").phraseAt(lower, words.get(k)[0], words.get(k)[1], end)
                    || cues.words.get("anaphor").isWord(lower, words.get(k)[0], words.get(k)[1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word ending at {@code at} closes its clause: a preposition left at the end when the brand was fronted
     * ("Bunq kan jag ingenting om, så …"), not one before its object ("nothing about Zoom I'd change").
     */
    private static boolean strandedAt(String lower, int at, int end) {
        int i = at;
        while (i < end && (lower.charAt(i) == ' ' || lower.charAt(i) == '*' || lower.charAt(i) == '_')) {
            i++;
        }
        return i >= end || ",.;:!?\u2013\u2014)".indexOf(lower.charAt(i)) >= 0;
    }

    /** No {@code mark} (a comma, a semicolon) in [from, to). */
    private static boolean noneBetween(String lower, char mark, int from, int to) {
        int at = lower.indexOf(mark, from);
        return at < 0 || at >= to;
    }

    /** An emoji or other symbol, or a part of one (a surrogate, a variation selector). */
    private static boolean isSymbol(char c) {
        int type = Character.getType(c);
        return Character.isSurrogate(c) || type == Character.OTHER_SYMBOL || type == Character.NON_SPACING_MARK;
    }

    /** Whether the word at {@code at} opens the clause or a fragment after a name ("Heap? Never", "**Fathom**: no"). */
    private static boolean fragmentOpensAt(String lower, int start, int at, int nameStart, int nameEnd) {
        int i = at - 1;
        // rules-43: a callout's marks too ("> ⚠️ **Not covered:** Vimeo.")
        while (i >= start && (Character.isWhitespace(lower.charAt(i)) || "*_\"'\u201C\u201D>".indexOf(lower.charAt(i)) >= 0
                || isSymbol(lower.charAt(i)))) {
            i--;
        }
        return at >= start && (i < start || "?!:|(\u2013\u2014-".indexOf(lower.charAt(i)) >= 0
                || lower.charAt(i) == ',' && nameOpens(lower, start, nameStart, nameEnd, i));
    }

    /**
     * rules-25: whether the name [nameStart, nameEnd) opens the clause and the comma at {@code comma} follows it, so that
     * the comma opens a fragment about the name ("Fathom, aucune idée.", "Heap, keine Ahnung."); not a comma after a
     * clause ("Plausible works, no idea how.") or within a list of what a product has.
     */
    private static boolean nameOpens(String lower, int start, int nameStart, int nameEnd, int comma) {
        return nameStart >= start && nameEnd <= comma && onlyMarks(lower, start, nameStart, LIST_MARKS)
                && onlyMarks(lower, nameEnd, comma, "");
    }

    /** What may open a list item before the name ("- ", "3. ", "• "). */
    private static final String LIST_MARKS = "-+\u2022#>.)0123456789";

    /** Whether [from, to) holds only white space, emphasis, quotation marks and the characters given. */
    private static boolean onlyMarks(String lower, int from, int to, String also) {
        for (int i = from; i < to; i++) {
            char c = lower.charAt(i);
            if (!Character.isWhitespace(c) && "*_\"'\u201C\u201D\u2018\u2019".indexOf(c) < 0 && also.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A {@code [fault]} word among the two words after word {@code i} ("no complaints", "no major complaints"), or (rules-42)
     * an {@code [advice]} word ("wouldn't book through it", "würde ich es nicht verwenden"), or (rules-44) one among the
     * two words before it, the second half of a French negation after the verb of using ("je ne l'utiliserais pas pour …"),
     * or (rules-47) a {@code [contrast]} word right after it and a comma right before, a purpose set against another
     * ("pour les points rapides, pas pour les rendez-vous", "voor persoonlijke mail, niet voor een team").
     */
    private static boolean faultOrAdviceAround(AbsenceCues cues, String lower, List<int[]> words, int i) {
        return anyWord(cues, "fault", lower, words, i + 1, i + 2) || anyWord(cues, "advice", lower, words, i + 1, i + 2)
                || anyWord(cues, "advice", lower, words, i - 2, i - 1)
                || anyWord(cues, "contrast", lower, words, i + 1, i + 1) && afterComma(lower, words.get(i)[0]);
    }

    /** A comma right before {@code at}, spaces aside. */
    private static boolean afterComma(String lower, int at) {
        int i = at - 1;
        while (i >= 0 && lower.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && lower.charAt(i) == ',';
    }

    /**
     * rules-48: "| Around | Eher für Teams gedacht | Unklar für Behörden |" — a {@code [contrast]} word of purpose right
     * after the word, and no word of the answer speaking of itself after that ("unbekannt für mich"): the note judges
     * what the product is fit for, not whether the answer knows it.
     */
    private static boolean purposeAfter(AbsenceCues cues, String lower, List<int[]> words, int i) {
        return anyWord(cues, "contrast", lower, words, i + 1, i + 1) && !anyWord(cues, "speaker", lower, words, i + 2, i + 2);
    }

    /** Whether one of words {@code from} to {@code to} (those that exist) is a word of the cue section. */
    private static boolean anyWord(AbsenceCues cues, String section, String lower, List<int[]> words, int from, int to) {
        for (int k = Math.max(0, from); k <= to && k < words.size(); k++) {
            if (cues.words.get(section).isWord(lower, words.get(k)[0], words.get(k)[1])) {
                return true;
            }
        }
        return false;
    }

    /** The end of a {@code [hedge]} phrase starting at {@code from}, or 0. */
    private static int hedgeEnd(AbsenceCues cues, String lower, int from, int end) {
        return cues.words.get("hedge").searchedEndAt(lower, from, end);
    }

    /**
     * "a better tool than Asana", "una herramienta mejor que Asana": the brand is the measure of a comparison, not what
     * is unknown — right after a word that means "than" ({@code [than]}), or after one that means it only after a
     * comparative ({@code [comparing]} "que", "di" within a few words of {@code [comparative]} "mejor", "migliore"); a
     * {@code [determiner]} may stand between ("do que o Asana"), and so may a {@code [thatof]} phrase ("que celle de Bolt").
     */
    static boolean compared(AbsenceCues cues, String lower, int brandStart) {
        Matcher word = WORD.matcher(lower).region(Math.max(0, brandStart - 60), brandStart);
        List<int[]> words = new ArrayList<>();
        while (word.find()) {
            words.add(new int[] {word.start(), word.end()});
        }
        if (words.isEmpty()) {
            return false;
        }
        if (words.size() > 1 && cues.words.get("determiner").isWord(lower, words.get(words.size() - 1)[0],
                words.get(words.size() - 1)[1])) {
            words.remove(words.size() - 1); // "melhor do que o Asana"
        }
        if (words.size() > 2 && cues.words.get("thatof").phraseAt(lower, words.get(words.size() - 2)[0],
                words.get(words.size() - 2)[1], brandStart)) {
            words.subList(words.size() - 2, words.size()).clear(); // rules-28: "moins chère que celle de Bolt"
        }
        int[] last = words.get(words.size() - 1);
        if (endsASentenceOrClause(lower, last[1], brandStart)) {
            return false; // rules-25: "Tyrell is hard to beat. ▮ does not appear …" compares nothing with the brand
        }
        if (cues.words.get("than").isWord(lower, last[0], last[1])) {
            return true;
        }
        if (!cues.words.get("comparing").isWord(lower, last[0], last[1])) {
            return false;
        }
        for (int k = words.size() - 2; k >= Math.max(0, words.size() - 1 - COMPARATIVE_REACH); k--) {
            if (cues.words.get("comparative").isWord(lower, words.get(k)[0], words.get(k)[1])) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence or clause ends in [from, to): a full stop, a question or exclamation mark, a colon, a semicolon or a line break. */
    private static boolean endsASentenceOrClause(String lower, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = lower.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * A {@code [topic]} word right before the brand ("Von Lime ist in den Unterlagen keine Rede", "Concernant Attio"):
     * the brand is what the clause is about, not the subject of the verb after it.
     */
    static boolean topic(AbsenceCues cues, String lower, int start, int brandStart) {
        int to = brandStart;
        while (to > start && !Character.isLetterOrDigit(lower.charAt(to - 1))) {
            to--;
        }
        int from = to;
        while (from > start && Character.isLetter(lower.charAt(from - 1))) {
            from--;
        }
        return from < to && cues.words.get("topic").isWord(lower, from, to);
    }

    /** A word such as "whether", "ob", "si" within the last few words before the brand. */
    private static boolean inQuestion(AbsenceCues cues, String lower, int start, int brandStart) {
        if (brandStart <= start) {
            return false;
        }
        Matcher word = WORD.matcher(lower).region(start, brandStart);
        int words = 0;
        int lastWhether = -1;
        while (word.find()) {
            words++;
            if (cues.words.get("whether").isWord(lower, word.start(), word.end())) {
                lastWhether = words;
            }
        }
        return lastWhether > 0 && words - lastWhether < WHETHER_REACH;
    }

    /**
     * A product verb within the next few words after the brand; a verb right after it followed by a speaker word is
     * inversion ("Heap har jag ingen kunskap om": the speaker is the subject), not a product statement, and so is a
     * verb after a speaker word ("Per Wrike non riesco a trovare": the speaker's verb, whatever "a" is in French) or
     * after a word of knowing ("weil mir Pipedrive nicht bekannt ist": the verb that closes a German clause).
     */
    static boolean productSubject(AbsenceCues cues, String lower, int brandEnd, int end) {
        Matcher word = WORD.matcher(lower).region(relativeAsideEnd(cues, lower, brandEnd, end), end);
        for (int i = 0; i < PRODUCT_VERB_REACH && word.find(); i++) {
            if (cues.words.get("speaker").isWord(lower, word.start(), word.end())
                    || cues.words.get("knowing").isWord(lower, word.start(), word.end())
                    || cues.words.get("unknowing").isWord(lower, word.start(), word.end())) {
                return false; // rules-11: "weil mir Pipedrive nicht bekannt ist": the verb closes the knowing predicate
            }
            boolean product = cues.words.get("product").isWord(lower, word.start(), word.end());
            if (product && i > 0 && cues.words.get("determiner").isWord(lower, word.start(), word.end())) {
                continue; // "a": the French verb right after the brand, an article or preposition further on ("may be a")
            }
            if (product && knownNotAfter(cues, lower, word.end(), end)) {
                return false; // rules-20: "Around has never come up in anything I learned": the verb is the auxiliary of being known
            }
            if (product) {
                int verbEnd = word.end();
                // rules-37: a pronoun, not a participle of sources handed over ("Missive combineert gedeelde inboxen":
                // the product's shared inboxes, not "de gedeelde bronnen")
                boolean inversion = i == 0 && word.find() && word.end() - word.start() <= INVERTED_SPEAKER_LENGTH
                        && cues.words.get("speaker").isWord(lower, word.start(), word.end());
                return !inversion && !namesIt(cues, lower, verbEnd, end);
            }
        }
        return false;
    }

    /**
     * rules-37: where a relative clause set off by commas right after the brand ends ("Pitch.com, che Le ha suggerito
     * un editore, qui casco dalle nuvole", "Hopper, which your neighbour recommended, I'm not including"): its verb is
     * the relative clause's, not the brand's as subject, so the verb to read is the one after it ("Asana, che offre un
     * piano gratuito, non ha …" still is), or the clause's end when the relative clause closes it; {@code brandEnd} when
     * no such clause follows.
     */
    private static int relativeAsideEnd(AbsenceCues cues, String lower, int brandEnd, int end) {
        int i = brandEnd;
        while (i < end && "*_\"'\u201D\u00BB)".indexOf(lower.charAt(i)) >= 0) {
            i++;
        }
        if (i + 1 >= end || lower.charAt(i) != ',' || lower.charAt(i + 1) != ' ') {
            return brandEnd;
        }
        Matcher first = WORD.matcher(lower).region(i + 2, end);
        if (!first.lookingAt() || !cues.words.get("relative").isWord(lower, first.start(), first.end())) {
            return brandEnd;
        }
        int comma = lower.indexOf(',', first.end());
        return comma < 0 || comma >= end ? end : comma + 1; // or to the clause's end ("E Close CRM, che usa un concorrente?")
    }

    /** How many words after the negation that follows a product verb a word of knowing may stand ("has never come up"). */
    private static final int KNOWN_NOT_REACH = 2;

    /**
     * The verb right after the brand is followed by a negation and a word of knowing or appearing ("has never come up",
     * "is not known", "n'est pas connu"): the clause says whether the brand is known, not what it does.
     */
    private static boolean knownNotAfter(AbsenceCues cues, String lower, int verbEnd, int end) {
        Matcher next = WORD.matcher(lower).region(verbEnd, end);
        if (!next.find() || !cues.words.get("negation").isWord(lower, next.start(), next.end())) {
            return false;
        }
        for (int k = 0; k < KNOWN_NOT_REACH && next.find(); k++) {
            if (cues.words.get("knowing").isWord(lower, next.start(), next.end())
                    || cues.words.get("knowing").phraseAt(lower, next.start(), next.end(), end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Hopper är ett namn jag inte kan placera", "Vale is a name I can't place": the verb only says the brand is a name
     * ({@code [naming]} within the next few words, then a speaker word), the rest of the clause says whether the answer
     * knows it; "Figma is the name everyone knows" stays a statement about the product.
     */
    private static boolean namesIt(AbsenceCues cues, String lower, int verbEnd, int end) {
        Matcher next = WORD.matcher(lower).region(verbEnd, end);
        for (int k = 0; k < NAMING_REACH && next.find(); k++) {
            if (cues.words.get("naming").isWord(lower, next.start(), next.end())) {
                for (int j = 0; j < SPEAKER_AFTER_NAMING && next.find(); j++) {
                    if (cues.words.get("speaker").isWord(lower, next.start(), next.end())) {
                        return true; // "a name I can't place", not "the name everyone knows"
                    }
                }
                return false;
            }
        }
        return false;
    }

}
