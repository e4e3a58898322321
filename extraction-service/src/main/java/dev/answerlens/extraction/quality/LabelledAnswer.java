package dev.answerlens.extraction.quality;

import dev.answerlens.extraction.brand.TrackedBrand;
import java.util.List;
import java.util.Set;

/**
 * An answer with the truth about it, as the labelling rules define it (extraction-service/README.md, "Labelling rules"): the tracked
 * brands it mentions in position order, those it names only in absence statements, and the tags and language it is
 * reported under.
 *
 * @param expected the mentioned brands, position 1 first
 * @param absent   tracked brands named only in absence statements (counting one is always an error)
 */
public record LabelledAnswer(String id, String language, List<String> tags, List<TrackedBrand> brands,
                             List<Label> expected, Set<String> absent, String text) {

    /**
     * One true mention.
     *
     * @param sentiment positive, neutral or negative; null when not labelled
     * @param count     occurrences; null when not labelled
     */
    public record Label(String brand, int position, String sentiment, Integer count) {
    }
}
