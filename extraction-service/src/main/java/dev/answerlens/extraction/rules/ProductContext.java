package dev.answerlens.extraction.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an answer shows that a name is the product, for brands whose matching is "requires-context": the name
 * heads a list item, sits in a heading or is a table cell of its own; a product word ({@code /ordinary/product-words.cues})
 * is within three words of it in its sentence; another tracked brand is named in the same sentence; or the brand's
 * domain appears in the answer. Other brands' occurrences pass through untouched.
 */
final class ProductContext {
    private static final Set<String> PRODUCT_WORDS = load();
    private static final int WINDOW_WORDS = 3;
    private static final int REACH = 100;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*");

    private ProductContext() {
    }

    /** The occurrences that count: every one not needing context, and those needing it where the answer shows it. */
    static List<Occurrence> keepShown(String text, List<Occurrence> occurrences) {
        if (occurrences.stream().noneMatch(Occurrence::needsContext)) {
            return occurrences;
        }
        return occurrences.stream().filter(o -> !o.needsContext() || shown(text, o, occurrences)).toList();
    }

    private static boolean shown(String text, Occurrence occurrence, List<Occurrence> all) {
        return byLayout(text, occurrence) || byProductWord(text, occurrence) || byCompany(text, occurrence, all);
    }

    private static boolean byLayout(String text, Occurrence o) {
        return Layout.inHeading(text, o.start()) || Layout.headsListItem(text, o.start())
                || Layout.isWholeCell(text, o.start(), o.end());
    }

    private static boolean byProductWord(String text, Occurrence o) {
        return productWordNear(text, o.start(), o.end());
    }

    /** A product word within three words of [start, end) in its sentence: "un CRM ligero como folk". */
    static boolean productWordNear(String text, int start, int end) {
        Sentence sentence = Sentence.around(text, start, end);
        // three words fit in the reach on either side; reading no further keeps long sentences cheap
        int from = Math.max(sentence.start(), start - REACH);
        while (from > sentence.start() && from < start && Character.isLetterOrDigit(text.charAt(from - 1))) {
            from++; // not half a word
        }
        int to = Math.min(sentence.end(), end + REACH);
        while (to < sentence.end() && to > end && Character.isLetterOrDigit(text.charAt(to))) {
            to--;
        }
        List<String> before = words(text.substring(from, start));
        List<String> after = words(text.substring(end, to));
        return before.subList(Math.max(0, before.size() - WINDOW_WORDS), before.size()).stream().anyMatch(PRODUCT_WORDS::contains)
                || after.subList(0, Math.min(WINDOW_WORDS, after.size())).stream().anyMatch(PRODUCT_WORDS::contains);
    }

    /**
     * A product word anywhere in the text ("| Tool | Best for |", "CRM platforms"); "plan" only as a product's plan
     * (rules-29: "the free plan", "a paid plan", "the Business plan costs …"), not a plan for the day, a cake or a move ("Here's a
     * plan for a three-tier cake", "so plan to be over the bar by 13:00").
     */
    static boolean productWordIn(String text) {
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (PRODUCT_WORDS.contains(word) && (!PLANS.contains(word) || productPlan(words, i))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PLANS = Set.of("plan", "plans");
    private static final Set<String> PLAN_KINDS = Set.of("free", "paid", "pro", "premium", "business", "team", "teams",
            "starter", "basic", "standard", "enterprise", "monthly", "annual", "yearly", "personal", "family", "plus",
            "individual", "cheapest", "entry-level", "higher", "lower", "top", "subscription", "pricing", "growth", "essentials");
    private static final Set<String> PLAN_VERBS = Set.of("costs", "cost", "includes", "include", "starts", "start", "covers",
            "cover", "adds", "add", "offers", "offer", "gives", "give", "allows", "allow", "comes", "come");

    private static boolean productPlan(List<String> words, int i) {
        return i > 0 && PLAN_KINDS.contains(words.get(i - 1)) || i + 1 < words.size() && PLAN_VERBS.contains(words.get(i + 1));
    }

    /** Another tracked brand in the same sentence, or this brand's domain anywhere in the answer. */
    private static boolean byCompany(String text, Occurrence o, List<Occurrence> all) {
        Sentence sentence = Sentence.around(text, o.start(), o.end());
        for (Occurrence other : all) {
            boolean sameBrand = other.brand() == o.brand();
            if (sameBrand && !other.needsContext()) {
                return true;
            }
            if (!sameBrand && other.start() >= sentence.start() && other.end() <= sentence.end()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(m -> m.group()).toList();
    }

    private static Set<String> load() {
        return CueLines.words("/ordinary/product-words.cues");
    }
}
