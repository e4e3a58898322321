package dev.answerlens.extraction.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brands named after words that open sentences all the time ("You", "Here", "Now", "Make"): a
 * capitalised "You" at the start of a sentence is the pronoun, not You.com. Such a name counts at a
 * sentence start only when the writer marks it as a name (emphasis, a link, "You.com", "You (the
 * search engine)", "You –", a possessive) or a verb of a product follows ("Teams is", "Bear has"),
 * and never in a Title Case heading ("## Tools You Should Try").
 */
final class FunctionWordNames {
    private static final Set<String> WORDS = Set.copyOf(List.of(
            "you", "we", "hey", "hi", "hello", "yes", "just", "now", "next", "here", "there", "today", "always",
            "ever", "again", "soon", "later", "make", "help", "ask", "answer", "view", "home", "open", "free",
            "plain", "true", "ready", "direct", "instant", "daily", "weekly", "access", "meet", "chat", "word",
            "simple", "clear", "easy", "smart", "just", "things", "notes", "note", "brief", "reply", "focus",
            "sense", "mind", "grow", "rise", "lift", "boost", "leap", "jump", "quick", "rapid", "swift", "keen",
            "sharp", "plenty", "view", "guide", "drive", "front", "split", "float", "height", "wave", "bill", "teams",
            "bear", "craft", "close", "mint", "chase", "target", "around", "folk", "sketch", "tier"));
    private static final Pattern MARKED_AFTER = Pattern.compile("^(?:[*_\\]]+|\\s*\\(|\\s*[\u2013\u2014:]|\\s+-\\s|\\.com\\b|['\u2019]s\\b"
            + "|\\s+(?:is|has|offers|lets|supports|includes|integrates|provides|costs|charges|works|shines|stands|was"
            + "|vs\\.?|versus|est|ist|es|è|é|är|propose|bietet|ofrece|offre|oferece|biedt|erbjuder|kostet|coûte"
            + "|cuesta|costa|custa|kost|wurde|war|hat|era|fue|foi|var|werd|heeft|tiene|tem|ha"
            // negated and other auxiliaries, and verbs of working or staying, in the languages tracked: "Close isn't
            // cheap", "Missive does", "Sketch reste", "Sketch ne tourne que sur Mac", "Front hilft"
            // (not "can", "will", "can't": "You can also ask")
            + "|isn['\u2019]t|doesn['\u2019]t|wasn['\u2019]t|does"
            + "|remains|stays|helps|handles|reste|ne|bleibt|hilft|funktioniert|fonctionne|funciona|funziona"
            + "|werkt|fungerar|rimane|permanece|blijft|förblir|resuelve|résout|löst"
            // rules-49: solving and sufficing in the other languages ("Front risolve proprio questo", "folk basterebbe")
            + "|risolve|resolve|löser|suffices|suffit|suffirait|basta|basterebbe|bastaría|bastaria|reicht|genügt|räcker|volstaat"
            // verbs of suiting, becoming and seeming: "Front suits a support team", "Front convient bien à…"
            + "|suits|fits|beats|becomes|seems|feels|looks|convient|devient|sert|semble|eignet|passt|wirkt|sirve"
            + "|conviene|resulta|serve|conviene|diventa|sembra|serve|convém|torna|parece|past|lijkt|wordt|passar|verkar"
            + ")(?!\\p{L})|\\s+n['\u2019]\\p{L}|\\s*,\\s+(?:which|owned\\s+by|now\\s+part\\s+of)\\b"
            // a contrast set off by commas, as after a name compared with another: "Front, en revanche, devient…"
            + "|\\s*,\\s*(?:however|by\\s+contrast|on\\s+the\\s+other\\s+hand|en\\s+revanche|par\\s+contre|dagegen"
            + "|hingegen|wiederum|en\\s+cambio|por\\s+su\\s+parte|invece|dal\\s+canto\\s+suo|por\\s+outro\\s+lado"
            + "|daarentegen|däremot|å\\s+andra\\s+sidan"
            // rules-17: the last of a list set off the same way ("Close, enfin, n'a d'intérêt que …")
            + "|enfin|finally|lastly|finalmente|infine|por\\s+último|por\\s+fim|schließlich|zuletzt|tot\\s+slot|slutligen)\\s*,"
            // rules-17: the name fronted and taken up by a pronoun ("Sketch, je ne le prendrais pas", "Close I'd leave
            // aside"): the object of the sentence, named as a product
            + "|\\s*,\\s+(?:je|nous|on|no|non|não)\\s+(?:ne\\s+|n['\u2019])?(?:le|la|l['\u2019]|les|lo|o)\\b"
            // rules-36: the same without the comma, a negation and an object pronoun right after the name ("Around non
            // glielo consiglierei", "Around no lo recomendaría", "Around não o recomendaria")
            + "|\\s+(?:non|no|não)\\s+(?:glielo|gliela|glieli|gliele|lo|la|li|le|l['\u2019]|o|a|os|as|te\\s+lo|se\\s+lo)\\b"
            + "|\\s+I['\u2019]d\\b|\\s+I\\s+(?:would|wouldn['\u2019]t|won['\u2019]t|can['\u2019]t|don['\u2019]t)\\b"
            // rules-17: "can" before a verb where the subject comes first ("Front peut vous alerter"), not "may be"
            // ("O Bunq pode ser um banco recente" is a hedge, and not a product verb for the absence rules either)
            + "|\\s+(?:peut|peuvent|puede|pueden|può|possono|pode|podem)\\s+(?!(?:être|ser|essere|estar)\\b)"
            // rules-19: the conditional of being, outside English ("Front wäre für eine Person überdimensioniert", "Front
            // serait trop cher"; not "would": "Here would be …"); going further than another product ("Front va plus
            // loin dans les règles"); the name fronted before the verb and the speaker in German, Dutch and Swedish
            // (verb second: "Around würde ich hier nicht nehmen", "Front zou ik kiezen", "Folk skulle jag välja")
            + "|\\s+(?:wäre|wären|serait|seraient|sería|sarebbe|seria|zou|vore)(?!\\p{L})"
            + "|\\s+(?:goes\\s+further|va\\s+plus\\s+loin|geht\\s+weiter|gaat\\s+verder|går\\s+längre|vai\\s+mais\\s+longe"
            + "|va\\s+más\\s+allá|va\\s+oltre)(?!\\p{L})"
            + "|\\s+\\p{L}+\\s+(?:ich|wir|ik|wij|jag|vi)(?!\\p{L}))");
    private static final Pattern MARKED_BEFORE = Pattern.compile("(?:[*_\\[]+)$");
    private static final Pattern SENTENCE_OPENING =
            Pattern.compile("(?:^|[.!?]\\s+|\\n)[\\s>#*_\\-+\u2022\\d.)\"\u201C\u201E\u00AB\u2039\u00A1\u00BF]*$");

    private FunctionWordNames() {
    }

    static boolean applies(String name) {
        return WORDS.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /** True when this occurrence of a function-word name is just the word. */
    static boolean isPlainWord(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 40), start);
        String after = text.substring(end, Math.min(text.length(), end + 20));
        if (inTitleCaseHeading(text, start)) {
            return true;
        }
        if (Sentence.inCapitalsAmongLowerCase(text, start, end) || Layout.aloneOnLine(text, start, end)) {
            return false;
        }
        boolean marked = MARKED_AFTER.matcher(after).find() || MARKED_BEFORE.matcher(before).find();
        return !marked && SENTENCE_OPENING.matcher(start < 40 ? "\n" + before : before).find()
                && !productVerbFollows(text, start, end);
    }

    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)(?![\\p{L}'\u2019])");
    /** Compiled once, not by String.replaceAll and split at every heading read. */
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L} ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * rules-9: a product verb of the sentence's language right after the name ({@code [product]} in
     * {@code absence/<code>.cues}: "Front permet d'assigner …", "Front verdeelt berichten …") — the verbs are data, so
     * a new language's come with its file; a determiner ("a") does not count, and an undecided language gets none.
     */
    private static boolean productVerbFollows(String text, int start, int end) {
        Matcher next = NEXT_WORD.matcher(text).region(end, Math.min(text.length(), end + 40));
        if (!next.lookingAt()) {
            return false;
        }
        Sentence sentence = Sentence.around(text, start, end);
        String language = AbsenceCues.all().guess.ofSentence(text, sentence.start(), sentence.end());
        if (language == null) {
            return false;
        }
        AbsenceCues cues = AbsenceCues.all().in(language);
        String verb = next.group(1).toLowerCase(Locale.ROOT);
        return cues.words.get("product").isWord(verb, 0, verb.length())
                && !cues.words.get("determiner").isWord(verb, 0, verb.length());
    }

    private static boolean inTitleCaseHeading(String text, int index) {
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        int lineEnd = text.indexOf('\n', index);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        if (!line.stripLeading().startsWith("#")) {
            return false;
        }
        String[] words = SPACES.split(NOT_A_LETTER.matcher(line).replaceAll(" ").trim());
        int long4 = 0;
        int capitalised = 0;
        for (String w : words) {
            if (w.length() >= 4) {
                long4++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return long4 >= 2 && capitalised * 10 >= long4 * 7;
    }
}
