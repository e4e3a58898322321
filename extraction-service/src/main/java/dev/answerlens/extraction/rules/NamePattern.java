package dev.answerlens.extraction.rules;

import dev.answerlens.model.brand.BrandMatching;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds one brand name or alias as a whole word: case-insensitive for made-up names, capitalised
 * only for ordinary words (and for every name of a brand whose matching is "requires-context"), exactly as
 * written for a brand whose matching is "case-sensitive", tolerant of curly apostrophes, hyphen variants and line breaks inside
 * multi-word names, and of a plural "s" where a name reads like a countable product.
 */
final class NamePattern {
    private static final Set<String> WEEKDAYS =
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private final Pattern pattern;
    private final String surface;
    private final boolean weekday;
    private final boolean functionWord;
    private final boolean ordinary;
    private final boolean exact;
    private final boolean needsContext;
    private final boolean lowerCaseStyle;
    /** What every match starts with, case-folded ({@link CaseFolded}): where it is absent, the regex is not run. */
    private final String firstRun;

    /**
     * @param lowerCaseStyle the brand writes one of its names in lower case ("folk CRM"), so a lower-case ordinary-word
     *                       name also counts where its clause shows it is the product ({@link #namedInLowerCase})
     */
    NamePattern(String name, BrandMatching matching, boolean lowerCaseStyle) {
        this.lowerCaseStyle = lowerCaseStyle;
        String surface = name.strip();
        this.surface = surface;
        boolean ordinary = OrdinaryWords.contains(surface) || matching == BrandMatching.REQUIRES_CONTEXT;
        boolean exact = matching == BrandMatching.CASE_SENSITIVE;
        this.exact = exact;
        String body;
        if (exact) {
            body = literal(surface);
            this.firstRun = CaseFolded.literal(firstRun(surface));
        } else if (ordinary) {
            String capitalised = surface.substring(0, 1).toUpperCase(Locale.ROOT) + surface.substring(1);
            boolean writtenWithCapitals = !surface.equals(surface.toLowerCase(Locale.ROOT));
            String upper = surface.toUpperCase(Locale.ROOT);
            String lower = surface.toLowerCase(Locale.ROOT);
            body = "(?:" + literal(capitalised) + (pluralIsSensible(surface) ? "s?" : "") + "|" + literal(upper)
                    + (writtenWithCapitals && !surface.equals(capitalised) ? "|" + literal(surface) : "")
                    + "|" + literal(lower) + ")";
            // one filter for all four spellings, unless changing case changed the letters themselves ("ß" -> "SS")
            String run = CaseFolded.literal(firstRun(surface));
            boolean same = run != null && java.util.stream.Stream.of(capitalised, upper, lower)
                    .allMatch(spelling -> run.equals(CaseFolded.literal(firstRun(spelling))));
            this.firstRun = same ? run : null;
        } else {
            body = literal(surface) + (pluralIsSensible(surface) ? "s?" : "");
            this.firstRun = CaseFolded.literal(firstRun(surface));
        }
        this.pattern = Pattern.compile(body, ordinary || exact ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.weekday = WEEKDAYS.contains(surface.toLowerCase(Locale.ROOT));
        this.functionWord = ordinary && FunctionWordNames.applies(surface);
        this.ordinary = ordinary;
        this.needsContext = matching == BrandMatching.REQUIRES_CONTEXT;
    }

    /** What every match starts with, case-folded; null when it cannot serve as a filter. */
    String firstRun() {
        return firstRun;
    }

    /** The compiled name, for the test that checks the filtered search against a plain scan. */
    Pattern pattern() {
        return pattern;
    }

    void findIn(CaseFolded folded, int brand, List<Occurrence> into) {
        String text = folded.text();
        if (firstRun != null && folded.indexOf(firstRun, 0) < 0) {
            return; // the usual case with many brands: not named here at all, so no matcher is made
        }
        Matcher matcher = pattern.matcher(text);
        int from = 0;
        while (from < text.length()) {
            if (firstRun != null) {
                // no match can start before the next place the name's first word occurs, in any case
                from = folded.indexOf(firstRun, from);
                if (from < 0) {
                    return;
                }
            }
            if (!matcher.find(from)) {
                return;
            }
            if (WordBoundary.isAt(text, matcher.start()) && WordBoundary.isAt(text, matcher.end())
                    && !(ordinary && shouted(text, matcher.start(), matcher.end()))
                    && !(ordinary && !exact && lowercaseOutsideLayout(text, matcher.start(), matcher.end())
                        && !(lowerCaseStyle && namedInLowerCase(text, matcher.start(), matcher.end()))
                        && !LowerCaseNames.named(text, matcher.start(), matcher.end()))
                    && !lowercasePlural(text, matcher.start(), matcher.end())
                    && !pluralInCompound(text, matcher.start(), matcher.end())
                    && !pluralAfterPlace(text, matcher.start(), matcher.end())
                    && !pluralIsAnotherWord(text, matcher.start(), matcher.end())
                    && !(ordinary && !plainPlural(text, matcher.start(), matcher.end()))) {
                into.add(new Occurrence(brand, matcher.start(), matcher.end(), weekday, functionWord, ordinary, needsContext, false));
                from = matcher.end();
            } else {
                from = matcher.start() + 1;
            }
        }
    }

    /**
     * An ordinary word written in lower case is the word, unless layout makes it a name: it heads a list item on its
     * own ("- **folk**: simple"; rules-37: or as its whole bold label among bold labels) or a paragraph in bold ("**folk** —
     * le plus simple", rules-22), fills a table cell
     * ("| folk |") or a heading (rules-28: "### folk") or opens a sentence.
     */
    private static boolean lowercaseOutsideLayout(String text, int start, int end) {
        String match = text.substring(start, end);
        return match.equals(match.toLowerCase(Locale.ROOT))
                && !(Layout.isListItemHead(text, start, end) && !inListOfLowerCaseWords(text, start, end))
                && !Layout.isBoldParagraphHead(text, start, end) && !Layout.isBoldListLabel(text, start, end)
                && !Layout.isWholeCell(text, start, end) && !(Layout.inHeading(text, start) && Layout.aloneOnLine(text, start, end))
                && !opensSentenceInLowerCase(text, start);
    }

    /** rules-33: a list item of nothing but a word in lower case beside another such item ("- kayak", "- level", "- radar"). */
    private static final Pattern LOWER_CASE_WORD_ITEM = Pattern.compile("\\s*(?:[-*+\u2022]|\\d{1,3}[.)])\\s+\\p{Ll}+\\s*");

    /** The name is a list item alone, and the item before or after it is a single word in lower case too: a list of words. */
    private static boolean inListOfLowerCaseWords(String text, int start, int end) {
        int lineStart = Layout.lineStart(text, start);
        int lineEnd = Layout.lineEnd(text, start);
        if (!LOWER_CASE_WORD_ITEM.matcher(text).region(lineStart, lineEnd).matches()) {
            return false;
        }
        boolean before = lineStart > 0 && LOWER_CASE_WORD_ITEM.matcher(text)
                .region(Layout.lineStart(text, lineStart - 1), lineStart - 1).matches();
        return before || lineEnd < text.length() && LOWER_CASE_WORD_ITEM.matcher(text)
                .region(lineEnd + 1, Layout.lineEnd(text, lineEnd + 1)).matches();
    }

    /**
     * For a brand that writes itself in lower case: the name opens its clause or list item and a product verb of the
     * sentence's language follows ("For a founder …, folk is pleasant", "nada que ver: folk es un CRM ligero", "- folk es
     * una buena opción"), or a product word
     * stands within three words ("un CRM ligero como folk"); "la música folk" stays the word.
     */
    private static boolean namedInLowerCase(String text, int start, int end) {
        if (end + 1 < text.length() && text.charAt(end) == '.' && Character.isLetter(text.charAt(end + 1))) {
            return false; // "monday.com": a domain, which the brand's domains and aliases match
        }
        if (ProductContext.productWordNear(text, start, end)) {
            return true;
        }
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || "*_\"“".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        i = ListMarker.before(text, i); // rules-26: "- folk es una buena opción", "1. folk suits a team"
        if (i >= 0 && ",:;\n".indexOf(text.charAt(i)) < 0) {
            return false;
        }
        Matcher next = NEXT_WORD.matcher(text).region(end, text.length());
        if (!next.lookingAt()) {
            return false;
        }
        Sentence sentence = Sentence.around(text, start, end);
        AbsenceCues cues = AbsenceCues.all().of(text, sentence.start(), sentence.end());
        String verb = next.group(1).toLowerCase(Locale.ROOT);
        return cues.words.get("product").isWord(verb, 0, verb.length())
                && !cues.words.get("determiner").isWord(verb, 0, verb.length());
    }

    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");

    /**
     * "… the customer list. folk’s groups make that a two-click job": prose capitalises the word opening a sentence or a
     * paragraph, so one left in lower case there is written as the brand writes its name.
     */
    private static boolean opensSentenceInLowerCase(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || "*_\"“".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i > 0 && i < start - 1 && ".!?".indexOf(text.charAt(i)) >= 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                || opensParagraph(text, i);
    }

    /** rules-26: "…\n\nfolk suits a team your size": the first word of a paragraph (or of the answer), no list marker. */
    private static boolean opensParagraph(String text, int before) {
        return before < 0 || text.charAt(before) == '\n' && (before == 0 || text.charAt(before - 1) == '\n');
    }

    /**
     * Whether a capitalised plural of an ordinary-word name reads as the product's plural ("two or three Looms a week",
     * "too many Zooms"): after a word in lower case or a number, so in running text — not opening a sentence ("Heaps
     * of data"), not in capitalised words ("Many Summits", "## Pricing Tiers") — and not a day ("Mondays").
     */
    private boolean plainPlural(String text, int start, int end) {
        if (!isPlural(start, end)) {
            return true;
        }
        String before = previousWord(text, start);
        return !weekday && before != null && (Character.isLowerCase(before.charAt(0)) || Character.isDigit(before.charAt(0)));
    }

    /** rules-17: a bare plural after a preposition of place is another name ("pages live in Canvas, the LMS"). */
    private boolean pluralAfterPlace(String text, int start, int end) {
        if (!isPlural(start, end)) {
            return false;
        }
        String before = previousWord(text, start);
        return before != null && PLACE_PREPOSITIONS.contains(before); // Set.of rejects null
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "on", "at", "from", "into", "onto", "inside",
            "within", "via",
            // rules-42: German ones, and the genitive article ("am Limes im Taunus", "Abschnitte des Limes")
            "am", "im", "vom", "zum", "beim", "des");

    /**
     * rules-29: the name's plural is a word of its own ("Canva" and "the university's Canvas"): the product's plural only
     * after a number or a word of quantity ("two Canvas"), which no one writes before the other word.
     */
    private boolean pluralIsAnotherWord(String text, int start, int end) {
        if (!isPlural(start, end) || !OrdinaryWords.contains(text.substring(start, end))) {
            return false;
        }
        String before = previousWord(text, start);
        return before == null || !(Character.isDigit(before.charAt(0)) || QUANTITIES.contains(before.toLowerCase(Locale.ROOT)));
    }

    private static final Set<String> QUANTITIES = Set.of("two", "three", "four", "five", "several", "many", "multiple",
            "both", "all", "few", "separate", "different");

    /** The match is the name with the plural "s" the pattern allows. */
    private boolean isPlural(int start, int end) {
        return end - start == surface.length() + 1;
    }

    /** The word right before {@code start} on its line, or null. */
    private static String previousWord(String text, int start) {
        Matcher before = PREVIOUS_WORD.matcher(text.substring(Math.max(0, start - 40), start));
        return before.find() ? before.group(1) : null;
    }

    private static final Pattern PREVIOUS_WORD = Pattern.compile("([\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*)[ \\t]+$");

    /** "Canvas-based tools": the name and an s before a hyphenated word is another word, not the product's plural. */
    private boolean pluralInCompound(String text, int start, int end) {
        return end - start == surface.length() + 1 && end + 1 < text.length() && text.charAt(end) == '-'
                && Character.isLetter(text.charAt(end + 1));
    }

    /** A plural written in lower case where the name is capitalised is a word: "a canvas", not two Canvas. */
    private boolean lowercasePlural(String text, int start, int end) {
        return end - start == surface.length() + 1 && Character.isUpperCase(surface.charAt(0))
                && Character.isLowerCase(text.charAt(start));
    }

    /**
     * An ordinary word in capitals counts as a name ("**OBSIDIAN** is my favourite") unless its whole
     * sentence is in capitals, where it is just a shouted word — except in a table cell, a list item's head of its own or
     * alone on its line ("### KAYAK", "**HEY**").
     */
    private static boolean shouted(String text, int start, int end) {
        String match = text.substring(start, end);
        if (match.length() < 2 || !match.equals(match.toUpperCase(Locale.ROOT))
                || Layout.isWholeCell(text, start, end) || Layout.isListItemHead(text, start, end)
                || (Layout.inHeading(text, start) || emphasised(text, start, end)) && Layout.aloneOnLine(text, start, end)) {
            // "| FREE NOW | 13 € |": a cell or a list item's head is a name, whatever its capitals; so is a heading or a bold
            // title of its own ("### KAYAK", rules-31: "**HEY**")
            return false;
        }
        Sentence sentence = Sentence.around(text, start, end);
        return text.substring(sentence.start(), sentence.end()).chars().noneMatch(Character::isLowerCase);
    }

    /** Set in emphasis marks on both sides: "**HEY**". */
    private static boolean emphasised(String text, int start, int end) {
        return start > 0 && end < text.length() && (text.charAt(start - 1) == '*' || text.charAt(start - 1) == '_')
                && (text.charAt(end) == '*' || text.charAt(end) == '_');
    }

    /** Plurals only for single made-up words that end like a countable noun: "Roombas", not "Globexs". */
    private static boolean pluralIsSensible(String surface) {
        if (surface.length() < 4 || !surface.chars().allMatch(Character::isLetter)) {
            return false;
        }
        if (surface.equals(surface.toUpperCase(Locale.ROOT))) {
            return false;
        }
        char last = surface.charAt(surface.length() - 1);
        return Character.isLowerCase(last) && "sxzhy".indexOf(last) < 0;
    }

    /** The name up to its first space, apostrophe or hyphen: the part {@link #literal} matches as written. */
    private static String firstRun(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            if (special(surface.charAt(i)) != null) {
                return surface.substring(0, i);
            }
        }
        return surface;
    }

    private static String special(char c) {
        return Character.isWhitespace(c) ? "\\s+"
                : c == '\'' || c == '\u2019' ? "['\u2019]"
                : c == '-' || c == '\u2010' || c == '\u2011' ? "[-\u2010\u2011]"
                : null;
    }

    /** The name as a regular expression: spaces match any whitespace, apostrophes and hyphens any variant. */
    private static String literal(String surface) {
        StringBuilder regex = new StringBuilder();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            String special = special(c);
            if (special == null) {
                run.append(c);
                continue;
            }
            if (!run.isEmpty()) {
                regex.append(Pattern.quote(run.toString()));
                run.setLength(0);
            }
            if (!(special.equals("\\s+") && regex.toString().endsWith("\\s+"))) {
                regex.append(special);
            }
        }
        if (!run.isEmpty()) {
            regex.append(Pattern.quote(run.toString()));
        }
        return regex.toString();
    }
}
