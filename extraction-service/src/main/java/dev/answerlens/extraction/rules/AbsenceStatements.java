package dev.answerlens.extraction.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Recognises sentences saying a brand is unknown or missing ("I couldn't find reliable information
 * about Hooli.", "Initech is not mentioned in the reviews."). Such a sentence is not a mention of
 * anything in it. The cue must sit right next to a brand, so "Globex is great, though I'm not aware
 * of a free tier" still counts. The cues are data, one file per language ({@link AbsenceCues}).
 */
final class AbsenceStatements {
    private static final AbsenceCues CUES = AbsenceCues.all();
    /** How far before a brand a {@code [before]} cue may start: the longest cue with its qualifiers fits. */
    private static final int BEFORE_WINDOW = 160;
    /** How long a question that only echoes a brand's name may be ("You also asked about "Missive" — is that right?"). */
    private static final int ECHO_LENGTH = 130;
    private static final int ECHO_WORDS = 18;
    /** How many words a phrase of giving up may have ("Här blir jag svaret skyldig.", "Hier halte ich mich zurück."). */
    private static final int GIVING_UP_WORDS = 10;
    /** rules-48: how many words a label's note guessing at what the brand is may have ("This may be a smaller …"). */
    private static final int GUESS_WORDS = 16;
    /** A question that is the name alone, its quotes and marks aside ("¿«Omio»?", "Hopper?"). */
    private static final int SHORT_ECHO = 30;
    private static final java.util.regex.Pattern EMPTY_CELL = java.util.regex.Pattern.compile("[\\s\\-\u2013\u2014?/*_]*");
    private static final java.util.regex.Pattern HEAD_MARKS = java.util.regex.Pattern.compile("[\\s>#*_\"\u201C\u201E]*");
    private static final java.util.regex.Pattern HEAD_SEPARATOR = java.util.regex.Pattern.compile("[*_\"\u201D]*\\s*[:\u2013\u2014]");

    private AbsenceStatements() {
    }

    /**
     * The occurrences that are not inside an absence statement. A statement's scope is its clause: the sentence
     * (or line, or table row) up to the separators of {@code [separator]} ("; ", ", but", ", aber" …), so "Globex is
     * great, but I couldn't find anything on Hooli" still counts Globex; a {@code [sentence]} cue covers the whole
     * sentence ("I looked for Hooli too, but Hooli does not appear"). Every tracked brand in an absence statement is
     * left out ("no data on Tempo or Vale").
     */
    static List<Occurrence> withoutAbsences(String text, List<Occurrence> occurrences) {
        return withoutAbsences(text, occurrences, true, AbsenceModel.TRAINED);
    }

    /** As above; {@code gated} false tries every sentence against the cues, triggers or not (to test the gate). */
    static List<Occurrence> withoutAbsences(String text, List<Occurrence> occurrences, boolean gated) {
        return withoutAbsences(text, occurrences, gated, AbsenceModel.TRAINED);
    }

    /**
     * As above, with {@code model} judging the occurrences no cue takes out (an empty model: the cues alone, which is
     * what the model is trained to add to).
     */
    static List<Occurrence> withoutAbsences(String text, List<Occurrence> occurrences, boolean gated, AbsenceModel model) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean gate = gated && lower.length() == text.length();
        List<Clause> sentences = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        Set<Integer> absenceSentenceStarts = new HashSet<>();
        Set<Integer> absenceClauseStarts = new HashSet<>();
        Set<Integer> sentencesChecked = new HashSet<>();
        Set<Integer> clausesChecked = new HashSet<>();
        Set<Occurrence> headings = new HashSet<>();
        // past the trigger gate, with their sentence's cues: the model judges these only, a sentence with none of the
        // words being no statement of not knowing
        Map<Occurrence, AbsenceCues> judged = new HashMap<>();
        ClauseSeparators separators = new ClauseSeparators(CUES.separator, text);
        for (Occurrence occurrence : occurrences) {
            Clause sentence = sentenceAround(text, occurrence);
            // the clause; for a brand heading its sentence ("- **Plausible**: ni idea; no he encontrado…", "| Folk | …",
            // "Around: pesquisei, mas não achei nada"), the whole sentence: what follows the head is about it (up to a
            // semicolon after which the answer speaks of others only, rules-32)
            boolean heads = headsSentence(text, occurrence, sentence);
            AbsenceCues sentenceCues = CUES.of(text, sentence.start(), sentence.end());
            Clause ownClause = clauseOf(sentenceCues, text, lower, separators, occurrence, sentence, occurrences);
            Clause clause = heads ? beforeOthers(sentenceCues, lower, sentence, occurrence) : ownClause;
            sentences.add(sentence);
            clauses.add(clause);
            if (heads) {
                headings.add(occurrence);
            }
            if (echoedThenDisowned(text, lower, separators, gate, sentence, occurrence, occurrences)
                    || labelledThenDisowned(text, lower, separators, gate, sentenceCues, sentence, occurrence, occurrences)) {
                absenceSentenceStarts.add(sentence.start());
                continue;
            }
            boolean pastTheGate = pastTheGate(text, lower, sentence);
            if (gate && !pastTheGate) {
                continue;
            }
            AbsenceCues cues = sentenceCues;
            if (pastTheGate) {
                judged.put(occurrence, cues); // gated or not (AbsenceTriggerTest), the model judges the same sentences
            }
            if (heads && comparedAgain(cues, lower, occurrence, sentence, occurrences)) {
                // rules-17: "- **Plausible**: … ; je ne connais pas d'outil plus simple que Plausible": the not knowing is
                // the comparison's, and the head is the brand it praises
                continue;
            }
            if (sentencesChecked.add(sentence.start())
                    && cues.sentence.matcher(text).region(sentence.start(), sentence.end()).find()) {
                absenceSentenceStarts.add(sentence.start());
            }
            if (absenceSentenceStarts.contains(sentence.start()) || absenceClauseStarts.contains(clause.start())) {
                continue;
            }
            String before = text.substring(Math.max(clause.start(), occurrence.start() - BEFORE_WINDOW), occurrence.start());
            String after = text.substring(occurrence.end(), clause.end());
            if (KnowledgeStatement.compared(cues, lower, occurrence.start())) {
                continue; // "no better tool than Asana": the brand is the measure of a comparison
            }
            if (cues.before.matcher(before).find() || cues.after.matcher(after).lookingAt()
                    || knownNot(cues, lower, occurrence, heads && ownClause.end() > clause.end() ? clause : ownClause,
                    heads ? clause : sentence)
                    || heads && headNoted(cues, text, lower, separators, occurrence, sentence, clause)
                    || pointedBack(cues, text, lower, separators, occurrence, sentence, occurrences)
                    || clausesChecked.add(clause.start())
                    && cues.clause.matcher(withPlaceholders(text, clause, occurrences)).find()) {
                absenceClauseStarts.add(clause.start());
            }
        }
        boolean[] absent = new boolean[occurrences.size()];
        for (int i = 0; i < occurrences.size(); i++) {
            absent[i] = (absenceSentenceStarts.contains(sentences.get(i).start())
                    || absenceClauseStarts.contains(clauses.get(i).start())
                    || disownedAgain(text, lower, i, occurrences, sentences, clauses, absenceClauseStarts)
                    || judged.containsKey(occurrences.get(i)) && model.absent(text, lower.length() == text.length() ? lower : null,
                    judged.get(occurrences.get(i)), occurrences.get(i), occurrences, sentences.get(i).start(),
                    sentences.get(i).end(), clauses.get(i).start(), clauses.get(i).end(), headings.contains(occurrences.get(i))))
                    && !BrandOfSomething.named(text, lower, occurrences.get(i), sentences.get(i).start(),
                    sentences.get(i).end());
        }
        for (int i = occurrences.size() - 1; i >= 0; i--) {
            absent[i] = absent[i] || askedThenDisowned(text, i, occurrences, absent) || footnotedThenDisowned(text, i, occurrences, absent);
        }
        List<Occurrence> counted = new ArrayList<>();
        for (int i = 0; i < occurrences.size(); i++) {
            if (!absent[i] || offeredInstead(text, i, occurrences, sentences, absenceSentenceStarts, absenceClauseStarts, clauses)) {
                counted.add(occurrences.get(i));
            }
        }
        return counted;
    }

    /** What {@link AbsenceModel} weighs for an occurrence: its sentence and clause as the cues scope them. */
    static AbsenceFeatures features(String text, Occurrence occurrence, List<Occurrence> occurrences, boolean spell) {
        Clause sentence = sentenceAround(text, occurrence);
        boolean heads = headsSentence(text, occurrence, sentence);
        String lower = text.toLowerCase(Locale.ROOT);
        AbsenceCues cues = CUES.of(text, sentence.start(), sentence.end());
        Clause clause = heads ? beforeOthers(cues, lower, sentence, occurrence)
                : clauseOf(cues, text, lower, new ClauseSeparators(CUES.separator, text), occurrence, sentence, occurrences);
        return AbsenceFeatures.of(text, lower.length() == text.length() ? lower : null,
                cues, occurrence, occurrences, sentence.start(), sentence.end(),
                clause.start(), clause.end(), heads, spell);
    }

    /** Whether the occurrence's sentence passes the trigger gate, so that the cues and the model judge it. */
    static boolean judged(String text, Occurrence occurrence) {
        return pastTheGate(text, text.toLowerCase(Locale.ROOT), sentenceAround(text, occurrence));
    }

    /**
     * The sentence holds a trigger word, or its text lower-cased changes length (the gate cannot read it then, and lets
     * it through): the one test of the gate, for the cues, for the model and for the model's training rows.
     */
    private static boolean pastTheGate(String text, String lower, Clause sentence) {
        return lower.length() != text.length() || triggered(lower, sentence);
    }

    /** How long a question on a line of its own may be to be read as an FAQ question or a heading asking one. */
    private static final int QUESTION_LINE_LENGTH = 200;
    private static final String CLOSING_MARKS = " \t\r*_";
    private static final String CLOSING_QUOTES = "\"\u201D\u00BB\u2019'";

    /**
     * rules-20: "**Does Around cope with ten people in one room?**" / "I can't settle that one. Around has never come up in
     * anything I learned, …" — a question on a line of its own (an FAQ's bold question, a heading) names the brand only to
     * ask about it, and the answer below settles what it is: when the answer names the brand again within its first two
     * sentences and that is an absence statement, so is the question; when it names the brand as a product there
     * ("**Does Loom work offline?**" / "Yes: Loom records …"), the question stays a mention.
     */
    private static boolean askedThenDisowned(String text, int i, List<Occurrence> occurrences, boolean[] absent) {
        Occurrence asked = occurrences.get(i);
        int lineStart = text.lastIndexOf('\n', asked.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', asked.end());
        if (lineEnd < 0 || lineEnd - lineStart > QUESTION_LINE_LENGTH) {
            return false;
        }
        // the line's end before its closing marks, found without a regex: this runs for every name; rules-22: a question
        // quoted on its line ("**Domanda successiva: "E monday.com?"**") ends before its quotes too
        int questionEnd = beforeClosingMarks(text, asked.end(), lineEnd);
        boolean question = questionEnd > asked.end() && text.charAt(questionEnd - 1) == '?';
        // rules-33: or the name alone on its line, as a heading or in bold ("### Qonto" / "Here I have to stop. I'm not
        // familiar with Qonto …"): the section below says what it is, as the answer to a question on its line does
        if (!question && !(questionEnd == asked.end() && Layout.aloneOnLine(text, asked.start(), asked.end()))) {
            return false;
        }
        Clause first = sentenceAfter(text, lineEnd, true);
        if (first == null) {
            return false;
        }
        Clause second = sentenceAfterOnItsLine(text, first);
        int answerEnd = second == null ? first.end() : second.end();
        for (int j = i + 1; j < occurrences.size(); j++) {
            Occurrence again = occurrences.get(j);
            if (again.brand() != asked.brand() || again.start() < lineEnd) {
                continue;
            }
            return again.start() < answerEnd && absent[j];
        }
        return false;
    }

    /** Where [from, end) of the text ends before the emphasis marks and quotation marks that close it. */
    private static int beforeClosingMarks(String text, int from, int end) {
        while (end > from && (CLOSING_MARKS.indexOf(text.charAt(end - 1)) >= 0 || CLOSING_QUOTES.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    /** Footnote marks written right after a name: superscript digits, an asterisk, a dagger. */
    private static final String FOOTNOTE_MARKS = "\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079*\u2020";

    /**
     * rules-29: "| Vimeo¹ | – | – |" … "¹ Vimeo isn't something I have information on …" — a name marked for a footnote
     * whose footnote (a line opening with the same mark) names the brand in an absence statement is part of that
     * statement.
     */
    private static boolean footnotedThenDisowned(String text, int i, List<Occurrence> occurrences, boolean[] absent) {
        Occurrence marked = occurrences.get(i);
        if (marked.end() >= text.length() || FOOTNOTE_MARKS.indexOf(text.charAt(marked.end())) < 0) {
            return false; // the cheap test first
        }
        char mark = text.charAt(marked.end());
        for (int at = text.indexOf("\n" + mark, marked.end()); at >= 0; at = text.indexOf("\n" + mark, at + 1)) {
            int lineEnd = text.indexOf('\n', at + 1);
            int end = lineEnd < 0 ? text.length() : lineEnd;
            for (int j = i + 1; j < occurrences.size(); j++) {
                Occurrence again = occurrences.get(j);
                if (again.brand() == marked.brand() && again.start() > at && again.end() <= end && absent[j]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The same brand again in the sentence, as the measure of a comparison ({@link KnowledgeStatement#compared}). */
    private static boolean comparedAgain(AbsenceCues cues, String lower, Occurrence occurrence, Clause sentence,
                                         List<Occurrence> occurrences) {
        for (Occurrence other : occurrences) {
            if (other != occurrence && other.brand() == occurrence.brand() && other.start() >= sentence.start()
                    && other.end() <= sentence.end() && KnowledgeStatement.compared(cues, lower, other.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence is a line of its own, not a list item: only emphasis marks before it on its line, and only closing
     * marks and quotation marks after it.
     */
    private static boolean endsItsLine(String text, Clause sentence) {
        for (int k = sentence.start() - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
            if (" \t*_>".indexOf(text.charAt(k)) < 0) {
                return false;
            }
        }
        for (int k = sentence.end(); k < text.length() && text.charAt(k) != '\n'; k++) {
            if (CLOSING_MARKS.indexOf(text.charAt(k)) < 0 && CLOSING_QUOTES.indexOf(text.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The sentence after this one on the same line, or null when the line ends first. */
    private static Clause sentenceAfterOnItsLine(String text, Clause sentence) {
        return sentenceAfter(text, sentence.end(), false);
    }

    /**
     * rules-17: a heading asking about the brand ("### And Kit?") and the statement that opens the line after it ("Not
     * something I can cover: Kit lies outside everything I was trained on").
     */
    private static Clause firstSentenceOfNextLine(String text, Clause heading) {
        int lineEnd = text.indexOf('\n', heading.end());
        return lineEnd < 0 ? null : sentenceAfter(text, lineEnd, true);
    }

    /** The sentence starting at the first non-blank character from {@code from} (on the same line unless allowed not). */
    private static Clause sentenceAfter(String text, int from, boolean acrossLines) {
        int next = from;
        while (next < text.length() && Character.isWhitespace(text.charAt(next)) && (acrossLines || text.charAt(next) != '\n')) {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n') {
            return null;
        }
        Sentence following = Sentence.around(text, next, next);
        return new Clause(following.start(), following.end());
    }

    /** Whether the text holds more than {@code most} whitespace characters. */
    private static boolean whitespaceOver(String text, int most) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) && ++count > most) {
                return true;
            }
        }
        return false;
    }

    /** A short question that does not name the brand echoed, though it may offer another ("Did you mean Plausible?"). */
    private static boolean isQuestionOffering(String text, Clause sentence, Occurrence echoed, List<Occurrence> occurrences) {
        String question = text.substring(sentence.start(), sentence.end()).strip();
        return question.endsWith("?") && question.length() <= ECHO_LENGTH && occurrences.stream().noneMatch(
                o -> o.brand() == echoed.brand() && o.start() >= sentence.start() && o.end() <= sentence.end());
    }

    /** A short question naming no tracked brand ("Could you mean another company?"). */
    private static boolean isBareQuestion(String text, Clause sentence, List<Occurrence> occurrences) {
        String question = text.substring(sentence.start(), sentence.end()).strip();
        return question.endsWith("?") && question.length() <= ECHO_LENGTH
                && occurrences.stream().noneMatch(o -> o.start() >= sentence.start() && o.end() <= sentence.end());
    }

    /**
     * "Hopper? Da muss ich passen." — a sentence that only echoes the name as a question, followed by a sentence that
     * is an absence statement by itself: the echo is part of that statement. So is a short sentence that only reports
     * the question ({@code [asking]}: "You asked about Copper too.") when the statement after it names the brand again
     * ("Honestly, I'm not familiar enough with Copper to compare it").
     */
    private static boolean echoedThenDisowned(String text, String lower, ClauseSeparators separators, boolean gate,
                                              Clause sentence, Occurrence occurrence, List<Occurrence> occurrences) {
        String echo = text.substring(sentence.start(), sentence.end()).strip();
        if (echo.length() > ECHO_LENGTH || whitespaceOver(echo, ECHO_WORDS)) {
            return false;
        }
        boolean heading = Layout.inHeading(text, sentence.start());
        // rules-22: a line of its own reporting the question ("**Follow-up — "And Spark Mail?"**", "**Domanda successiva:
        // "E monday.com?"**") is answered by the line below it, as a heading is; with no sentence after it, it belongs to
        // no statement (asked first: it is cheaper than reading the sentence's words)
        // rules-43: a callout's line goes on after the echo ("> ⚠️ **Not covered:** Vimeo. I don't have information on it")
        Clause then = endsItsLine(text, sentence) ? firstSentenceOfNextLine(text, sentence) : sentenceAfterOnItsLine(text, sentence);
        if (then == null) {
            return false;
        }
        // rules-18: a heading naming the brand over a section that opens by disowning it ("### Linear" / "Linear habe ich
        // nicht auf dem Schirm") is read as the question it stands for
        // rules-29: a question in bold on its line ("**¿Qué tal Omio?**") ends before its marks
        int echoEnd = beforeClosingMarks(echo, 0, echo.length());
        boolean asking = echoEnd > 0 && echo.charAt(echoEnd - 1) == '?';
        boolean question = asking || heading;
        AbsenceCues own = CUES.of(text, sentence.start(), sentence.end());
        // rules-20: a short sentence leaving the brand out ("One omission to flag: Superhuman.", "Height is missing from
        // this comparison.") belongs to the statement after it that points back at it, as a reported question does
        boolean leftOut = !question && own.words.get("leaving").in(lower, sentence.start(), sentence.end())
                && !namesAnother(occurrence, sentence, occurrences);
        // rules-21: a short sentence echoing the name in quotes, as the user typed it ("You also wrote "Fathom".", "Vous
        // mentionnez aussi « Loom ».", "Du nämner också "Hopper".") reports the question whatever its verb
        boolean quoted = !question && !leftOut && Quotes.around(text, occurrence.start(), occurrence.end())
                && !namesAnother(occurrence, sentence, occurrences);
        if (!question && !leftOut && !quoted && !own.words.get("asking").in(lower, sentence.start(), sentence.end())) {
            return false;
        }
        if ((!question || echo.length() <= SHORT_ECHO) && (isBareQuestion(text, then, occurrences)
                || quoted && isQuestionOffering(text, then, occurrence, occurrences))) {
            // rules-21: "You also wrote "Fathom". Did you perhaps mean Plausible? I'm not aware of …": after a quoted echo,
            // the question may offer another tracked brand in its place
            // rules-20: "¿«Omio»? ¿No te referirás a Rome2Rio? Un buscador … llamado Omio no lo tengo en el radar." — the
            // name alone as a question, then a question naming nothing tracked, then the statement
            // rules-16: "You asked about "Tier" too. Could you mean another company? That name matches nothing I know.":
            // a question offering no other brand stands between the name asked about and the statement
            then = sentenceAfterOnItsLine(text, then);
        }
        if (then == null) {
            return false;
        }
        boolean thenTriggered = !gate || triggered(lower, then);
        if (!thenTriggered && !question) {
            return false;
        }
        if (question && !namedAgain(lower, occurrence, then, occurrences) && namesAnother(occurrence, then, occurrences)) {
            // "Did you mean N26? I have no details on a bank called Bunq.": the question offers the brand in place of
            // the one the statement disowns; it echoes nothing
            return false;
        }
        AbsenceCues cues = CUES.of(text, then.start(), then.end());
        if (!question && !namedAgain(lower, occurrence, then, occurrences)) {
            // "You also asked about Whereby. I'm not able to say much: I don't recognise the name, …": the statement
            // points back at the brand asked about last, in its first clause ("It's great, but I don't know its price"
            // is not one)
            Clause first = firstClause(separators, then);
            if (namesAnother(occurrence, then, occurrences)) {
                // rules-22: "- **Lime** — handy for the last kilometre." / "I'm going to stay quiet on TIER: it's not a
                // company I have any knowledge of": a statement naming another brand points back at that one
                return false;
            }
            if ((leftOut || askedLast(text, occurrence, sentence)) && pointsBack(cues, lower, first)
                    && KnowledgeStatement.statement(cues, lower, first.start(), first.end())) {
                return true;
            }
            // rules-21: "you asked in a follow-up about Around for the daily stand-up. I'm unable to help there — I have no
            // background on that app at all", "Arc Browser hattest du als Arbeitsbrowser erwähnt. Damit habe ich keine
            // Berührungspunkte": the first clause pointing back at the brand is a statement, none before it says
            // anything of the brand, and the report names nothing else
            Clause pointing = firstPointingClause(lower, separators, cues, then);
            return !leftOut && pointing != null && !namesAnother(occurrence, sentence, occurrences)
                    && !possessed(text, occurrence)
                    && KnowledgeStatement.statement(cues, lower, pointing.start(), pointing.end());
        }
        if (thenTriggered && disowns(cues, text, lower, then)) {
            return true;
        }
        // rules-34: a heading or a question answered first by a phrase of giving up ("### Lime" / "Här blir jag svaret
        // skyldig. Jag har inga pålitliga uppgifter om den tjänsten."): the sentence after it on its line, naming no other brand
        // rules-37: a phrase, not a section that goes on about the product ("### Front" / "Für das gemeinsame Postfach die
        // beste Wahl auf Ihrer Liste: … Ihre Kollegin hat die Vorlage nicht gefunden")
        // rules-47: nor one saying what the product does ("## Height" / "Works well for the operations side: …")
        // rules-49: a phrase speaking of the answer or of not knowing ("### Arc" / "Ein Browser mit Bereichen je Projekt."
        // describes the product)
        Clause next = (asking || heading && nameEndsItsLine(text, occurrence))
                && !whitespaceOver(text.substring(then.start(), then.end()).strip(), GIVING_UP_WORDS)
                && !KnowledgeStatement.productSubject(cues, lower, then.start(), then.end())
                && (asking || cues.words.get("speaker").in(lower, then.start(), then.end())
                || cues.words.get("unknowing").in(lower, then.start(), then.end()))
                ? sentenceAfterOnItsLine(text, then) : null;
        return next != null && !namesAnother(occurrence, next, occurrences) && (!gate || triggered(lower, next))
                && disowns(CUES.of(text, next.start(), next.end()), text, lower, next);
    }

    /** How many words may stand before the name in a label ("> 🎭 **Zu Zoom:**", "> **Om Front:**"). */
    private static final int LABEL_WORDS = 2;
    /** rules-47: and before it in a label asking about it ("> ⏱️ **Time tracking with Tempo?** A new one on me."). */
    private static final int QUESTION_LABEL_WORDS = 4;
    private static final java.util.regex.Pattern LABEL_QUESTION = java.util.regex.Pattern.compile("\\s?\\?[*_]+");

    /**
     * rules-45: "4. **Close CRM**: I'll plead ignorance here. I have no reliable knowledge of it, …", "> 🎭 **Zu Zoom:** Da
     * kann ich nur mit den Schultern zucken. Verlässliche Infos zu diesem Dienst habe ich nicht" — the name labels a list
     * item or a callout (rules-47: or a label asking about it, "> **Et ▮ ?** Là-dessus, je suis sec."), the note opens
     * with a short sentence of the answer about itself, and the next sentence on the line opens with a statement of not
     * knowing naming no other brand: the two are one statement. The short sentence is a phrase of giving up the rules
     * need not know: a {@code [speaker]} word (rules-46: or an {@code [unknowing]} one, "qui alzo bandiera bianca"), no
     * {@code [advice]} word, and no negation unless it is a statement itself (rules-47: "Hier muss ich Ihnen eine
     * Wissenslücke eingestehen.").
     */
    private static boolean labelledThenDisowned(String text, String lower, ClauseSeparators separators, boolean gate,
                                                AbsenceCues cues, Clause sentence, Occurrence occurrence,
                                                List<Occurrence> occurrences) {
        if (!labelMarkAfter(text, occurrence.end(), sentence.end())) {
            return false; // the cheap test first
        }
        Matcher separator = HEAD_SEPARATOR.matcher(text).region(occurrence.end(), sentence.end());
        Matcher question = LABEL_QUESTION.matcher(text).region(occurrence.end(), sentence.end());
        Matcher mark = separator.lookingAt() ? separator : question.lookingAt() ? question : null;
        if (mark == null || Layout.opensTableRow(text, occurrence.start())) {
            return false;
        }
        int mostWords = mark == question ? QUESTION_LABEL_WORDS : LABEL_WORDS;
        Matcher before = WORDS.matcher(text).region(Layout.lineStart(text, occurrence.start()), occurrence.start());
        for (int words = 1; before.find(); words++) {
            if (words > mostWords) {
                return false;
            }
        }
        int noteStart = mark.end();
        // rules-48: a guess at what the brand is may run longer ("> ℹ️ **Bolt:** This may be a smaller or newer service
        // than the ones I was trained on. Either way I have no reliable information about it")
        int noteWords = cues.words.get("guessing").in(lower, noteStart, sentence.end()) ? GUESS_WORDS : GIVING_UP_WORDS;
        if (whitespaceOver(text.substring(noteStart, sentence.end()).strip(), noteWords)
                || !cues.words.get("speaker").in(lower, noteStart, sentence.end())
                && !cues.words.get("unknowing").in(lower, noteStart, sentence.end())
                || cues.words.get("negation").in(lower, noteStart, sentence.end())
                && !KnowledgeStatement.statement(cues, lower, noteStart, sentence.end())
                || cues.words.get("advice").in(lower, noteStart, sentence.end())
                || namesAnother(occurrence, sentence, occurrences)) {
            return false;
        }
        Clause then = sentenceAfterOnItsLine(text, sentence);
        if (then == null || namesAnother(occurrence, then, occurrences) || gate && !triggered(lower, then)) {
            return false;
        }
        // the statement opens the sentence ("It is neat, but your designer couldn't find …" is the product's)
        Clause first = firstClause(separators, then);
        return KnowledgeStatement.statement(CUES.of(text, then.start(), then.end()), lower, first.start(), first.end());
    }

    /** A colon, a dash or a question mark after the name and its closing marks ("**▮:**", "**▮** –", "**Et ▮ ?**"). */
    private static boolean labelMarkAfter(String text, int from, int end) {
        int i = from;
        while (i < end && "*_\"\u201D ".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i < end && ":\u2013\u2014?".indexOf(text.charAt(i)) >= 0;
    }

    /** Nothing but closing marks after the name on its line ("### Lime", "### Browser: Arc"). */
    private static boolean nameEndsItsLine(String text, Occurrence name) {
        int lineEnd = Layout.lineEnd(text, name.end());
        return beforeClosingMarks(text, name.end(), lineEnd) == name.end();
    }

    /** The sentence is a statement of not knowing by itself: a sentence or clause cue, or the clause judgement. */
    private static boolean disowns(AbsenceCues cues, String text, String lower, Clause sentence) {
        return cues.sentence.matcher(text).region(sentence.start(), sentence.end()).find()
                || cues.clause.matcher(text).region(sentence.start(), sentence.end()).find()
                || KnowledgeStatement.statement(cues, lower, sentence.start(), sentence.end());
    }

    /** The first clause of the sentence holding a word that points back at a brand named before, or null. */
    private static Clause firstPointingClause(String lower, ClauseSeparators separators, AbsenceCues cues, Clause sentence) {
        ClauseSeparators.InSentence separator = separators.in(sentence.start(), sentence.end());
        int start = sentence.start();
        for (int i = 0; start < sentence.end(); i++) {
            int end = separator.has(i) ? separator.start(i) : sentence.end();
            Clause clause = new Clause(start, end);
            // rules-35: a guess at what it is comes before the statement ("Maybe it's a small or recent product; either
            // way I have no details on it")
            if (pointsBack(cues, lower, clause) && !(cues.words.get("guessing").in(lower, start, end)
                    && !KnowledgeStatement.statement(cues, lower, start, end))) {
                return clause;
            }
            start = end == sentence.end() ? end : separator.end(i);
        }
        return null;
    }

    /** The brand owns what follows ("Loom's pricing"): the report is about something of it. */
    private static boolean possessed(String text, Occurrence occurrence) {
        String rest = text.substring(occurrence.end(), Math.min(text.length(), occurrence.end() + 2));
        return rest.startsWith("'") || rest.startsWith("\u2019");
    }

    private static Clause firstClause(ClauseSeparators separators, Clause sentence) {
        ClauseSeparators.InSentence separator = separators.in(sentence.start(), sentence.end());
        return new Clause(sentence.start(), separator.has(0) ? separator.start(0) : sentence.end());
    }

    /** The brand is the last thing asked about ("You also asked about Whereby."), not "Loom's pricing". */
    private static boolean askedLast(String text, Occurrence occurrence, Clause sentence) {
        String rest = text.substring(occurrence.end(), sentence.end());
        return !rest.startsWith("'") && !rest.startsWith("’")
                && WORDS.matcher(rest).results().count() <= ASKED_TRAILING_WORDS;
    }

    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("\\p{L}+");
    /** Words that may follow the brand in a reported question: "too", "as well". */
    private static final int ASKED_TRAILING_WORDS = 2;

    /** A word pointing back at a brand named before: "it", "about it", "the name". */
    private static boolean pointsBack(AbsenceCues cues, String lower, Clause clause) {
        return cues.words.get("pronoun").in(lower, clause.start(), clause.end())
                || cues.words.get("anaphor").in(lower, clause.start(), clause.end())
                || cues.words.get("naming").in(lower, clause.start(), clause.end());
    }

    /** Whether the occurrence's words come again in the clause. */
    /**
     * "Did you mean N26? I have no details on a bank called Bunq." — a short question naming a brand, next to a
     * statement that disowns another tracked brand and not this one: the question offers this brand in place of the
     * unknown one, so it is a mention, though "did you mean" cues mark the question ("Did you mean Close? I can't find
     * a CRM of that name" still disowns Close: the statement names no other brand).
     */
    private static boolean offeredInstead(String text, int i, List<Occurrence> occurrences, List<Clause> sentences,
                                          Set<Integer> absenceSentenceStarts, Set<Integer> absenceClauseStarts,
                                          List<Clause> clauses) {
        Clause question = sentences.get(i);
        String asked = text.substring(question.start(), question.end()).strip();
        if (!asked.endsWith("?") || asked.length() > ECHO_LENGTH) {
            return false;
        }
        Occurrence offered = occurrences.get(i);
        boolean disownedNextTo = false;
        for (int j = 0; j < occurrences.size(); j++) {
            Clause other = sentences.get(j);
            if (other.start() == question.start()) {
                if (occurrences.get(j).brand() != offered.brand()) {
                    return false; // the question names two brands: not one offered in place of another
                }
                continue;
            }
            boolean adjacent = text.substring(Math.min(question.end(), other.end()), Math.max(question.start(), other.start()))
                    .isBlank();
            if (!adjacent) {
                continue;
            }
            if (occurrences.get(j).brand() == offered.brand()) {
                return false; // the statement next to it names this brand too: the question echoes it
            }
            if (absenceSentenceStarts.contains(other.start()) || absenceClauseStarts.contains(clauses.get(j).start())) {
                disownedNextTo = true;
            }
        }
        return disownedNextTo;
    }

    /**
     * "I'm unable to confirm details about Whereby; what I have on Whereby is incomplete": the brand's clause names it
     * again after another clause of its sentence disowned it, and the answer speaks of itself there ({@code [speaker]}):
     * the same statement goes on, so the name is not counted twice over. A clause without a speaker word ("…; Whereby is
     * a video tool, though") stays a mention.
     */
    private static boolean disownedAgain(String text, String lower, int i, List<Occurrence> occurrences,
                                         List<Clause> sentences, List<Clause> clauses, Set<Integer> absenceClauseStarts) {
        Clause sentence = sentences.get(i);
        Clause clause = clauses.get(i);
        Occurrence occurrence = occurrences.get(i);
        for (int j = 0; j < i; j++) {
            if (occurrences.get(j).brand() == occurrence.brand() && sentences.get(j).start() == sentence.start()
                    && clauses.get(j).start() != clause.start() && absenceClauseStarts.contains(clauses.get(j).start())) {
                AbsenceCues cues = CUES.of(text, sentence.start(), sentence.end());
                return cues.words.get("speaker").in(lower, clause.start(), clause.end());
            }
        }
        return false;
    }

    private static boolean namesAnother(Occurrence occurrence, Clause clause, List<Occurrence> occurrences) {
        for (Occurrence other : occurrences) {
            if (other.brand() != occurrence.brand() && other.start() >= clause.start() && other.end() <= clause.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean namedAgain(String lower, Occurrence occurrence, Clause clause, List<Occurrence> occurrences) {
        String name = lower.substring(occurrence.start(), occurrence.end());
        int again = lower.indexOf(name, clause.start());
        // rules-43: or by another of its names ("Tempo Timesheets noemden jullie ook. … Tempo zelf ken ik niet")
        return again >= 0 && again + name.length() <= clause.end() || named(occurrence, occurrences, clause.start(), clause.end());
    }

    /** Whether the sentence holds one of the words every cue needs; if not, no cue can match in it. */
    private static boolean triggered(String lower, Clause sentence) {
        return CUES.triggers.in(lower, sentence.start(), sentence.end());
    }

    /** A part of a sentence between clause separators. */
    private record Clause(int start, int end) {
    }

    /** The occurrence's clause: between separators, up to a turn to another brand ({@link TopicShift}). */
    private static Clause clauseOf(AbsenceCues cues, String text, String lower, ClauseSeparators separators,
                                   Occurrence occurrence, Clause sentence, List<Occurrence> occurrences) {
        Clause clause = clauseBetweenSeparators(separators, occurrence, sentence);
        int turn = TopicShift.turn(cues, text, lower, clause.start(), clause.end(), occurrences);
        return turn < 0 ? clause : occurrence.end() <= turn ? new Clause(clause.start(), turn) : new Clause(turn + 1, clause.end());
    }

    private static Clause clauseBetweenSeparators(ClauseSeparators separators, Occurrence occurrence, Clause sentence) {
        int start = sentence.start();
        int end = sentence.end();
        ClauseSeparators.InSentence separator = separators.in(sentence.start(), sentence.end());
        for (int i = 0; separator.has(i); i++) {
            if (separator.end(i) <= occurrence.start()) {
                start = separator.end(i);
            } else if (separator.start(i) >= occurrence.end()) {
                end = separator.start(i);
                break;
            }
        }
        return new Clause(start, end);
    }

    /**
     * {@link KnowledgeStatement} over the clause between separators ({@link #clauseOf}), heads or not: it reads words, not layout; when the
     * clause holds the negation and the words that follow finish the statement ("nothing on Omio came up in the
     * results, so I can't say"), over the clause and the rest of its sentence.
     */
    private static boolean knownNot(AbsenceCues cues, String lower, Occurrence occurrence, Clause clause, Clause sentence) {
        if (KnowledgeStatement.holds(cues, lower, clause.start(), clause.end(), occurrence.start(), occurrence.end())) {
            return true;
        }
        return clause.end() < sentence.end() && !toOthersAfterSemicolon(cues, lower, clause, sentence)
                && (KnowledgeStatement.negated(cues, lower, clause.start(), clause.end())
                || cues.words.get("unknowing").in(lower, clause.start(), clause.end()))
                && KnowledgeStatement.holds(cues, lower, clause.start(), sentence.end(), occurrence.start(), occurrence.end());
    }

    /**
     * rules-32: after a semicolon comes a clause of its own; when it does not speak of the answer itself, what it says
     * cannot finish the brand's clause ("- **Heap**: I wouldn't pick it; the volunteers can't find the saved charts"),
     * when it does, it can ("Mogelijk is bunq een jong bedrijfje …; zelf heb ik er niets over gelezen").
     */
    private static boolean toOthersAfterSemicolon(AbsenceCues cues, String lower, Clause clause, Clause sentence) {
        int semicolon = semicolonToOthers(cues, lower, clause.end(), sentence.end());
        return semicolon >= 0 && lower.substring(clause.end(), semicolon).isBlank();
    }

    /**
     * A brand heading its sentence: the sentence up to a semicolon, or a colon after words of the answer speaking of
     * itself ("- **bunq** – ich würde es Ihnen nicht empfehlen: Die Praxissoftware …, und Ihre Mitarbeiterin konnte die
     * Zahlungen nicht zuordnen"), after which it no longer speaks of itself.
     */
    private static Clause beforeOthers(AbsenceCues cues, String lower, Clause sentence, Occurrence head) {
        int semicolon = semicolonToOthers(cues, lower, head.end(), sentence.end());
        int colon = lower.indexOf(':', head.end());
        boolean spokenColon = colon >= 0 && colon < sentence.end() && (semicolon < 0 || colon < semicolon)
                && cues.words.get("speaker").in(lower, head.end(), colon)
                && !cues.words.get("speaker").in(lower, colon, sentence.end())
                // rules-51: nor of not knowing ("4. **▮** – hier moet ik passen: geen flauw idee wat het kan")
                && !cues.words.get("unknowing").in(lower, colon, sentence.end());
        return spokenColon ? new Clause(sentence.start(), colon)
                : semicolon < 0 ? sentence : new Clause(sentence.start(), semicolon);
    }

    /** The first semicolon in [from, end) with no word of the answer speaking of itself after it, or -1. */
    private static int semicolonToOthers(AbsenceCues cues, String lower, int from, int end) {
        int semicolon = lower.indexOf(';', from);
        return semicolon < 0 || semicolon >= end || cues.words.get("speaker").in(lower, semicolon, end) ? -1 : semicolon;
    }

    /**
     * "| Bunq | Angaben fehlen in den Quellen | – |", "3. **folk** – nelle fonti non c'è traccia di questo CRM": the brand
     * heads its list item or table row, and a note after it (a cell of the row, or the item's first clause) says
     * nothing is known or found of it, the speaker left unsaid ({@link KnowledgeStatement#headNote}).
     */
    /** The brand heads its sentence ({@link #headsSentence}); the caller has checked. */
    private static boolean headNoted(AbsenceCues cues, String text, String lower, ClauseSeparators separators,
                                     Occurrence occurrence, Clause sentence, Clause beforeOthers) {
        if (!Layout.opensTableRow(text, occurrence.start())) {
            // rules-50: not past a colon after which the answer no longer speaks of itself ("- **trivago** I wouldn't use
            // for this at all: it compares hotel rates, and a hostel group … gains nothing from it")
            return KnowledgeStatement.headNote(cues, lower, occurrence.end(),
                    Math.min(clauseBetweenSeparators(separators, occurrence, sentence).end(), beforeOthers.end()));
        }
        int from = text.indexOf('|', occurrence.end());
        int thinNotes = 0;
        boolean onlyNotes = true;
        while (from >= 0 && from < sentence.end()) {
            int to = text.indexOf('|', from + 1);
            int cellEnd = to < 0 || to > sentence.end() ? sentence.end() : to;
            if (KnowledgeStatement.headNote(cues, lower, from + 1, cellEnd)) {
                return true;
            }
            if (KnowledgeStatement.thinNote(cues, lower, from + 1, cellEnd)) {
                thinNotes++;
            } else if (!EMPTY_CELL.matcher(text).region(from + 1, cellEnd).matches()) {
                onlyNotes = false;
            }
            from = to;
        }
        // rules-9: "| Omio | non verificato | non verificato |" — a row holding nothing but such notes (two or more)
        // is the answer's note that it knows nothing of the brand; "| Acme | no setup fee | not verified |" is not
        return onlyNotes && thinNotes >= 2;
    }

    /**
     * "Omio I can't vouch for; it isn't something I have details on": a later or earlier clause of the sentence points
     * back at the brand ({@code [anaphor]}: "on it", "dazu", "sobre ella", or the brand's name again) and, with the
     * rest of the sentence, is a {@link KnowledgeStatement} — or holds a bare {@code [pronoun]} ("it") and is one by
     * itself; the brand's own clause says nothing of it (no product
     * verb) and no other tracked brand shares the sentence.
     */
    private static boolean pointedBack(AbsenceCues cues, String text, String lower, ClauseSeparators separators,
                                       Occurrence occurrence, Clause sentence, List<Occurrence> occurrences) {
        for (Occurrence other : occurrences) {
            if (other.brand() != occurrence.brand() && other.start() >= sentence.start() && other.end() <= sentence.end()) {
                return false;
            }
        }
        Clause own = clauseBetweenSeparators(separators, occurrence, sentence);
        // rules-17: a clause that leaves the brand out ("HEY heb ik weggelaten; wat dat is, weet ik simpelweg niet",
        // "Missive is missing here on purpose; I've got no background on that app") needs no word pointing back
        boolean leftOut = cues.words.get("leaving").in(lower, own.start(), own.end());
        // rules-42: nor does one reporting the question, whatever its verb ("FREE NOW was in your message too, but I can't
        // offer anything on it")
        boolean reported = reportsTheQuestion(cues, lower, own);
        if (own.start() == sentence.start() && own.end() == sentence.end()
                || !leftOut && !reported && !guessedAt(cues, lower, occurrence, own)
                && KnowledgeStatement.productSubject(cues, lower, occurrence.end(), own.end())) {
            return false;
        }
        int start = sentence.start();
        ClauseSeparators.InSentence separator = separators.in(sentence.start(), sentence.end());
        for (int i = 0; start < sentence.end(); i++) {
            int end = separator.has(i) ? separator.start(i) : sentence.end();
            if (opensWithQuote(text, start, end)) {
                // rules-42: someone's words quoted as an example ("leave internal notes ("they want a song we don't know,
                // can we learn it?")") are not the answer's
                start = end == sentence.end() ? end : separator.end(i);
                continue;
            }
            if (start != own.start() && (leftOut || cues.words.get("anaphor").in(lower, start, end)
                    || named(occurrence, occurrences, start, end))
                    && KnowledgeStatement.statement(cues, lower, start, sentence.end())) {
                return true;
            }
            if (start != own.start() && cues.words.get("pronoun").in(lower, start, end)
                    && KnowledgeStatement.statement(cues, lower, start, end)) {
                return true; // a bare pronoun only where its own clause is the statement ("…, so I can't assess it")
            }
            start = end == sentence.end() ? end : separator.end(i);
        }
        return false;
    }

    /** The clause opens with a quotation mark, brackets and spaces aside. */
    private static boolean opensWithQuote(String text, int start, int end) {
        int i = start;
        while (i < end && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '(')) {
            i++;
        }
        return i < end && "\"\u201C\u201E\u00AB".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * A word or phrase reporting the question ({@code [asking]}) that is not also a product's verb (Portuguese "inclui",
     * German "erwähnt": "hoje o HEY já inclui a triagem" says what the product does).
     */
    private static boolean reportsTheQuestion(AbsenceCues cues, String lower, Clause clause) {
        if (!cues.words.get("asking").in(lower, clause.start(), clause.end())) {
            return false;
        }
        Matcher word = WORDS.matcher(lower).region(clause.start(), clause.end());
        while (word.find()) {
            if (cues.words.get("asking").isWord(lower, word.start(), word.end())
                    && !cues.words.get("product").isWord(lower, word.start(), word.end())
                    || cues.words.get("asking").phraseAt(lower, word.start(), word.end(), clause.end())) {
                return true;
            }
        }
        return false;
    }

    /** How many words after the brand a {@code [guessing]} word may stand ("Missive est peut-être …"). */
    private static final int GUESS_REACH = 3;
    /** rules-29: words with their elisions, so that "c'est peut-être" is two words and a guess after it is in reach. */
    private static final java.util.regex.Pattern ELIDED_WORDS = java.util.regex.Pattern.compile("[\\p{L}'\u2019]+");

    /**
     * rules-20: "Missive est peut-être une petite application lancée récemment ; quoi qu'il en soit, je n'ai rien à son
     * sujet", "KAYAK is misschien een kleine of nieuwe speler; …": a {@code [guessing]} word right after the brand's verb
     * makes the clause a guess at what the brand is, not a statement of what it does; the clause pointing back says
     * whether the answer knows it.
     */
    private static boolean guessedAt(AbsenceCues cues, String lower, Occurrence occurrence, Clause own) {
        Matcher word = ELIDED_WORDS.matcher(lower).region(occurrence.end(), own.end());
        int reach = occurrence.end();
        for (int i = 0; i < GUESS_REACH && word.find(); i++) {
            reach = word.end();
        }
        return cues.words.get("guessing").in(lower, occurrence.end(), reach);
    }

    private static boolean named(Occurrence occurrence, List<Occurrence> occurrences, int start, int end) {
        for (Occurrence o : occurrences) {
            if (o.brand() == occurrence.brand() && o.start() >= start && o.end() <= end) {
                return true;
            }
        }
        return false;
    }

    private static boolean headsSentence(String text, Occurrence occurrence, Clause sentence) {
        if (Layout.headsListItem(text, occurrence.start()) || Layout.opensTableRow(text, occurrence.start())) {
            return true;
        }
        return HEAD_MARKS.matcher(text.substring(sentence.start(), occurrence.start())).matches()
                && HEAD_SEPARATOR.matcher(text).region(occurrence.end(), sentence.end()).lookingAt();
    }

    /** The occurrence's sentence; a table row is one, whatever punctuation its cells hold ("| Tier | ? | none found |"). */
    private static Clause sentenceAround(String text, Occurrence occurrence) {
        int lineStart = text.lastIndexOf('\n', occurrence.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', occurrence.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (text.substring(lineStart, occurrence.start()).strip().startsWith("|")) {
            return new Clause(lineStart, lineEnd);
        }
        Sentence sentence = Sentence.around(text, occurrence.start(), occurrence.end());
        return new Clause(sentence.start(), sentence.end());
    }

    /** The clause with every tracked brand's occurrence in it replaced by {@link AbsenceCues#BRAND}. */
    private static String withPlaceholders(String text, Clause clause, List<Occurrence> occurrences) {
        StringBuilder out = new StringBuilder();
        int at = clause.start();
        for (Occurrence o : occurrences) {
            if (o.start() >= at && o.end() <= clause.end()) {
                out.append(text, at, o.start()).append(AbsenceCues.BRAND);
                at = o.end();
            }
        }
        return out.append(text, at, clause.end()).toString();
    }
}
