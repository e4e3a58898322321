package dev.answerlens.extraction.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scores how an answer speaks of each brand it mentions. The text is cut into clauses at contrast
 * words ("but", "however", "aber", "mais", "pero"); a clause counts for the brands it names, or, when
 * it names none, for the brands of the clause before it in the same sentence, of the sentence before
 * it when it opens with a pronoun ("It lacks..."), of its parent list item when it is a sub-bullet, or of
 * the heading it sits under ("## Zoom" then "The best choice for webinars").
 * A brand after "than" gets the opposite of the clause ("Globex is easier than Hooli").
 */
final class MentionSentiment {
    /** The words that open a clause of contrast ("…, but", "… however"), in lower case. */
    private static final List<String> CONTRAST_WORDS = List.of("but", "however", "whereas", "although", "though", "while",
            "yet", "aber", "jedoch", "mais", "cependant", "pero", "sin embargo", "maar");
    /** The words for "and" that open a clause after a comma ("…, and"), in lower case. */
    private static final List<String> AND_WORDS = List.of("and", "und", "et", "y", "en");
    /** Run over the case-folded text ({@link CaseFolded#folded()}), so its lower-case words match in any case. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[;]|,\\s+(?:" + String.join("|", AND_WORDS) + ")\\b|,?\\s+(?:" + String.join("|", CONTRAST_WORDS) + ")\\b");
    /** The contrast words by first letter: a word is compared only with the few that share its first letter. */
    private static final Map<Character, List<String>> CONTRAST_WORDS_BY_FIRST = byFirstLetter(CONTRAST_WORDS);
    /** What can follow a comma and white space in a break, an "and" word or a contrast word, by first letter. */
    private static final Map<Character, List<String>> WORDS_AFTER_COMMA_BY_FIRST = byFirstLetter(
            Stream.concat(AND_WORDS.stream(), CONTRAST_WORDS.stream()).toList());
    private static final Pattern PRONOUN_START = Pattern.compile(
            "^[\\s*_>-]*(?:it|its|it's|they|their|this tool|this platform|the tool|the platform|es|sie|il|elle|ils|su|het)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern THAN = Pattern.compile("\\bthan\\b|\\b\\p{L}+er\\s+als\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s");
    private static final Pattern SUB_ITEM = Pattern.compile("^(\\s{2,}|\\t+)(?:[-*+\u2022]|\\d+[.)])\\s+");

    private MentionSentiment() {
    }

    /** Brand index to sentiment, for every brand with a counted occurrence. */
    static Map<Integer, Sentiment> score(CaseFolded folded, List<Occurrence> counted) {
        String text = folded.text();
        String masked = mask(text, counted);
        Map<Integer, Integer> totals = new HashMap<>();
        counted.forEach(o -> totals.put(o.brand(), 0));
        Set<Integer> lastSentenceOwners = Set.of();
        Set<Integer> lastItemOwners = Set.of();
        Set<Integer> headingOwners = Set.of();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            int lineEnd = lineStart + line.length();
            boolean subItem = SUB_ITEM.matcher(line).lookingAt();
            boolean heading = HEADING.matcher(line).lookingAt();
            Set<Integer> lineOwners = new LinkedHashSet<>();
            for (int[] sentence : sentences(text, lineStart, lineEnd)) {
                Set<Integer> previousClauseOwners = Set.of();
                Set<Integer> sentenceOwners = new LinkedHashSet<>();
                for (int[] clause : clauses(folded.folded(), sentence[0], sentence[1])) {
                    Map<Integer, Integer> named = namedIn(folded, counted, clause[0], clause[1]);
                    if (named.isEmpty()) {
                        Set<Integer> inherited = !previousClauseOwners.isEmpty() ? previousClauseOwners
                                : subItem && !lastItemOwners.isEmpty() ? lastItemOwners
                                : opensWithPronoun(text, clause[0], clause[1]) ? lastSentenceOwners
                                : !heading ? headingOwners
                                : Set.of();
                        if (!inherited.isEmpty()) {
                            int polarity = SentimentLexicon.polarity(masked.substring(clause[0], clause[1]));
                            inherited.forEach(b -> totals.merge(b, polarity, Integer::sum));
                        }
                        previousClauseOwners = inherited;
                        continue;
                    }
                    int polarity = SentimentLexicon.polarity(masked.substring(clause[0], clause[1]));
                    named.forEach((brand, sign) -> totals.merge(brand, sign * polarity, Integer::sum));
                    previousClauseOwners = named.keySet();
                    sentenceOwners.addAll(named.keySet());
                }
                if (!sentenceOwners.isEmpty()) {
                    lastSentenceOwners = sentenceOwners;
                    lineOwners.addAll(sentenceOwners);
                }
            }
            if (heading) {
                headingOwners = lineOwners.isEmpty() ? Set.of() : Set.copyOf(lineOwners);
            }
            if (!subItem && !lineOwners.isEmpty()) {
                lastItemOwners = lineOwners;
            } else if (!subItem && !line.isBlank()) {
                lastItemOwners = Set.of();
            }
            lineStart = lineEnd + 1;
        }
        Map<Integer, Sentiment> sentiments = new HashMap<>();
        totals.forEach((brand, total) -> sentiments.put(brand, Sentiment.ofScore(total / (Math.abs(total) + 1.0))));
        return sentiments;
    }

    /**
     * Whether the clause opens with a pronoun. The pattern is anchored ({@code ^}), so {@code lookingAt()} gives what
     * {@code find()} would, without trying it at every other character; with the matcher's default (opaque) bounds the
     * region reads as the clause alone would.
     */
    private static boolean opensWithPronoun(String text, int from, int to) {
        return PRONOUN_START.matcher(text).region(from, to).lookingAt();
    }

    /** Brands named in the range: +1, or -1 when named after "than" (the loser of a comparison). */
    private static Map<Integer, Integer> namedIn(CaseFolded folded, List<Occurrence> counted, int from, int to) {
        Map<Integer, Integer> named = new HashMap<>();
        for (Occurrence o : counted) {
            if (o.start() >= from && o.end() <= to) {
                named.putIfAbsent(o.brand(), afterThan(folded, from, o.start()) ? -1 : 1);
            }
        }
        return named;
    }

    /**
     * "than" earlier in the clause with no punctuation between it and the brand: "easier than Hooli". Every match of
     * the pattern holds "than" or "als" in some case, so where the folded text has neither, it is not run.
     */
    private static boolean afterThan(CaseFolded folded, int from, int to) {
        if (!holds(folded.folded(), "than", from, to) && !holds(folded.folded(), "als", from, to)) {
            return false;
        }
        String before = folded.text().substring(from, to);
        Matcher than = THAN.matcher(before);
        int last = -1;
        while (than.find()) {
            last = than.end();
        }
        return last >= 0 && before.substring(last).chars().noneMatch(c -> c == ',' || c == ':' || c == ';');
    }

    /**
     * Whether the word occurs in the text between {@code from} and {@code to}: looked for at its first letter's places
     * within that stretch, not with an indexOf that reads on to the end of the answer when the word is not there.
     */
    private static boolean holds(String text, String word, int from, int to) {
        char first = word.charAt(0);
        for (int at = from; at + word.length() <= to; at++) {
            if (text.charAt(at) == first && text.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    private static List<int[]> sentences(String text, int from, int to) {
        List<int[]> sentences = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1)))) {
                sentences.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < to) {
            sentences.add(new int[] {start, to});
        }
        return sentences;
    }

    /**
     * The sentence cut at its clause breaks, as {@code find()} over the sentence gives them; the pattern is only tried
     * where a break can begin ({@link #mayBreakAt}), not at every character.
     */
    private static List<int[]> clauses(String folded, int from, int to) {
        List<int[]> clauses = new ArrayList<>();
        Matcher breaks = CLAUSE_BREAK.matcher(folded);
        int start = from;
        int at = from;
        while (at < to) {
            if (mayBreakAt(folded, at, to) && breaks.region(at, to).lookingAt()) {
                clauses.add(new int[] {start, at});
                start = at;
                at = breaks.end();
            } else {
                at++;
            }
        }
        clauses.add(new int[] {start, to});
        return clauses;
    }

    /**
     * Every clause break is a semicolon, or a comma, white space ({@code \s}) and an "and" word or a contrast word, or
     * white space and a contrast word: the pattern is tried only where one of those words follows in full, not at every
     * comma and space of the answer.
     */
    private static boolean mayBreakAt(String folded, int at, int to) {
        char c = folded.charAt(at);
        if (c == ';') {
            return true;
        }
        boolean comma = c == ',';
        if (!comma && !isSpace(c)) {
            return false; // most characters: neither a comma nor the white space a word would follow
        }
        int spaces = comma ? at + 1 : at;
        int next = spaces;
        while (next < to && isSpace(folded.charAt(next))) {
            next++;
        }
        return next > spaces
                && opensWithOneOf(folded, next, to, comma ? WORDS_AFTER_COMMA_BY_FIRST : CONTRAST_WORDS_BY_FIRST);
    }

    /** Whether one of the words starts at {@code at} and ends by {@code to}. */
    private static boolean opensWithOneOf(String folded, int at, int to, Map<Character, List<String>> wordsByFirst) {
        List<String> words = at < to ? wordsByFirst.get(folded.charAt(at)) : null;
        if (words == null) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) { // indexed: asked at every comma and space, an iterator each time adds up
            String word = words.get(i);
            if (at + word.length() <= to && folded.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    private static Map<Character, List<String>> byFirstLetter(List<String> words) {
        return words.stream().collect(Collectors.groupingBy(word -> word.charAt(0)));
    }

    /** What {@code \s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** The text with every brand occurrence blanked, so a brand named "Clear" or "Simple" is not a sentiment word. */
    private static String mask(String text, List<Occurrence> counted) {
        char[] chars = text.toCharArray();
        for (Occurrence o : counted) {
            for (int i = o.start(); i < o.end(); i++) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
