package dev.answerlens.extraction.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Words and phrases that make a clause favourable or unfavourable to what it describes, in English,
 * German, French, Spanish and Dutch, with the negations that flip them ("not cheap", "nicht einfach").
 * Deliberately small: a word earns its place when buyers' questions use it to praise or warn.
 */
final class SentimentLexicon {
    private static final Set<String> POSITIVE = Set.copyOf(List.of(
            // English
            "best", "great", "excellent", "outstanding", "strong", "stronger", "strongest", "powerful", "intuitive",
            "easy", "easiest", "reliable", "popular", "recommend", "recommended", "standout", "leading", "favorite",
            "favourite", "love", "loved", "loves", "robust", "affordable", "flexible", "seamless", "seamlessly",
            "clean", "fast", "solid", "ideal", "perfect", "generous", "polished", "mature", "user-friendly",
            "superb", "impressive", "versatile", "secure", "scalable", "excels", "shines", "praised",
            "comprehensive", "good", "better", "top-rated", "well-designed", "smooth", "beloved", "trusted",
            "simple", "simplest", "fine", "lovely", "refined", "loyal", "unmatched", "developer-friendly", "quickest", "quick", "cheap", "cheaper", "beautiful", "faster", "fastest", "well-documented", "easier", "simpler", "praise", "excel", "friendly", "elegant", "slick", "fantastic", "terrific", "winner", "standout",
            "go-to", "favoured", "favored", "accurate", "helpful", "clear", "clearest", "transparent",
            "dependable", "delightful", "unbeatable", "nicest", "loaded", "rich", "cheapest", "value",
            // German
            "beste", "besten", "bester", "hervorragend", "hervorragende", "einfach", "einfache", "gut", "gute",
            "guter", "stark", "starke", "zuverlässig", "zuverlässige", "beliebt", "beliebte", "intuitiv",
            "empfehlenswert", "empfehle", "ausgezeichnet", "übersichtlich", "flexibel", "günstig", "günstige",
            // French
            "meilleur", "meilleure", "excellent", "excellente", "intuitif", "intuitive", "fiable", "populaire",
            "puissant", "puissante", "recommande", "recommandé", "idéal", "idéale", "efficace", "pratique",
            "abordable", "solide",
            // Spanish
            "mejor", "excelente", "fácil", "intuitivo", "intuitiva", "potente", "recomiendo", "recomendado",
            "recomendable", "ideal", "sólido", "sólida", "económico", "económica",
            // Dutch
            "beste", "uitstekend", "uitstekende", "gebruiksvriendelijk", "betrouwbaar", "populair", "krachtig",
            "aanrader", "handig"));

    private static final Set<String> NEGATIVE = Set.copyOf(List.of(
            // English
            "expensive", "pricey", "costly", "overpriced", "clunky", "slow", "slower", "limited", "lacks",
            "lacking", "missing", "difficult", "complicated", "complex", "steep", "confusing", "buggy", "outdated",
            "dated", "poor", "poorly", "weak", "weaker", "weakest", "frustrating", "unreliable", "avoid", "worse",
            "worst", "bloated", "cumbersome", "restrictive", "problems", "issues", "complaints", "complain",
            "criticized", "criticised", "drawback", "drawbacks", "downside", "downsides", "breach", "breaches",
            "lawsuit", "outage", "outages", "struggles", "struggle", "cluttered", "awkward", "mediocre",
            "disappointing", "annoying", "rigid", "overwhelming", "inconsistent", "hidden", "lags", "lag",
            "unintuitive", "painful", "spotty", "shaky", "laggy", "crashes", "glitchy", "inferior",
            "caution", "concerns", "concern", "privacy", "harder", "hard", "pricier", "costlier", "overkill",
            "unresponsive", "frustrates", "frustrated", "frustration", "declined", "declining", "abandoned", "discontinued", "sluggish", "worry",
            // German
            "teuer", "teure", "umständlich", "langsam", "eingeschränkt", "schwierig", "kompliziert", "veraltet",
            "unübersichtlich", "schwach", "nachteil", "nachteile", "probleme",
            // French
            "cher", "chère", "coûteux", "coûteuse", "lent", "lente", "limité", "limitée", "compliqué",
            "compliquée", "difficile", "décevant", "décevante", "inconvénient", "problèmes",
            // Spanish
            "caro", "cara", "costoso", "costosa", "lento", "lenta", "limitado", "limitada", "complicado",
            "complicada", "difícil", "problemas", "desventaja",
            // Dutch
            "duur", "traag", "beperkt", "ingewikkeld", "lastig", "omslachtig"));

    /** Phrases whose words are harmless alone: "learning curve", "not for everyone". */
    private static final Phrases NEGATIVE_PHRASES = new Phrases(List.of(
            "learning curve", "less suited", "falls? short", "not for everyone", "add up", "adds up", "at a premium",
            "price (?:hikes?|increases?)", "hard to (?:use|learn|set up)", "customer support (?:is|has been) (?:slow|poor)",
            "no longer", "stay away", "look elsewhere", "wouldn't recommend", "would not recommend", "do not recommend",
            "don't recommend"));
    private static final Phrases POSITIVE_PHRASES = new Phrases(List.of(
            "stands? out", "best-in-class", "best in class", "hard to beat", "worth (?:it|the (?:price|money|cost))",
            "a breeze", "most widely used", "should try", "worth (?:trying|a look|considering)", "top pick", "top choice",
            "first choice", "great value", "easy to use", "sans effort", "fácil de usar", "einfach zu bedienen"));

    private static final Set<String> NEGATORS = Set.copyOf(List.of(
            "not", "no", "never", "isn't", "aren't", "wasn't", "doesn't", "don't", "didn't", "hardly", "nor",
            "without", "lacks", "less", "nicht", "kein", "keine", "pas", "jamais", "ni", "nunca", "niet", "geen"));
    /** What a word goes on with after its first letter: {@code [\p{L}\p{N}'’-]}. */
    private static final IntPredicate WORD_CHARACTER =
            WordRun.withAsciiTable(c -> WordRun.LETTER_NUMBER_OR_APOSTROPHE.test(c) || c == '-');

    private SentimentLexicon() {
    }

    /** The clause's polarity: +1 per favourable cue, -1 per unfavourable cue, flipped by a negation just before it. */
    static int polarity(String clause) {
        // Lower-cased once here, so the phrase patterns need no (slow) case-insensitive matching.
        String c = clause.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        int positives = POSITIVE_PHRASES.count(c);
        int negatives = NEGATIVE_PHRASES.count(c);
        int score = positives - negatives;
        // Most clauses hold no phrase: then masking would only scan the clause twice more to change nothing. (With a
        // positive phrase masked, a negative one may form across the gap, so the second pass runs then too.)
        String masked = c;
        if (positives > 0 || negatives > 0) {
            masked = NEGATIVE_PHRASES.blanked(POSITIVE_PHRASES.blanked(c));
        }
        String previous1 = "";
        String previous2 = "";
        String previous3 = "";
        for (String word : words(masked)) {
            int value = POSITIVE.contains(word) ? 1 : NEGATIVE.contains(word) ? -1 : 0;
            if (value != 0) {
                boolean negated = NEGATORS.contains(previous1) || NEGATORS.contains(previous2) || NEGATORS.contains(previous3);
                score += negated ? -value : value;
            }
            previous3 = previous2;
            previous2 = previous1;
            previous1 = word;
        }
        return score;
    }

    /**
     * The words a {@code find()} loop of {@code [\p{L}][\p{L}\p{N}'’-]*} gives, read code point by code point without
     * the regex machinery at every character (package-visible for the test that checks them against the pattern).
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (int at = 0; at < text.length(); ) {
            int first = text.codePointAt(at);
            if (Character.isLetter(first)) {
                int end = WordRun.end(text, at, text.length(), WORD_CHARACTER);
                words.add(text.substring(at, end));
                at = end;
            } else {
                at += Character.charCount(first);
            }
        }
        return words;
    }
}
