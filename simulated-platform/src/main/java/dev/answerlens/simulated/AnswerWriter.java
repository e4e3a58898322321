package dev.answerlens.simulated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends markdown and keeps the books while doing so: every counted brand occurrence, absence
 * statement and link goes through here, so the planted truth is exactly what was written.
 */
final class AnswerWriter {
    private final StringBuilder markdown = new StringBuilder();
    private final Map<String, Integer> occurrences = new LinkedHashMap<>();
    private final List<String> absentBrands = new ArrayList<>();
    private final List<String> inlineLinks = new ArrayList<>();

    /** Plain text that names no catalogue brand. */
    AnswerWriter text(String text) {
        markdown.append(text);
        return this;
    }

    /** The brand's name, one counted occurrence. */
    AnswerWriter name(SimulatedBrand brand) {
        return counted(brand, brand.name());
    }

    /** The brand's name or one of its aliases, as given; one counted occurrence. */
    AnswerWriter surface(SimulatedBrand brand, String surface) {
        if (!surface.equals(brand.name()) && !brand.aliases().contains(surface)) {
            throw new IllegalArgumentException(surface + " is not a name of " + brand.name());
        }
        return counted(brand, surface);
    }

    AnswerWriter possessive(SimulatedBrand brand) {
        return counted(brand, brand.possessive());
    }

    /**
     * The domain written as plain text ("see globex.io"): a bare URL, neither the brand's name nor an alias, so no
     * occurrence of it (labelling rules 4 and 7).
     */
    AnswerWriter domain(SimulatedBrand brand) {
        markdown.append(brand.domain());
        return this;
    }

    /** A sentence saying nothing is known about the brand; it must not count as a mention. */
    AnswerWriter absence(SimulatedBrand brand, String sentenceWithPlaceholder) {
        absentBrands.add(brand.name());
        markdown.append(sentenceWithPlaceholder.replace("{}", brand.name()));
        return this;
    }

    /** Ends the current block with exactly one blank line, as markdown separates blocks. */
    AnswerWriter blankLine() {
        while (markdown.length() > 0 && markdown.charAt(markdown.length() - 1) == '\n') {
            markdown.setLength(markdown.length() - 1);
        }
        markdown.append("\n\n");
        return this;
    }

    /** A markdown link; the label is written by the caller before, the URL is recorded as cited. */
    AnswerWriter linkTarget(String url) {
        inlineLinks.add(url);
        markdown.append("](").append(url).append(')');
        return this;
    }

    /** A bare URL, e.g. in a Sources list; nothing inside it counts as a mention. */
    AnswerWriter bareUrl(String url) {
        markdown.append(url);
        return this;
    }

    boolean mentioned(SimulatedBrand brand) {
        return occurrences.containsKey(brand.name());
    }

    String markdown() {
        return markdown.toString();
    }

    List<PlantedMention> mentions() {
        return occurrences.entrySet().stream().map(e -> new PlantedMention(e.getKey(), e.getValue())).toList();
    }

    List<String> absentBrands() {
        return List.copyOf(absentBrands);
    }

    List<String> inlineLinks() {
        return List.copyOf(inlineLinks);
    }

    private AnswerWriter counted(SimulatedBrand brand, String surface) {
        markdown.append(surface);
        occurrences.merge(brand.name(), 1, Integer::sum);
        return this;
    }
}
