package dev.answerlens.extraction.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * rules-28: contexts in which a brand name that is also an ordinary word ({@link OrdinaryWords}), written in lower case
 * where no layout makes it a name, is the product all the same: a ride ordered by the company's name ("pedir un uber"),
 * a meeting held on the video tool ("la reunión es por zoom"). Read from {@code /ordinary/lower-case.cues}, so a new
 * context is data.
 */
final class LowerCaseNames {
    /** Each context, {WORD} standing for a word of its own, captured as the group "name". */
    private static final List<Pattern> CONTEXTS = read().stream().map(c -> Pattern.compile(
            c.replace("{WORD}", "(?<name>(?<![\\p{L}\\p{N}])\\p{L}+(?![\\p{L}\\p{N}]))"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    /** How far before and after the name a context may reach, in characters. */
    private static final int REACH = 80;

    private LowerCaseNames() {
    }

    /** Whether the lower-case name at [start, end) stands in one of the contexts, as the word {WORD} stands for. */
    static boolean named(String text, int start, int end) {
        Sentence sentence = Sentence.around(text, start, end);
        int from = Math.max(sentence.start(), start - REACH);
        int to = Math.min(sentence.end(), end + REACH);
        for (Pattern context : CONTEXTS) {
            java.util.regex.Matcher m = context.matcher(text).region(from, to).useTransparentBounds(true);
            while (m.find()) {
                if (m.start("name") == start && m.end("name") == end) {
                    return true;
                }
            }
        }
        return false;
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
