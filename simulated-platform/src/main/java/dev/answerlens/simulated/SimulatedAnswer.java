package dev.answerlens.simulated;

import dev.answerlens.model.message.CitedSource;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A simulated platform answer together with the truth that was planted in it, so tests and
 * benchmarks can score an extractor without a human reading the text.
 *
 * @param mentions     brands really mentioned, in order of first appearance; occurrences count every
 *                     written name or alias outside absence statements and URLs (a plain-text domain is a bare URL)
 * @param absentBrands catalogue brands named only inside an absence statement ("I'm not aware of X ...")
 * @param inlineLinks  URLs of markdown links written in the text (the Sources section included)
 */
public record SimulatedAnswer(
        String markdown,
        List<CitedSource> sources,
        List<PlantedMention> mentions,
        List<String> absentBrands,
        List<String> inlineLinks) {

    public SimulatedAnswer {
        Objects.requireNonNull(markdown, "markdown");
        sources = List.copyOf(sources);
        mentions = List.copyOf(mentions);
        absentBrands = List.copyOf(absentBrands);
        inlineLinks = List.copyOf(inlineLinks);
    }

    public Optional<PlantedMention> mention(String brand) {
        return mentions.stream().filter(m -> m.brand().equals(brand)).findFirst();
    }

    /** The expected extraction result for each tracked brand name, positions ranked among the tracked ones only. */
    public Map<String, BrandTruth> truthFor(Collection<String> trackedBrandNames) {
        List<PlantedMention> trackedInOrder = mentions.stream()
                .filter(m -> trackedBrandNames.contains(m.brand()))
                .toList();
        Map<String, BrandTruth> truth = new LinkedHashMap<>();
        for (String name : trackedBrandNames) {
            int index = indexOf(trackedInOrder, name);
            boolean cited = SimulatedCatalogue.find(name).map(this::cites).orElse(false);
            truth.put(name, index < 0
                    ? new BrandTruth(false, 0, 0, cited)
                    : new BrandTruth(true, index + 1, trackedInOrder.get(index).occurrences(), cited));
        }
        return truth;
    }

    private static int indexOf(List<PlantedMention> mentions, String brand) {
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).brand().equals(brand)) {
                return i;
            }
        }
        return -1;
    }

    private boolean cites(SimulatedBrand brand) {
        String domain = brand.domain().toLowerCase(Locale.ROOT);
        return Stream.concat(sources.stream().map(CitedSource::url), inlineLinks.stream())
                .map(SimulatedAnswer::host)
                .anyMatch(host -> host.equals(domain) || host.endsWith("." + domain));
    }

    private static String host(String url) {
        String host = URI.create(url).getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }
}
