package dev.answerlens.extraction.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * rules-28: contexts in which a brand name that is also an ordinary word ({@link OrdinaryWords}), written in lower case
 * where no layout makes it a name, is the product all the same: a ride ordered by the company's name ("pedir un uber"),
 * a meeting held on the video tool ("la reunión es por zoom"). Read from {@code /ordinary/lower-case.cues}, so a new
 * context is data.
 */
final class LowerCaseNames {
    /** A context whose name follows one of a few words: "(?:un|um|ein)\s+{WORD}". */
    private static final Pattern WORDS_BEFORE = Pattern.compile("\\(\\?:([\\p{L}|]+)\\)\\\\s\\+\\{WORD}");
    /** rules-31: a context for some names only: "{WORD}(?<=uber)". */
    private static final Pattern NAMES_ONLY = Pattern.compile("\\{WORD}\\(\\?<=([\\p{L}|]+)\\)");
    /** rules-29: a context whose name is followed by one of a few words: "{WORD}\s+(?:is|ist|est)". */
    private static final Pattern WORDS_AFTER = Pattern.compile("\\{WORD}\\\\s\\+\\(\\?:([\\p{L}|]+)\\)");
    /** Each context, {WORD} standing for a word of its own, captured as the group "name". */
    private static final List<Context> CONTEXTS = read().stream().map(Context::of).toList();
    /** How far before and after the name a context may reach, in characters. */
    private static final int REACH = 80;

    /**
     * @param before the words one of which must stand right before the name for the context to hold (read off the
     *               context itself), or null: the context is tried at every name; the cheap test first
     * @param after  likewise the words one of which must stand right after the name, or null
     * @param names  the names the context is for, or null: every name
     */
    private record Context(Pattern pattern, Set<String> before, Set<String> after, Set<String> names) {
        static Context of(String line) {
            return new Context(Pattern.compile(line.replace("{WORD}", "(?<name>(?<![\\p{L}\\p{N}])\\p{L}+(?![\\p{L}\\p{N}]))"),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), readOff(WORDS_BEFORE, line), readOff(WORDS_AFTER, line),
                    readOff(NAMES_ONLY, line));
        }

        private static Set<String> readOff(Pattern words, String line) {
            List<java.util.regex.MatchResult> found = words.matcher(line).results().toList();
            return found.size() == 1 ? Set.of(found.get(0).group(1).toLowerCase(Locale.ROOT).split("\\|")) : null;
        }
    }

    private LowerCaseNames() {
    }

    /** Whether the lower-case name at [start, end) stands in one of the contexts, as the word {WORD} stands for. */
    static boolean named(String text, int start, int end) {
        String previous = previousWord(text, start);
        String next = nextWord(text, end);
        String name = text.substring(start, end).toLowerCase(Locale.ROOT);
        Sentence sentence = null;
        for (Context context : CONTEXTS) {
            if (context.names() != null && !context.names().contains(name)
                    || context.before() != null && (previous == null || !context.before().contains(previous))
                    || context.after() != null && (next == null || !context.after().contains(next))) {
                continue;
            }
            sentence = sentence == null ? Sentence.around(text, start, end) : sentence;
            Matcher m = context.pattern().matcher(text).region(Math.max(sentence.start(), start - REACH),
                    Math.min(sentence.end(), end + REACH)).useTransparentBounds(true);
            while (m.find()) {
                if (m.start("name") == start && m.end("name") == end) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The word right before [start, …) across white space, lower case, or null. */
    private static String previousWord(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return from < end && end < start ? text.substring(from, end).toLowerCase(Locale.ROOT) : null;
    }

    /** The word right after (…, end] across white space, lower case, or null. */
    private static String nextWord(String text, int end) {
        int from = end;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return from > end && to > from ? text.substring(from, to).toLowerCase(Locale.ROOT) : null;
    }

    private static List<String> read() {
        List<String> lines = new ArrayList<>();
        try (InputStream in = LowerCaseNames.class.getResourceAsStream("/ordinary/lower-case.cues")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /ordinary/lower-case.cues");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String context = line.strip();
                if (!context.isEmpty() && !context.startsWith("#")) {
                    lines.add(context);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
