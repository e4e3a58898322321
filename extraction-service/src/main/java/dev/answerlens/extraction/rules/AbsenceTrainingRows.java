package dev.answerlens.extraction.rules;

import dev.answerlens.extraction.brand.TrackedBrand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link AbsenceModel} is trained on: for every occurrence of a tracked brand that context leaves as the brand,
 * whether the cues alone judge it an absence statement, and its {@link AbsenceFeatures}. The labels come from the
 * gold set ({@code extract-batch --absence-features}, then {@code bench/rules/train_absence_model.py}).
 */
public final class AbsenceTrainingRows {

    /**
     * One occurrence: the brand's name, the cues' judgement, whether its sentence passes the cues' trigger gate (the
     * model judges only those) and the features.
     */
    public record Row(String brand, int start, boolean ruledAbsent, boolean judged, List<String> features) {
    }

    private AbsenceTrainingRows() {
    }

    public static List<Row> of(String text, List<TrackedBrand> brands) {
        List<Occurrence> inContext = RuleMentionExtractor.inContext(new CaseFolded(text), brands);
        Set<Occurrence> counted = new HashSet<>(AbsenceStatements.withoutAbsences(text, inContext, true, AbsenceModel.NONE));
        List<Row> rows = new ArrayList<>();
        for (Occurrence occurrence : inContext) {
            rows.add(new Row(brands.get(occurrence.brand()).name(), occurrence.start(), !counted.contains(occurrence),
                    AbsenceStatements.judged(text, occurrence),
                    AbsenceStatements.features(text, occurrence, inContext, true).names()));
        }
        return rows;
    }
}
