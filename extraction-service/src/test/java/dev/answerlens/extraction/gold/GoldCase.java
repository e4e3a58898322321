package dev.answerlens.extraction.gold;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.quality.LabelledAnswer;
import dev.answerlens.model.message.CitedSource;
import java.util.List;
import java.util.Set;

/**
 * One labelled answer of the gold set.
 *
 * @param expected  the brands a careful reader finds mentioned, in position order
 * @param absent    tracked brands the answer names only in absence statements (must never count)
 * @param citations expected citations in order as "domain owner" (owner = brand name or "other"), null when unlabelled
 */
record GoldCase(String id, String file, String language, List<TrackedBrand> brands, List<Expected> expected,
                Set<String> absent, List<CitedSource> sources, List<String> citations, String text) {

    /**
     * @param sentiment positive, neutral or negative
     * @param count     occurrences, or null when not labelled
     */
    record Expected(String brand, int position, String sentiment, Integer count) {
    }

    /** The case as a labelled answer, tagged with its file's theme. */
    LabelledAnswer labelled() {
        return new LabelledAnswer(id, language, List.of(file.replace(".gold", "")), brands, expected.stream()
                .map(e -> new LabelledAnswer.Label(e.brand(), e.position(), e.sentiment(), e.count())).toList(), absent, text);
    }
}
