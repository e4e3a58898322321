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
 * The rules on the unseen gold set: answers written for it alone, in splits that were read while improving the rules
 * ({@link UnseenGoldSet#seen()}) and one held out ({@link UnseenGoldSet#heldOut()}: only its figures are looked at).
 * Prints both scorecards (overall, per tag, per language) and holds the floors measured on the held-out split, so the
 * extractor can only get better on answers it was not tuned on.
 */
class UnseenGoldSetTest {
    private static final List<LabelledAnswer> SEEN = UnseenGoldSet.seen();
    private static final List<LabelledAnswer> HELD_OUT = UnseenGoldSet.heldOut();
    private final RuleMentionExtractor rules = new RuleMentionExtractor();

    @Test
    void theSetIsLargeHardAndMultilingual() {
        List<LabelledAnswer> all = Stream.concat(SEEN.stream(), HELD_OUT.stream()).toList();
        assertTrue(all.size() >= 400, "answers: " + all.size());
        assertTrue(HELD_OUT.size() >= 100, "held-out answers: " + HELD_OUT.size());
        assertTrue(count(all, "absence") >= 80, "answers with absence statements: " + count(all, "absence"));
        assertTrue(count(all, "ordinary-word") >= 120, "answers with ordinary-word brands: " + count(all, "ordinary-word"));
        long absenceLanguages = all.stream().filter(a -> a.tags().contains("absence")).map(LabelledAnswer::language)
                .distinct().count();
        assertTrue(absenceLanguages >= 6, "languages with absence statements: " + absenceLanguages);
        assertEquals(all.size(), all.stream().map(LabelledAnswer::id).distinct().count(), "case ids are unique");
    }

    @Test
    void rulesHoldTheirFloorsOnTheHeldOutSplit() {
        Scorecard seen = score(SEEN);
        Scorecard heldOut = score(HELD_OUT);
        System.out.println(seen.table("rules on the unseen gold set, splits read while writing the rules"));
        seen.overall().errors().forEach(e -> System.out.println("  seen: " + e));
        System.out.println(heldOut.table("rules on the unseen gold set, validation-7 (held out)"));
        assertTrue(heldOut.overall().f1() >= HELD_OUT_F1, "F1 " + heldOut.overall().f1());
        assertTrue(heldOut.overall().absencesCounted() <= HELD_OUT_ABSENCES_COUNTED,
                "absence statements counted: " + heldOut.overall().absencesCounted());
        assertTrue(heldOut.tag("ordinary-word").precision() >= HELD_OUT_ORDINARY_PRECISION,
                "ordinary-word precision " + heldOut.tag("ordinary-word").precision());
        assertTrue(heldOut.overall().positionAccuracy() >= HELD_OUT_POSITION,
                "position exact " + heldOut.overall().positionAccuracy());
        assertTrue(seen.overall().f1() >= SEEN_F1 && seen.overall().absencesCounted() <= SEEN_ABSENCES_COUNTED
                && seen.overall().positionAccuracy() >= 0.99, "the splits the rules were written on: " + seen.overall());
    }

    // Floors: validation-7's figures measured once when rules-6 was done (F1 0.979, 7 of 66 absence statements counted,
    // ordinary-word precision 0.934, positions 99.3%; rules-5 before any rule was written after the split: F1 0.972, 11
    // of 66, 0.927, 99.3%), rounded down. Of the targets only positions (>= 0.97) hold on it; F1 0.98, no
    // absence counted and ordinary-word precision 0.97 do not, so the floors below are what was achieved, not the
    // targets. The seen splits (validation-6 joined them), which rules-6 was written on: F1 0.997, 3 of 471 absence
    // statements counted, positions 99.3% (validation-6 alone: F1 1.000, 0 of 64, ordinary-word precision 1.000, 100%).
    private static final double HELD_OUT_F1 = 0.975;
    static final int HELD_OUT_ABSENCES_COUNTED = 7;
    private static final double HELD_OUT_ORDINARY_PRECISION = 0.93;
    private static final double HELD_OUT_POSITION = 0.97;
    private static final double SEEN_F1 = 0.995;
    private static final int SEEN_ABSENCES_COUNTED = 3;

    private Scorecard score(List<LabelledAnswer> answers) {
        Scorecard scorecard = new Scorecard();
        answers.forEach(a -> scorecard.add(a, rules.extract(a.text(), a.brands())));
        return scorecard;
    }

    private static long count(List<LabelledAnswer> answers, String tag) {
        return answers.stream().filter(a -> a.tags().contains(tag)).count();
    }
}
