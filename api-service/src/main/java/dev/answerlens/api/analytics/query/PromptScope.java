package dev.answerlens.api.analytics.query;

import dev.answerlens.api.problem.ProblemException;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Which prompts a view counts: those carrying one of the tags, asked for one of the countries, in one of the
 * languages (each empty list: no restriction). A prompt's current tags, country and language decide, so a retagged
 * prompt moves its history with it. Unrestricted views read the daily rollups; restricted ones read the raw rows of
 * the matching prompts ({@link dev.answerlens.api.analytics.read.RollupSource}).
 */
public record PromptScope(List<String> tags, List<String> countries, List<String> languages) {
    public static final PromptScope ALL = new PromptScope(List.of(), List.of(), List.of());
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
    private static final int MAX_TAG = 100;
    private static final int MAX_VALUES = 50;

    /** Parses the repeatable {@code tag}, {@code country} and {@code language} parameters. */
    public static PromptScope parse(List<String> tags, List<String> countries, List<String> languages) {
        return new PromptScope(
                values("tag", tags, false, UnaryOperator.identity(), v -> v.length() <= MAX_TAG,
                        "may be at most 100 characters"),
                values("country", countries, true, v -> v.toUpperCase(Locale.ROOT), v -> COUNTRY.matcher(v).matches(),
                        "must be a two-letter country code such as US"),
                values("language", languages, true, UnaryOperator.identity(), v -> LANGUAGE.matcher(v).matches(),
                        "must be a language tag such as en or pt-BR"));
    }

    /** Tags may hold commas, so only countries and languages may also be given comma-separated. */
    private static List<String> values(String name, List<String> raw, boolean commaSeparated, UnaryOperator<String> normalise,
                                       Predicate<String> valid, String rule) {
        TreeSet<String> chosen = new TreeSet<>();
        for (String value : raw == null ? List.<String>of() : raw) {
            for (String part : commaSeparated ? value.split(",") : new String[] {value}) {
                String v = normalise.apply(part.strip());
                if (v.isEmpty()) {
                    continue;
                }
                if (!valid.test(v)) {
                    throw ProblemException.invalidParameter(name, "'" + v + "' " + rule);
                }
                chosen.add(v);
            }
        }
        if (chosen.size() > MAX_VALUES) {
            throw ProblemException.invalidParameter(name, "at most " + MAX_VALUES + " values");
        }
        return List.copyOf(chosen);
    }

    /** True when every prompt counts. */
    public boolean all() {
        return tags.isEmpty() && countries.isEmpty() && languages.isEmpty();
    }

    /**
     * The SQL condition on a prompt id column ({@code " AND a.prompt_id IN (…)"}), with the scope's three arrays as
     * parameters {@code $first}, {@code $first+1}, {@code $first+2}; empty when every prompt counts. {@code $1} must be
     * the workspace.
     */
    public String predicate(String promptIdColumn, int first) {
        if (all()) {
            return "";
        }
        return " AND " + promptIdColumn + " IN (SELECT id FROM prompts WHERE workspace_id = $1"
                + " AND (cardinality($" + first + "::text[]) = 0 OR tags && $" + first + "::text[])"
                + " AND (cardinality($" + (first + 1) + "::text[]) = 0 OR country = ANY($" + (first + 1) + "::text[]))"
                + " AND (cardinality($" + (first + 2) + "::text[]) = 0 OR language = ANY($" + (first + 2) + "::text[])))";
    }

    /** Adds the parameters of {@link #predicate} to {@code arguments} (nothing when every prompt counts). */
    public Tuple bind(Tuple arguments) {
        if (all()) {
            return arguments;
        }
        return arguments.addArrayOfString(tags.toArray(String[]::new)).addArrayOfString(countries.toArray(String[]::new))
                .addArrayOfString(languages.toArray(String[]::new));
    }

    /** Part of a view's cache key; empty when every prompt counts, so unrestricted keys are as before. */
    String canonical() {
        return all() ? "" : "&tags=" + String.join(",", tags) + "&countries=" + String.join(",", countries)
                + "&languages=" + String.join(",", languages);
    }
}
