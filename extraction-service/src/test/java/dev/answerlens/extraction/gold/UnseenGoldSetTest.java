package dev.answerlens.extraction.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.extraction.quality.LabelledAnswer;
import dev.answerlens.extraction.quality.Scorecard;
import dev.answerlens.extraction.rules.RuleMentionExtractor;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules on the unseen gold set: answers written for it alone, in two splits — tuning (may be read while improving
 * the rules) and validation (held out: only its figures are looked at). Prints both scorecards (overall, per tag,
 * per language) and holds the floors measured on the validation split, so the extractor can only get better on
 * answers it was not tuned on.
 */
class UnseenGoldSetTest {
    private static final List<LabelledAnswer> TUNING = UnseenGoldSet.tuning();
    private static final List<LabelledAnswer> VALIDATION = UnseenGoldSet.validation();
    private static final List<LabelledAnswer> HELD_OUT = UnseenGoldSet.heldOut();
    private final RuleMentionExtractor rules = new RuleMentionExtractor();

    @Test
    void theSetIsLargeHardAndMultilingual() {
        List<LabelledAnswer> all = Stream.concat(TUNING.stream(), VALIDATION.stream()).toList();
        assertTrue(all.size() >= 400, "answers: " + all.size());
        assertTrue(VALIDATION.size() >= 100, "held-out answers: " + VALIDATION.size());
        assertTrue(count(all, "absence") >= 80, "answers with absence statements: " + count(all, "absence"));
        assertTrue(count(all, "ordinary-word") >= 120, "answers with ordinary-word brands: " + count(all, "ordinary-word"));
        long absenceLanguages = all.stream().filter(a -> a.tags().contains("absence")).map(LabelledAnswer::language)
                .distinct().count();
        assertTrue(absenceLanguages >= 6, "languages with absence statements: " + absenceLanguages);
        assertEquals(all.size(), all.stream().map(LabelledAnswer::id).distinct().count(), "case ids are unique");
    }

    @Test
    void rulesHoldTheirFloorsOnTheHeldOutSplit() {
        Scorecard tuning = score(TUNING);
        Scorecard validation = score(VALIDATION);
        System.out.println(tuning.table("rules on the unseen gold set, tuning split"));
        System.out.println(validation.table("rules on the unseen gold set, validation split (held out)"));
        tuning.overall().errors().forEach(e -> System.out.println("  tuning: " + e));
        Scorecard heldOut = score(HELD_OUT);
        System.out.println(heldOut.table("rules on the unseen gold set, validation-2 split (held out)"));
        heldOut.overall().errors().forEach(e -> System.out.println("  v2: " + e));
        assertTrue(validation.overall().f1() >= FLOOR_F1, "F1 " + validation.overall().f1());
        assertTrue(validation.overall().absencesCounted() <= FLOOR_ABSENCES_COUNTED,
                "absence statements counted: " + validation.overall().absencesCounted());
        assertTrue(validation.tag("ordinary-word").precision() >= FLOOR_ORDINARY_PRECISION,
                "ordinary-word precision " + validation.tag("ordinary-word").precision());
        assertTrue(validation.overall().positionAccuracy() >= FLOOR_POSITION,
                "position exact " + validation.overall().positionAccuracy());
    }

    // Floors: the validation split's figures when they were first measured with the data-driven cues (F1 0.984,
    // 8 of 36 absence statements counted, ordinary-word precision 0.976, positions 93.5%), rounded down. The
    // issue's targets (0 absences, positions 97%) are not met yet; raise the floors as the rules improve.
    private static final double FLOOR_F1 = 0.98;
    static final int FLOOR_ABSENCES_COUNTED = 8;
    private static final double FLOOR_ORDINARY_PRECISION = 0.97;
    private static final double FLOOR_POSITION = 0.93;

    private Scorecard score(List<LabelledAnswer> answers) {
        Scorecard scorecard = new Scorecard();
        answers.forEach(a -> scorecard.add(a, rules.extract(a.text(), a.brands())));
        return scorecard;
    }

    private static long count(List<LabelledAnswer> answers, String tag) {
        return answers.stream().filter(a -> a.tags().contains(tag)).count();
    }
}
