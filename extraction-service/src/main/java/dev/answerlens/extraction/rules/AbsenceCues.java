package dev.answerlens.extraction.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cues of absence statements, read from data: {@code /absence/languages} names the languages and each
 * {@code /absence/<code>.cues} holds its cues (format in {@code /absence/README.md}), so a new language is a file,
 * not code. Compiled once: cues before the brand, after it, anywhere in its clause, cues over the clause with its
 * brands as placeholders, and the separators that end a clause.
 */
final class AbsenceCues {
    /** {NAME}, but not the {L} of a Unicode class such as \p{L}. */
    private static final Pattern REFERENCE = Pattern.compile("(?<!\\\\[pP])\\{([A-Z_]+)}");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /**
     * Word boundaries for any alphabet: Java's \b knows only ASCII letters (none between "trouvé" and a space, or
     * before "über"), and Pattern.UNICODE_CHARACTER_CLASS slows every cue down. Cues write \b; one before a word is
     * read as "no letter before", anywhere else as "no letter after".
     */
    private static final Pattern LEADING_BOUNDARY = Pattern.compile("(?<!\\\\)\\\\b(?=[\\p{L}(\\[])");
    private static final Pattern TRAILING_BOUNDARY = Pattern.compile("(?<!\\\\)\\\\b");
    private static final String NO_LETTER_BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String NO_LETTER_AFTER = "(?![\\p{L}\\p{N}_])";

    /** What stands for a tracked brand in a clause matched by {@code [clause]} cues (written {BRAND} there). */
    static final char BRAND = '\u2400';

    final Pattern before;
    final Pattern after;
    final Pattern sentence;
    final Pattern clause;
    final Pattern separator;
    /** Words one of which every cue needs in its sentence ({@code [trigger]}). */
    final AbsenceWords triggers;
    /** The word sections {@link KnowledgeStatement} reads (negation, knowing, speaker, product …), by section name. */
    final Map<String, AbsenceWords> words;
    /** Each language's own cues with the language-neutral ones ({@code common.cues}); empty in those themselves. */
    private final Map<String, AbsenceCues> languages;
    /** Tells a sentence's language from the {@code [function]} words of the files. */
    final LanguageGuess guess;

    private AbsenceCues(Map<String, List<String>> cues, String tail, Map<String, String> common,
                        Map<String, AbsenceCues> languages, LanguageGuess guess) {
        this.before = Pattern.compile("(?:" + String.join("|", cues.getOrDefault("before", List.of(NEVER))) + ")"
                + expand(tail, common, "tail"), FLAGS);
        this.after = either(cues, "after", FLAGS);
        this.sentence = either(cues, "sentence", FLAGS | Pattern.DOTALL);
        this.clause = either(cues, "clause", FLAGS | Pattern.DOTALL);
        this.separator = either(cues, "separator", FLAGS);
        this.triggers = new AbsenceWords(words(cues, "trigger", "negation", "unknowing"));
        // [lack] words ("without", "ohne") count as negation in the clause judgement but do not open the trigger gate:
        // they are too common for that, and every sentence holding one would be tried against every cue
        this.words = WORD_SECTIONS.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(s -> s,
                s -> new AbsenceWords(s.equals("negation") ? words(cues, s, "lack") : words(cues, s))));
        this.languages = languages;
        this.guess = guess;
    }

    private static final String NEVER = "(?!)";

    /**
     * The cues of every language listed in {@code /absence/languages}, pooled; {@link #in(String)} gives one
     * language's. The words between a {@code [before]} cue and the brand ({@code [article]}, {@code [noun]},
     * {@code [called]}) stay pooled in both: "a company called", "un servizio chiamato".
     */
    static AbsenceCues load() {
        Map<String, String> common = new LinkedHashMap<>();
        common.put("BRAND", String.valueOf(BRAND));
        Map<String, List<String>> neutral = new LinkedHashMap<>();
        parse("common", read("/absence/common.cues"), common, neutral);
        Map<String, List<String>> pooled = merged(new LinkedHashMap<>(), neutral);
        Map<String, Map<String, List<String>>> own = new LinkedHashMap<>();
        Map<String, List<String>> function = new LinkedHashMap<>();
        for (String line : read("/absence/languages").split("\n")) {
            String language = line.strip();
            if (!language.isEmpty() && !language.startsWith("#")) {
                Map<String, List<String>> file = new LinkedHashMap<>();
                parse(language, read("/absence/" + language + ".cues"), new LinkedHashMap<>(common), file);
                merged(pooled, file);
                own.put(language, merged(merged(new LinkedHashMap<>(), neutral), file));
                function.put(language, file.getOrDefault("function", List.of()));
            }
        }
        // rules-9: before a [called] word any few words may name the kind of thing ("a bank called", "ningún programa
        // de diseño llamado"): the [noun] list is needed only where no [called] word follows ("a company ▮")
        String called = optional(pooled, "called");
        String tail = optional(pooled, "article")
                + (called.isEmpty() ? optional(pooled, "noun")
                : "(?:(?:\\s+[\\p{L}'\u2019-]+){0,4}?" + called.substring(3, called.length() - 2) + "|"
                + optional(pooled, "noun") + ")")
                + "{OPEN}$";
        LanguageGuess guess = new LanguageGuess(function);
        Map<String, AbsenceCues> languages = new LinkedHashMap<>();
        own.forEach((language, cues) -> languages.put(language, new AbsenceCues(cues, tail, common, Map.of(), guess)));
        return new AbsenceCues(pooled, tail, common, Map.copyOf(languages), guess);
    }

    /** The cues loaded once, shared by the absence statements and the ordinary-word senses (for the language guess). */
    static AbsenceCues all() {
        return Loaded.CUES;
    }

    private static final class Loaded {
        static final AbsenceCues CUES = load();
    }

    /** The cues of one language and the language-neutral ones; all languages' when it is null or not tracked. */
    AbsenceCues in(String language) {
        return language == null ? this : languages.getOrDefault(language, this);
    }

    /** The cues of the language of the text's span [from, to) (or of the whole text), all languages' if undecided. */
    AbsenceCues of(String text, int from, int to) {
        return languages.isEmpty() ? this : in(guess.ofSentence(text, from, to));
    }

    private static Map<String, List<String>> merged(Map<String, List<String>> into, Map<String, List<String>> from) {
        from.forEach((section, lines) -> into.computeIfAbsent(section, s -> new ArrayList<>()).addAll(lines));
        return into;
    }

    private static final Set<String> WORD_SECTIONS = Set.of("trigger", "negation", "knowing", "unknowing", "speaker", "guessing",
            "product", "whether", "anaphor", "hedge", "fault", "aside", "than", "comparing", "comparative", "determiner", "thatof",
            "naming", "pronoun", "function", "asking", "topic", "nothing", "lack", "leaving", "relative", "still",
            "purpose", "interrogative", "others", "advice", "contrast");

    /** The plain words of the sections, each once. */
    private static List<AbsenceTrigger> words(Map<String, List<String>> cues, String... sections) {
        return java.util.Arrays.stream(sections).flatMap(s -> cues.getOrDefault(s, List.of()).stream())
                .distinct().map(AbsenceTrigger::of).toList();
    }

    /** One pattern matching any cue of the section; one that never matches when the section is empty. */
    private static Pattern either(Map<String, List<String>> cues, String section, int flags) {
        List<String> alternatives = cues.getOrDefault(section, List.of());
        return Pattern.compile(alternatives.isEmpty() ? "(?!)" : "(?:" + String.join("|", alternatives) + ")", flags);
    }

    /** Adds one file's cues (definitions expanded) to {@code cues}, by section. */
    private static void parse(String file, String text, Map<String, String> definitions, Map<String, List<String>> cues) {
        String section = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                continue;
            }
            if (section == null) {
                throw new IllegalStateException("absence/" + file + ".cues: a line before any [section]: " + line);
            }
            if (section.equals("define")) {
                int equals = line.indexOf('=');
                if (equals < 1) {
                    throw new IllegalStateException("absence/" + file + ".cues: a definition needs NAME = fragment: " + line);
                }
                definitions.put(line.substring(0, equals).strip(), expand(line.substring(equals + 1).strip(), definitions, file));
            } else if (WORD_SECTIONS.contains(section)) {
                cues.computeIfAbsent(section, s -> new ArrayList<>()).add(line);
            } else {
                String cue = expand(line, definitions, file);
                Pattern.compile(cue, FLAGS);
                cues.computeIfAbsent(section, s -> new ArrayList<>()).add(cue);
            }
        }
    }

    private static String expand(String written, Map<String, String> definitions, String file) {
        String fragment = TRAILING_BOUNDARY.matcher(
                LEADING_BOUNDARY.matcher(written).replaceAll(Matcher.quoteReplacement(NO_LETTER_BEFORE)))
                .replaceAll(Matcher.quoteReplacement(NO_LETTER_AFTER));
        Matcher reference = REFERENCE.matcher(fragment);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String value = definitions.get(reference.group(1));
            if (value == null) {
                throw new IllegalStateException("absence/" + file + ".cues: {" + reference.group(1) + "} is not defined");
            }
            reference.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        reference.appendTail(out);
        return out.toString();
    }

    /** An optional word from a pooled word section: "(?:\s+(?:the|a|un))?". */
    private static String optional(Map<String, List<String>> cues, String section) {
        Set<String> words = new LinkedHashSet<>(cues.getOrDefault(section, List.of()));
        return words.isEmpty() ? "" : "(?:\\s+(?:" + String.join("|", words) + "))?";
    }

    private static String read(String path) {
        try (InputStream in = AbsenceCues.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
