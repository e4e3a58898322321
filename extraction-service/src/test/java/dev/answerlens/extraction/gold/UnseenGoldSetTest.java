package dev.answerlens.extraction.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.answerlens.extraction.quality.LabelledAnswer;
import dev.answerlens.extraction.quality.Scorecard;
import dev.answerlens.extraction.rules.RuleMentionExtractor;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules on the unseen gold set: answers written for it alone, in splits that were read while improving the rules
 * ({@link UnseenGoldSet#seen()}) and one held out ({@link UnseenGoldSet#heldOut()}: only its figures are looked at).
 * Prints the scorecards (overall, per tag, per language), holds the targets on the seen splits (they hold
 * there) and, when there is a held-out split, floors on it, so the extractor can only get better on answers it was
 * not tuned on.
 */
class UnseenGoldSetTest {
    private static final List<LabelledAnswer> SEEN = UnseenGoldSet.seen();
    private static final List<LabelledAnswer> HELD_OUT = UnseenGoldSet.heldOut();
    private final RuleMentionExtractor rules = new RuleMentionExtractor();

    @Test
    void theSetIsLargeHardAndMultilingual() {
        List<LabelledAnswer> all = Stream.concat(SEEN.stream(), HELD_OUT.stream()).toList();
        assertTrue(all.size() >= 400, "answers: " + all.size());
        assertTrue(HELD_OUT.isEmpty() || HELD_OUT.size() >= 100, "held-out answers: " + HELD_OUT.size());
        assertTrue(count(all, "absence") >= 80, "answers with absence statements: " + count(all, "absence"));
        assertTrue(count(all, "ordinary-word") >= 120, "answers with ordinary-word brands: " + count(all, "ordinary-word"));
        long absenceLanguages = all.stream().filter(a -> a.tags().contains("absence")).map(LabelledAnswer::language)
                .distinct().count();
        assertTrue(absenceLanguages >= 6, "languages with absence statements: " + absenceLanguages);
        assertEquals(all.size(), all.stream().map(LabelledAnswer::id).distinct().count(), "case ids are unique");
    }

    @Test
    void rulesMeetTheTargetsOnTheSplitsTheyWereWrittenOn() {
        Scorecard seen = score(SEEN);
        System.out.println(seen.table("rules on the unseen gold set, splits read while writing the rules"));
        seen.overall().errors().forEach(e -> System.out.println("  seen: " + e));
        assertTrue(seen.overall().f1() >= SEEN_F1, "F1 " + seen.overall().f1());
        assertTrue(seen.overall().absencesCounted() <= SEEN_ABSENCES_COUNTED,
                "absence statements counted: " + seen.overall().absencesCounted());
        assertTrue(seen.tag("ordinary-word").precision() >= SEEN_ORDINARY_PRECISION,
                "ordinary-word precision " + seen.tag("ordinary-word").precision());
        assertTrue(seen.overall().positionAccuracy() >= SEEN_POSITION, "position exact " + seen.overall().positionAccuracy());
        for (SplitFloor floor : SPLIT_FLOORS) {
            Scorecard split = score(UnseenGoldSet.validation(floor.split()));
            System.out.println(split.table("rules on validation-" + floor.split() + " (seen: read while writing rules-"
                    + floor.split() + ")"));
            assertTrue(split.overall().f1() >= floor.f1() && split.overall().absencesCounted() <= floor.absences()
                    && split.tag("ordinary-word").precision() >= floor.ordinaryPrecision()
                    && split.overall().positionAccuracy() >= floor.position(),
                    "validation-" + floor.split() + ": F1 " + split.overall().f1() + ", absence statements counted "
                            + split.overall().absencesCounted() + ", ordinary-word precision "
                            + split.tag("ordinary-word").precision() + ", positions " + split.overall().positionAccuracy()
                            + " against " + floor);
        }
    }

    @Test
    void rulesHoldTheirFloorsOnTheHeldOutSplit() {
        assumeFalse(HELD_OUT.isEmpty(), "no held-out split: validation-" + UnseenGoldSet.HELD_OUT + " to -"
                + UnseenGoldSet.HELD_OUT_LAST + " are missing");
        Scorecard heldOut = score(HELD_OUT);
        System.out.println(heldOut.table("rules on the unseen gold set, held-out split"));
        assertTrue(heldOut.overall().f1() >= HELD_OUT_F1, "F1 " + heldOut.overall().f1());
        assertTrue(heldOut.overall().absencesCounted() <= HELD_OUT_ABSENCES_COUNTED,
                "absence statements counted: " + heldOut.overall().absencesCounted());
        assertTrue(heldOut.tag("ordinary-word").precision() >= HELD_OUT_ORDINARY_PRECISION,
                "ordinary-word precision " + heldOut.tag("ordinary-word").precision());
        assertTrue(heldOut.overall().positionAccuracy() >= HELD_OUT_POSITION,
                "position exact " + heldOut.overall().positionAccuracy());
    }

    // The seen splits (validation-20 joined them) with rules-20, written on them: F1 0.994, 5 of 1,395 absence
    // statements counted (validation-14's three, validation-17's one and validation-18's one, below), ordinary-word
    // precision 0.992, positions 99.2% (with rules-19, before validation-20 joined: 0.994, 5 of 1,329, 0.992, 99.2%) —
    // the targets (F1 0.98, no absence counted, ordinary-word precision 0.97, positions 0.97) hold but for those
    // five answers, and the floors are what was achieved, rounded down.
    // validation-8 alone, after its errors were read to write rules-8: F1 0.989, 0 of 66, ordinary-word precision 0.975,
    // positions 99.4% (rules-7 when it was held out: 0.958, 9 of 66, 0.913, 97.4%); 0.992, 0 of 66, 0.983, 99.7% with
    // rules-10.
    // validation-9 alone, after its errors were read to write rules-9: F1 0.988, 0 of 66, ordinary-word precision 1.000,
    // positions 98.8% (rules-8 when it was held out: 0.967, 6 of 66, 0.952, 97.2%) — not held-out figures; 0.989 with
    // rules-10.
    private static final double SEEN_F1 = 0.99;
    // With rules-24 (validation-24 and -25 joined the seen splits, and the absence model was trained on them): F1 0.995,
    // 13 of 1,725 absence statements counted, ordinary-word precision 0.993, positions 99.3%. With rules-25 (validation-26
    // joined them; cues from its errors, clauses of contrast, disclaimers of use, and the model retrained with it and with
    // model-training-5 and -6): F1 0.995, 12 of 1,791, 0.994, 99.4%. With rules-26 (validation-27 joined them; cues from
    // its errors, the model retrained with it and with the ordinary-word material model-training-7 and -8): F1 0.996,
    // 9 of 1,857, 0.994, 99.4%. With rules-30 (validation-28 to -32 joined them; the model not retrained): 10 of 2,187,
    // validation-32's one the tenth.
    // With rules-36 (validation-37 and -38 joined them): 11 of 2,583, validation-37's one the eleventh. With rules-37
    // (validation-39 and -40 joined them; 7,250 answers): 12 of 2,715, validation-40's one the twelfth; with rules-39
    // (validation-41 and -42 too; 7,606 answers): 12 of 2,847; with rules-40 (validation-43 too; 7,784 answers): 12 of
    // 2,913; with rules-42 (validation-44 to -46 too; 8,318 answers): F1 0.997, 12 of 3,111, 0.990, 99.5%; with rules-43
    // (validation-47 and -48 too; 8,674 answers): 0.997, 12 of 3,243, 0.990, 99.5%; with rules-44 (validation-49 and -50
    // too; 9,030 answers): 0.997, 13 of 3,375, 0.990, 99.5%, validation-49's one the thirteenth; with rules-45
    // (validation-51 and -52 too; 9,386 answers): 0.997, 13 of 3,507, 0.990, 99.4%; with rules-46 (validation-53 and
    // -54 too; 9,742 answers): 0.997, 13 of 3,639, 0.991, 99.5%; with rules-47 (validation-55 and -56 too; 10,098
    // answers): 0.997, 13 of 3,771, 0.991, 99.5%; with rules-49 (validation-57 to -60 too; 10,810 answers): 0.998, 13 of
    // 4,035, 0.990, 99.5%; with rules-50 (validation-61 and -62 too; 11,166 answers): 0.998, 13 of 4,167, 0.991, 99.6%; with rules-51
    // (validation-63 and -64 too; 11,522 answers): 0.998, 14 of 4,299, 0.991, 99.6%, validation-64's one the fourteenth.
    static final int SEEN_ABSENCES_COUNTED = 14;
    // With rules-31 (validation-33 joined them, its ordinary words hard: 0.922 on its own): 0.989. With rules-34
    // (validation-34 to -36 joined them; 6,538 answers): F1 0.997, 10 of 2,451, 0.990, 99.6%; with rules-36
    // (validation-37 and -38 too; 6,894 answers): 0.997, 11 of 2,583, 0.990, 99.6%.
    private static final double SEEN_ORDINARY_PRECISION = 0.985;
    private static final double SEEN_POSITION = 0.985;
    private static final double VALIDATION_8_F1 = 0.985;
    private static final double VALIDATION_8_ORDINARY_PRECISION = 0.97;
    private static final double VALIDATION_9_F1 = 0.985;
    private static final double VALIDATION_9_ORDINARY_PRECISION = 0.99;
    private static final double VALIDATION_9_POSITION = 0.98;
    // validation-10 alone, after its errors were read to write rules-10: F1 0.987, 0 of 66, ordinary-word precision
    // 1.000, positions 97.0% (rules-9 when it was held out: 0.963, 10 of 66, 0.990, 96.4%) — not held-out figures.
    private static final double VALIDATION_10_F1 = 0.985;
    private static final double VALIDATION_10_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_10_POSITION = 0.965;
    // validation-11 alone, after its errors were read to write rules-11: F1 0.987, 0 of 66, ordinary-word precision
    // 0.975, positions 98.0% (rules-10 when it was held out: 0.957, 14 of 66, 0.913, 96.8%) — not held-out figures.
    private static final double VALIDATION_11_F1 = 0.985;
    private static final double VALIDATION_11_ORDINARY_PRECISION = 0.97;
    private static final double VALIDATION_11_POSITION = 0.975;
    // validation-12 alone, after its errors were read to write rules-12: F1 0.979, 1 of 66 (an ordinary-word miss: the
    // quoted German greeting „Hey Leute" beside the absent HEY), ordinary-word precision 0.967, positions 96.8%
    // (rules-11 when it was held out: 0.960, 13 of 66, 0.929, 94.1%) — not held-out figures.
    private static final double VALIDATION_12_F1 = 0.975;
    private static final int VALIDATION_12_ABSENCES_COUNTED = 1;
    private static final double VALIDATION_12_ORDINARY_PRECISION = 0.965;
    private static final double VALIDATION_12_POSITION = 0.965;
    // validation-13 alone, after its errors were read to write rules-13: F1 0.984, 0 of 66, ordinary-word precision
    // 0.943, positions 99.3% (rules-12 when it was held out: 0.966, 9 of 66, 0.943, 96.0%) — not held-out figures.
    private static final double VALIDATION_13_F1 = 0.98;
    private static final double VALIDATION_13_ORDINARY_PRECISION = 0.94;
    private static final double VALIDATION_13_POSITION = 0.99;
    // validation-14 alone, after its errors were read to write rules-14: F1 0.988, 3 of 66 (Attio "new to me, I'm
    // afraid" — "new to me" alone is said of products one likes too; a reported question in the brand's own sentence;
    // the bare table cell "Kan ej bedöma"), ordinary-word precision 0.978, positions 98.9% (rules-13 when it was held
    // out: 0.962, 12 of 66, 0.937, 95.5%) — not held-out figures. With rules-24, 1 of 66: the absence model (trained on
    // it) takes the first two.
    private static final double VALIDATION_14_F1 = 0.985;
    private static final int VALIDATION_14_ABSENCES_COUNTED = 1;
    private static final double VALIDATION_14_ORDINARY_PRECISION = 0.975;
    private static final double VALIDATION_14_POSITION = 0.985;
    // validation-15 alone, after its errors were read to write rules-15: F1 0.999, 0 of 66, ordinary-word precision
    // 1.000, positions 100% (one false mention left: "a Kit Carson biography"; rules-14 when it was held out: 0.968, 10
    // of 66, 0.906, 93.4%) — not held-out figures.
    private static final double VALIDATION_15_F1 = 0.995;
    private static final double VALIDATION_15_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_15_POSITION = 0.995;
    // validation-16 alone, after its errors were read to write rules-16: F1 0.988, 0 of 66, ordinary-word precision
    // 0.987, positions 98.8% (left: names that need knowing the world — "Asana Rebel", the N26 road, "Tier 4 rules",
    // "Joan of Arc", Vale the miner, "Monday's child" — and the lower-case brand "folk" unmatched; rules-15 when it was
    // held out: 0.959, 10 of 66, 0.940, 91.7%) — not held-out figures.
    private static final double VALIDATION_16_F1 = 0.985;
    private static final double VALIDATION_16_ORDINARY_PRECISION = 0.985;
    private static final double VALIDATION_16_POSITION = 0.985;
    // validation-17 alone, after its errors were read to write rules-17: F1 0.995, 1 of 66 (the German noun "Mist" in
    // "meldet er hauptsächlich Mist", beside the absent Mist), ordinary-word precision 0.990, positions 99.5% (left also:
    // "Notion Ink", "Spark New Zealand", "Kit Kat"; rules-16 when it was held out: 0.961, 12 of 66, 0.949, 94.5%) — not
    // held-out figures.
    private static final double VALIDATION_17_F1 = 0.99;
    private static final int VALIDATION_17_ABSENCES_COUNTED = 1;
    private static final double VALIDATION_17_ORDINARY_PRECISION = 0.985;
    private static final double VALIDATION_17_POSITION = 0.99;
    // validation-18 alone, after its errors were read to write rules-18: F1 0.992, 1 of 66 (the German noun in "in einem
    // anderen Tempo", beside the absent Tempo Timesheets), ordinary-word precision 0.953, positions 98.6% (left also:
    // "the Framers' own words", "Morecambe and Wise", "Wise heads on the board"; rules-17 when it was held out: 0.964, 13
    // of 66, 0.930, 92.2%) — not held-out figures.
    private static final double VALIDATION_18_F1 = 0.99;
    private static final int VALIDATION_18_ABSENCES_COUNTED = 1;
    private static final double VALIDATION_18_ORDINARY_PRECISION = 0.95;
    private static final double VALIDATION_18_POSITION = 0.985;
    // validation-19 alone, after its errors were read to write rules-19: F1 0.993, 0 of 66, ordinary-word precision
    // 0.980, positions 99.2% (left: "Sketch Engine", "Zoom Air", "Kit Harington", "el Kit Digital", "Tempo 30"; rules-18
    // when it was held out: 0.971, 6 of 66, 0.980, 97.5%) — not held-out figures.
    private static final double VALIDATION_19_F1 = 0.99;
    private static final double VALIDATION_19_ORDINARY_PRECISION = 0.975;
    private static final double VALIDATION_19_POSITION = 0.99;
    // validation-20 alone, after its errors were read to write rules-20: F1 0.991, 0 of 66, ordinary-word precision
    // 1.000, positions 99.5% (left: "the mining client is Vale", "Joan of Arc", "Kit Carson", "Tempo-Taschentücher", the
    // lower-case "folk" twice; rules-19 when it was held out: 0.970, 15 of 66, 0.982, 99.2%) — not held-out figures.
    private static final double VALIDATION_20_F1 = 0.99;
    private static final double VALIDATION_20_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_20_POSITION = 0.99;
    // validation-21 alone, after its errors were read to write rules-21: F1 0.988, 1 of 66, ordinary-word precision 1.000,
    // positions 98.4% (left: "Lime is a gap in what I know", "Fathom, the AI note-taker", "the N26 between Foxford and
    // Ballina", "Tier 4 visa", "Bolt.new", "Vale do Lobo", "Kit Kat", "**TIER**" and a lower-case "folk." missed; rules-20
    // when it was held out: 0.970, 12 of 66, 0.960, 98.1%) — not held-out figures.
    private static final double VALIDATION_21_F1 = 0.985;
    private static final int VALIDATION_21_ABSENCES_COUNTED = 1;
    private static final double VALIDATION_21_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_21_POSITION = 0.98;
    // validation-22 alone, after its errors were read to write rules-22 (absence statements) and with the gazetteer of
    // other things named like the brands (ordinary/confusables.cues, written without the held-out splits but from a
    // brief that quoted some of validation-22's look-alike names): F1 0.997, 0 of 66, ordinary-word precision 1.000,
    // positions 99.7% with rules-23 (rules-21 when it was held out: 0.967, 10 of 66, 0.956, 96.97%) — not held-out figures.
    private static final double VALIDATION_22_F1 = 0.99;
    private static final double VALIDATION_22_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_22_POSITION = 0.99;
    // validation-23 held out, measured with rules-22 and the gazetteer: F1 0.980 (0.9797), 10 of 66, ordinary-word precision
    // 0.956, positions 98.6% (rules-21: 0.969, 11 of 66, 0.935, 97.2%; the gazetteer alone on rules-21: 0.978, 11 of 66).
    // Then its errors were read, and the brief of rules-23's wider absence vocabulary named idioms of the kinds found
    // there, so rules-23 on it is not a held-out figure: 0.985, 6 of 66, 0.956, 99.2%. With rules-24 (the absence model,
    // trained on it among the seen splits): 0.988, 4 of 66, 0.956, 99.2%. With rules-25: 0.989, 3 of 66, 0.956, 99.2%.
    private static final double VALIDATION_23_F1 = 0.985;
    private static final int VALIDATION_23_ABSENCES_COUNTED = 3;
    private static final double VALIDATION_23_ORDINARY_PRECISION = 0.955;
    private static final double VALIDATION_23_POSITION = 0.99;
    // validation-24 held out, measured with rules-23: F1 0.986, 5 of 66, ordinary-word precision 1.000, positions 98.4%;
    // with the absence model trained without it (nor validation-25 and -26) beside rules-23's cues: 0.988, 3 of 66,
    // 1.000, 98.7% — a held-out figure of the model (the two statements it took: "my information on it is nonexistent",
    // "não faço a mínima ideia"). With rules-24, whose model was then trained on it too and on the model-training
    // material, with a higher threshold (below): 0.987, 4 of 66, 1.000, 98.7% — not a held-out figure. With rules-25:
    // 0.987, 4 of 66, 1.000, 98.7%.
    private static final double VALIDATION_24_F1 = 0.985;
    private static final int VALIDATION_24_ABSENCES_COUNTED = 4;
    private static final double VALIDATION_24_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_24_POSITION = 0.985;
    // validation-25 held out (written blind like the others), measured with rules-23: F1 0.991, 2 of 66, ordinary-word
    // precision 0.957, positions 98.7%; with the absence model trained without it: 0.992, 1 of 66, 0.957, 98.7% (a
    // held-out figure of the model: one statement taken, no mention). Then its errors were read: rules-24 reads a
    // hyphenated day range ("a Monday-to-Friday rota") and a street address ("14 Hawthorn Close"), and its model was
    // trained on it too — 0.995, 1 of 66, 1.000, 98.9%, not held-out figures.
    private static final double VALIDATION_25_F1 = 0.99;
    private static final int VALIDATION_25_ABSENCES_COUNTED = 1;
    private static final double VALIDATION_25_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_25_POSITION = 0.985;
    // validation-26 held out, measured with rules-24: F1 0.991, 3 of 66, ordinary-word precision 0.978, positions 96.2%
    // (error for error what rules-23's cues give alone). Then its errors were read: rules-25 reads sources that hold
    // nothing about a brand in seven languages, German finding in verb-second order, a brand as an item of the
    // question's list, verbs of surpassing as a comparison, the reader's finding ("You won't find ▮ bikes …") and a pet
    // named after a product, and its model was trained on it too — 0.997, 0 of 66, 1.000, 99.2%, not held-out figures
    // (left: the lower-case "folk" of two answers, read as the ordinary word).
    private static final double VALIDATION_26_F1 = 0.995;
    private static final double VALIDATION_26_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_26_POSITION = 0.99;
    // validation-27 held out, measured with rules-25: F1 0.985, 4 of 66, ordinary-word precision 0.957, positions 96.5%
    // (rules-24: 0.984, 5 of 66). Then its errors were read: rules-26 sets off an aside between spaced dashes, ends a
    // clause where it turns to another brand it knows nothing about (TopicShift), reads an adverb before the negation of
    // a fragment ("Noch nie gehört"), searches for a brand that found nothing in the sources, no access to the user's
    // account as a hedge, paths from a site's root as URLs, "beim/vom/zum" before a German noun and "Zoom sur la …", and
    // its model was trained on it too — 0.999, 0 of 66, 1.000, 100.0%, not held-out figures.
    private static final double VALIDATION_27_F1 = 0.995;
    private static final double VALIDATION_27_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_27_POSITION = 0.995;
    // validation-28 held out, measured with rules-26: F1 0.973, 4 of 66, ordinary-word precision 0.881, positions 99.4%
    // (rules-25: 0.965, 7 of 66). Then its errors were read: rules-27 reads a capitalised ordinary word opening an
    // English paragraph, followed by a noun or an adjective, as the word when it is all the answer names
    // (NameAsSubject), a name among things of another kind in a table column or header row as the word
    // (TableColumnWords), the brand's possessive before a word and the user's own instance of it as something of the
    // brand (BrandOfSomething), a name alone in italics as a title or foreign word, and four absence wordings (German
    // "was das ist", French "n'en", Portuguese "nenhuma das páginas … fala do", Swedish "vad ▮ är för något") — 0.984,
    // 0 of 66, 0.925, 99.4%, not held-out figures.
    private static final double VALIDATION_28_F1 = 0.98;
    private static final double VALIDATION_28_ORDINARY_PRECISION = 0.92;
    private static final double VALIDATION_28_POSITION = 0.99;
    // validation-29 held out, measured with rules-26: F1 0.956, 5 of 66, ordinary-word precision 0.745, positions 96.2%;
    // with rules-27: 0.961, 4 of 66, 0.788, 96.8%. Then its errors were read: rules-28 lets an [unknowing] phrase open a
    // fragment after the name ("Omio? Ingen susning."), knows spoken French "connais pas" and Spanish "no lo tengo
    // ubicado", verbs of matching and "that of" in comparisons, an ordinary-word label among labels of another kind
    // (SiblingLabels), lower-case names in the contexts of ordinary/lower-case.cues (LowerCaseNames: "pedir un uber",
    // "reunião no zoom", "Keep every enquiry in folk:"), a lower-case fixed expression not around a name capitalised inside
    // a sentence ("configurare Vale anche per"), German adjectives and articles before emphasis, a sentence opening that
    // is not its subject where the answer writes the word in lower case, and "can't think of a reason to pay for" as a
    // hedge — 0.990, 0 of 66, 0.900, 98.6%, not held-out figures.
    private static final double VALIDATION_29_F1 = 0.985;
    private static final double VALIDATION_29_ORDINARY_PRECISION = 0.89;
    private static final double VALIDATION_29_POSITION = 0.98;
    // validation-30 held out, measured with rules-27: F1 0.973, 4 of 66, ordinary-word precision 0.873, positions 97.0%;
    // with rules-28: 0.975, 4 of 66, 0.873, 97.0%. Then its errors were read: rules-29 keeps other people's finding out of
    // the statements ("so two people don't turn up"), knows a search that turned up only unrelated things, "brancolo",
    // "källorna", "passa-me ao lado", data a product lacks ("sem dados locais"), German product verbs ("bildet"), a day set
    // against another after a comma, a pet's label, a street after a house number or beside another street, paired music
    // genres, the colon inside a bold label, another word's plural ("the university's Canvas"), lower-case names
    // recommended as a good fit — 0.992, 0 of 66, 0.927, 99.2%, not held-out figures.
    private static final double VALIDATION_30_F1 = 0.99;
    private static final double VALIDATION_30_ORDINARY_PRECISION = 0.92;
    private static final double VALIDATION_30_POSITION = 0.99;
    // validation-31 held out, measured with rules-28 and with the first part of rules-29 (validation-30's families): F1
    // 0.983, 4 of 66, ordinary-word precision 0.889, positions 96.8% both. Then its errors were read: rules-29 also knows
    // "bluffing", "mitbekommen", "non c'è traccia" in the sources, French "ne … que" as "only", a name marked for a
    // footnote that disowns it, a bold title among bold titles, a list item's label going on in lower case, "plan" as a
    // verb, two German adjectives before a noun, Euclid's Common Notions — 0.996, 0 of 66, 0.966, 99.5%, not held-out
    // figures.
    private static final double VALIDATION_31_F1 = 0.99;
    private static final double VALIDATION_31_ORDINARY_PRECISION = 0.96;
    private static final double VALIDATION_31_POSITION = 0.99;
    // validation-32 held out, measured with rules-28: F1 0.982, 8 of 66, ordinary-word precision 0.889, positions 100.0%;
    // with rules-29: 0.989, 2 of 66, 0.889, 100.0%. Then its errors were read: rules-30 keeps a guess in reach across an
    // elision ("c'est peut-être"), reads a name inside a title in italics as the title's and "plan" as a product word
    // only as a product's plan — 0.993, 1 of 66 ("please check ▮ yourself. You listed it …, but I know nothing about this
    // operator"), 0.923, 100.0%, not held-out figures.
    private static final double VALIDATION_32_F1 = 0.99;
    private static final int VALIDATION_32_ABSENCES_COUNTED = 1;
    private static final double VALIDATION_32_ORDINARY_PRECISION = 0.92;
    private static final double VALIDATION_32_POSITION = 0.99;
    // validation-33 held out, measured with rules-28, rules-29 and rules-30 alike: F1 0.971, 0 of 66, ordinary-word
    // precision 0.917, positions 99.7%. Then its errors were read: rules-31 counts a domain written as plain text as no
    // mention (a bare URL, neither name nor alias), reads "**HEY**" alone on its line as the name and lower-case tools in
    // more contexts ("record a short loom", "todo en monday", "in notion zetten") — 0.989, 0 of 66, 0.922, 99.7%, not
    // held-out figures.
    private static final double VALIDATION_33_F1 = 0.985;
    private static final double VALIDATION_33_ORDINARY_PRECISION = 0.92;
    private static final double VALIDATION_33_POSITION = 0.99;
    // validation-34 held out, measured with rules-31 (rules-28 and rules-30: 0.978, the same otherwise): F1 0.987, 0 of
    // 66, ordinary-word precision 0.958, positions 99.2%. Then its errors were read: rules-32 reads a quoted name the
    // answer also writes in lower case as the word discussed, a stretch matched as alias and domain as what it is written
    // as ("pitch.com" the domain), other people's not finding after a semicolon apart from the brand's clause, and
    // lower-case tools after "dans"/"en" — 0.999, 0 of 66, 1.000, 99.5% (with rules-34), not held-out figures.
    private static final double VALIDATION_34_F1 = 0.995;
    private static final double VALIDATION_34_ORDINARY_PRECISION = 0.99;
    private static final double VALIDATION_34_POSITION = 0.99;
    // validation-35 held out, measured with rules-31 and rules-32 alike: F1 0.990, 3 of 66, 0.923, 98.9%. Then read:
    // rules-33 ("one I can't speak to", nothing reliable to offer, a name alone as a heading its section disowns, finding
    // how or where to do something) — 0.997, 0 of 66, 0.960, 100.0% (with rules-34), not held-out figures.
    private static final double VALIDATION_35_F1 = 0.995;
    private static final double VALIDATION_35_ORDINARY_PRECISION = 0.95;
    private static final double VALIDATION_35_POSITION = 0.99;
    // validation-36 held out, measured with rules-33 (rules-31: 0.983): F1 0.984, 9 of 66, 0.941, 98.1%. Then read:
    // rules-34 (a heading answered first by a phrase of giving up, a question reported as talk, "liegt mir nichts vor",
    // a greeting quoted as a word of address) — 0.999, 0 of 66, 0.980, 100.0%, not held-out figures.
    private static final double VALIDATION_36_F1 = 0.995;
    private static final double VALIDATION_36_ORDINARY_PRECISION = 0.975;
    private static final double VALIDATION_36_POSITION = 0.99;
    // validation-37 held out, measured with rules-34 (rules-31 0.987, the same otherwise): F1 0.988, 5 of 66, 0.980,
    // 96.5% (99.2% once five answers' order was corrected to labelling rule 8, see its README). Then read: rules-35 (a
    // host name's first label, a guess before the statement, "enough" with a word of purpose, a short fragment of not
    // knowing) — 0.999, 1 of 66 ("Uber erwähnen Sie auch, aber da tappe ich im Dunkeln"), 1.000, 99.7% (with rules-36),
    // not held-out figures.
    private static final double VALIDATION_37_F1 = 0.995;
    private static final int VALIDATION_37_ABSENCES_COUNTED = 1;
    private static final double VALIDATION_37_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_37_POSITION = 0.99;
    // validation-38 held out, measured with rules-35 (rules-31: 0.979, 7 of 66, 0.979, 98.1%): F1 0.985, 4 of 66, 0.979,
    // 98.4%. Then read: rules-36 (French "comment" as "how", a fronted function-word name, knowledge that postdates or
    // stops, a person in an apposition) — 0.995, 0 of 66, 0.979, 99.5%, not held-out figures.
    private static final double VALIDATION_38_F1 = 0.99;
    private static final double VALIDATION_38_ORDINARY_PRECISION = 0.975;
    private static final double VALIDATION_38_POSITION = 0.99;
    // validation-39 and -40 held out together, measured with rules-36: F1 0.990, 9 of 132, 0.990, 97.7% (alone: 0.985, 5
    // of 66, 0.980, 96.0%; 0.995, 4 of 66, 1.000, 99.5%). Then read: rules-37 (a relative clause after the name, idioms of
    // not knowing, sources saying nothing of it in French and Dutch, leaving out by not including, a heading's section
    // that goes on about the product, a lower-case name as a bold label among bold labels, a deck made in a tool) —
    // validation-39 0.997, 0 of 66, 0.980, 98.7%; validation-40 0.999, 1 of 66 ("**E Close CRM, che usa un
    // concorrente?**" / "Non sono in grado di darLe indicazioni"), 1.000, 100.0%; not held-out figures.
    private static final double VALIDATION_39_F1 = 0.995;
    private static final double VALIDATION_39_ORDINARY_PRECISION = 0.975;
    private static final double VALIDATION_39_POSITION = 0.985;
    private static final double VALIDATION_40_F1 = 0.995;
    private static final int VALIDATION_40_ABSENCES_COUNTED = 1;
    private static final double VALIDATION_40_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_40_POSITION = 0.995;
    // validation-41 held out, measured with rules-37 (rules-36 the same; rules-31 0.993, 4 of 66, 1.000, 99.5%): F1 0.995,
    // 4 of 66, 1.000, 99.5%. Then read: rules-38 (the question reported with "évoquer", "não faço a menor ideia", "ute och
    // cyklar", Swedish "den" pointing back) — 1.000, 0 of 66, 1.000, 100.0%. validation-42 held out, measured with
    // rules-38 (rules-36 the same; rules-31 0.986, 8 of 66): F1 0.987, 7 of 66, 0.980, 98.4%. Then read: rules-39
    // (questions reported with "citer", "indicare", "perguntaram"; thin knowledge; "ce qu'il" pointing back; abroad is
    // not foreign to me; a word among words, a band in an apposition, a pack of tissues) — 1.000, 0 of 66, 1.000, 99.5%.
    // Not held-out figures.
    private static final double VALIDATION_41_F1 = 0.995;
    private static final double VALIDATION_41_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_41_POSITION = 0.995;
    private static final double VALIDATION_42_F1 = 0.995;
    private static final double VALIDATION_42_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_42_POSITION = 0.99;
    // validation-43 held out, measured with rules-39 (rules-36 0.986, 7 of 66; rules-31 0.983, 8 of 66): F1 0.990, 6 of
    // 66, 1.000, 98.4%. Then read: rules-40 (a search that found nothing, having no say, only guesses, the question
    // brought up, in German; not informed enough, no view of it, in Dutch; a tool kept in a lower-case name; the KIT and
    // the ZOOM Erlebniswelt) — 0.999, 0 of 66, 1.000, 99.5%, not held-out figures.
    private static final double VALIDATION_43_F1 = 0.995;
    private static final double VALIDATION_43_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_43_POSITION = 0.99;
    // validation-44 held out, measured with rules-40 (rules-36 0.983, 6 of 66; rules-31 0.979, 8 of 66): F1 0.987, 4 of
    // 66, 0.942, 97.1%. Then read: rules-41 (the name come up in the question, past-tense asking, sources without a single
    // hit, a grey area; one other person not finding a thing; a semicolon ends a negation's reach; a gazetteer phrase within
    // a line; dialogue, fog, a game, a telecom company) — 1.000, 0 of 66, 1.000, 100.0%. validation-45 and -46 held out
    // together, measured with rules-41 (rules-40 the same; rules-36 the same but for positions): F1 0.988, 6 of 132, 0.950,
    // 98.0% (validation-45 0.986, 3 of 66, 0.959, 99.5%; validation-46 0.990, 3 of 66, 0.942, 96.6%). Then read: rules-42
    // (the name in the user's message, others' negations, advice after a negation, a question word before a word of
    // knowing, quoted speech, "in the dark" only as not knowing, search results that yield nothing, software words as
    // product words, possessives before German nouns) — validation-44 1.000, 0 of 66, 1.000, 100.0%; validation-45 0.997,
    // 0 of 66, 0.960, 99.5%; validation-46 1.000, 0 of 66, 1.000, 99.0%. Not held-out figures.
    private static final double VALIDATION_44_F1 = 0.995;
    private static final double VALIDATION_44_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_44_POSITION = 0.995;
    private static final double VALIDATION_45_F1 = 0.995;
    private static final double VALIDATION_45_ORDINARY_PRECISION = 0.955;
    private static final double VALIDATION_45_POSITION = 0.99;
    private static final double VALIDATION_46_F1 = 0.995;
    private static final double VALIDATION_46_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_46_POSITION = 0.985;
    // validation-47 and -48 held out together, measured with rules-42 (rules-40 the same; rules-36 0.983, 9 of 132): F1
    // 0.992, 8 of 132, 0.961, 96.9% (validation-47 0.992, 3 of 66, 0.942, 97.7%; validation-48 0.992, 5 of 66, 0.980,
    // 96.1%). Then read: rules-43 (a callout echoing the name, a guess with "may", the brand named again by another of its
    // names, asking as writing, fog, guessing and conspicuous absence as idioms, German nouns after adjectives, Apache
    // Spark, Nike Zoom, Lloyd Loom, a note-taker and a snack in an apposition) — validation-47 0.999, 0 of 66, 0.980,
    // 98.4%; validation-48 1.000, 0 of 66, 1.000, 99.0%. Not held-out figures.
    private static final double VALIDATION_47_F1 = 0.995;
    private static final double VALIDATION_47_ORDINARY_PRECISION = 0.975;
    private static final double VALIDATION_47_POSITION = 0.98;
    private static final double VALIDATION_48_F1 = 0.995;
    private static final double VALIDATION_48_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_48_POSITION = 0.985;
    // validation-49 and -50 held out together, measured with rules-43 (rules-40 0.991, 4 of 132; rules-36 0.990, 4 of
    // 132): F1 0.992, 4 of 132, 0.971, 97.8% (validation-49 0.994, 3 of 66, 0.980, 98.7%; validation-50 0.991, 1 of 66,
    // 0.962, 96.9%). Then read: rules-44 (shedding light, holding back, "info", the second half of a French negation after
    // a verb of using, quantities before German nouns, fog lying, Pitch & Putt, Cheap Monday) — validation-49 0.997, 1 of
    // 66 ("Sedan skrev du Monday – eller tänkte du på Microsoft Planner?"), 1.000, 99.7%; validation-50 0.996, 0 of 66,
    // 0.980, 97.7%. Not held-out figures.
    private static final double VALIDATION_49_F1 = 0.995;
    private static final int VALIDATION_49_ABSENCES_COUNTED = 1;
    private static final double VALIDATION_49_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_49_POSITION = 0.995;
    private static final double VALIDATION_50_F1 = 0.995;
    private static final double VALIDATION_50_ORDINARY_PRECISION = 0.975;
    private static final double VALIDATION_50_POSITION = 0.975;
    // validation-51 and -52 held out together, measured with rules-44 (rules-40 0.993, 5 of 132; rules-36 0.990, 6 of
    // 132): F1 0.994, 4 of 132, 0.971, 97.7% (validation-51 0.995, 3 of 66, 1.000, 100.0%; validation-52 0.994, 1 of 66,
    // 0.943, 95.3%). Then read: rules-45 (a label's short phrase of giving up then a statement, "grekiskan för mig", too
    // new or too small to know in French, "turns into", Dutch "beantwoordt", copper theft and prices, farming words near
    // "Mist", Dutch fog coming up) — validation-51 1.000, 0 of 66, 1.000, 100.0%; validation-52 1.000, 0 of 66, 1.000,
    // 95.9% (a look-alike named first, then by its bare name on the same line, left). Not held-out figures.
    private static final double VALIDATION_51_F1 = 0.995;
    private static final double VALIDATION_51_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_51_POSITION = 0.995;
    private static final double VALIDATION_52_F1 = 0.995;
    private static final double VALIDATION_52_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_52_POSITION = 0.955;
    // validation-53 and -54 held out together, measured with rules-45 (rules-44 0.991, 6 of 132; rules-40 0.991, 5 of
    // 132): F1 0.992, 5 of 132, 0.959, 98.8% (validation-53 0.992, 1 of 66, 0.958, 98.2%; validation-54 0.991, 4 of 66,
    // 0.960, 99.5%). Then read: rules-46 (the white flag, a shot in the dark, holding back, "Sie nennen"/"Referem", a tool
    // used before a colon, a site built in a tool, copper sprays, "mit Zoom von", fronted German nouns, glossed quoted
    // words, a look-alike's bare name owning something) — validation-53 0.999, 0 of 66, 1.000, 99.5%; validation-54 0.999,
    // 0 of 66, 1.000, 99.5%. Not held-out figures.
    private static final double VALIDATION_53_F1 = 0.995;
    private static final double VALIDATION_53_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_53_POSITION = 0.99;
    private static final double VALIDATION_54_F1 = 0.995;
    private static final double VALIDATION_54_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_54_POSITION = 0.99;
    // validation-55 and -56 held out together, measured with rules-46 (rules-45 and rules-44 0.989, 11 of 132; rules-40
    // 0.988, 12 of 132): F1 0.990, 10 of 132, 0.990, 99.2% (validation-55 0.991, 4 of 66, 1.000, 98.9%; validation-56
    // 0.988, 6 of 66, 0.980, 99.5%). Then read: rules-47 (labels asking about the brand, notes with product verbs or that
    // are statements themselves, a layman in every language, "inte hum", "leave to one side", a reliable picture, "Sie
    // schreiben"/"Tu cites", [contrast], a heading over what the product does, "folk, CRM-verktyget") — validation-55
    // 0.999, 0 of 66, 1.000, 99.5%; validation-56 0.997, 0 of 66, 0.980, 99.5%. Not held-out figures.
    private static final double VALIDATION_55_F1 = 0.995;
    private static final double VALIDATION_55_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_55_POSITION = 0.99;
    private static final double VALIDATION_56_F1 = 0.995;
    private static final double VALIDATION_56_ORDINARY_PRECISION = 0.975;
    private static final double VALIDATION_56_POSITION = 0.99;
    // validation-57 and -58 held out together, measured with rules-47 (rules-46 the same; rules-44 and rules-40 0.993, 6
    // of 132): F1 0.994, 4 of 132, 0.979, 99.1% (validation-57 0.996, 1 of 66, 0.979, 100.0%; validation-58 0.992, 3 of
    // 66, 0.979, 98.1%). Then read: rules-48 (leaving alone and only guessing, a label's note guessing at the brand, the
    // user's list as the question, a note of purpose, caught offside, rental vehicles as product words, miners, Arc glass,
    // a song, "Vale" before an infinitive) — validation-57 0.999, 0 of 66, 0.980, 100.0% (left: the magazine column
    // «Zoom»); validation-58 1.000, 0 of 66, 1.000, 100.0%. Not held-out figures.
    private static final double VALIDATION_57_F1 = 0.995;
    private static final double VALIDATION_57_ORDINARY_PRECISION = 0.975;
    private static final double VALIDATION_57_POSITION = 0.99;
    private static final double VALIDATION_58_F1 = 0.995;
    private static final double VALIDATION_58_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_58_POSITION = 0.99;
    // validation-59 and -60 held out together, measured with rules-48 (rules-47, rules-44 and rules-40 the same): F1 0.990,
    // 3 of 132, 0.969, 98.1% (validation-59 0.993, 0 of 66, 0.980, 99.7%; validation-60 0.987, 3 of 66, 0.957, 96.5%).
    // Then read: rules-49 ("you wrote", pitch dark, the fine and the coarse, adding as advice, "too unfamiliar for", "så
    // vitt jag vet", a heading answered by what the product is, solving and sufficing, folk as a CRM, prints, nicknames,
    // Swedish shops, folk festivals) — validation-59 1.000, 0 of 66, 1.000, 100.0%; validation-60 0.999, 0 of 66, 0.980,
    // 100.0% (left: "ob ihr Tier mitdarf", whose "ihr" may be "you" as well as "their"). Not held-out figures.
    private static final double VALIDATION_59_F1 = 0.995;
    private static final double VALIDATION_59_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_59_POSITION = 0.99;
    private static final double VALIDATION_60_F1 = 0.995;
    private static final double VALIDATION_60_ORDINARY_PRECISION = 0.975;
    private static final double VALIDATION_60_POSITION = 0.99;
    // validation-61 and -62 held out together, measured with rules-49 (rules-48 the same; rules-47 and rules-44 0.996, 2
    // of 132, 97.2%; rules-40 0.995, 2 of 132): F1 0.996, 2 of 132, 0.980, 97.5% (validation-61 0.999, 0 of 66, 1.000,
    // 98.7%; validation-62 0.993, 2 of 66, 0.960, 96.3%). Then read: rules-50 ("not on my map", "nicht die Bohne", not
    // needed as a judgement of use, a list item's note ending at a colon, a tip's title, a line using the name as the
    // word, Sketch in Mayfair, Philips Zoom, the N26 road, the Limes, a mining company in apposition) — validation-61 and
    // -62 1.000, 0 of 66, 1.000, 100.0% each. Not held-out figures.
    private static final double VALIDATION_61_F1 = 0.995;
    private static final double VALIDATION_61_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_61_POSITION = 0.99;
    private static final double VALIDATION_62_F1 = 0.995;
    private static final double VALIDATION_62_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_62_POSITION = 0.99;
    // validation-63 and -64 held out together, measured with rules-50 (rules-49 to rules-44 0.995, 4 of 132, one true
    // mention fewer; rules-40 0.993, 4 of 132): F1 0.995, 4 of 132, 1.000, 98.1% (validation-63 0.997, 1 of 66, 1.000,
    // 97.8%; validation-64 0.993, 3 of 66, 1.000, 98.4%). Then read: rules-51 (having to pass, not part of the comparison,
    // "nicht aufgenommen", "lo escludo", buying as advice, a colon with not knowing after it, a negation of advice starting
    // no statement, a gloss naming the person, a band named before, the Zoom ice lolly, the N26 night bus, Heap's
    // algorithm, the Framers) — validation-63 0.997, 0 of 66, 1.000, 100.0% (left: "KAYAK não o usaria …: … que não
    // aparece em comparadores", which the absence model takes for a statement, and "je n'en vois pas l'intérêt");
    // validation-64 0.999, 1 of 66 (the fourteenth of the seen splits: "e Close lo escludo del tutto, perché non lo
    // conosco" in parentheses inside another brand's sentence), 1.000, 100.0%. Not held-out figures.
    private static final double VALIDATION_63_F1 = 0.995;
    private static final double VALIDATION_63_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_63_POSITION = 0.99;
    private static final double VALIDATION_64_F1 = 0.995;
    private static final int VALIDATION_64_ABSENCES_COUNTED = 1;
    private static final double VALIDATION_64_ORDINARY_PRECISION = 0.995;
    private static final double VALIDATION_64_POSITION = 0.99;
    /** What each split read while writing the rules keeps: F1, absence statements counted, ordinary-word precision, positions. */
    private record SplitFloor(int split, double f1, int absences, double ordinaryPrecision, double position) {
    }

    private static final List<SplitFloor> SPLIT_FLOORS = List.of(
            new SplitFloor(8, VALIDATION_8_F1, 0, VALIDATION_8_ORDINARY_PRECISION, 0),
            new SplitFloor(9, VALIDATION_9_F1, 0, VALIDATION_9_ORDINARY_PRECISION, VALIDATION_9_POSITION),
            new SplitFloor(10, VALIDATION_10_F1, 0, VALIDATION_10_ORDINARY_PRECISION, VALIDATION_10_POSITION),
            new SplitFloor(11, VALIDATION_11_F1, 0, VALIDATION_11_ORDINARY_PRECISION, VALIDATION_11_POSITION),
            new SplitFloor(12, VALIDATION_12_F1, VALIDATION_12_ABSENCES_COUNTED, VALIDATION_12_ORDINARY_PRECISION,
                    VALIDATION_12_POSITION),
            new SplitFloor(13, VALIDATION_13_F1, 0, VALIDATION_13_ORDINARY_PRECISION, VALIDATION_13_POSITION),
            new SplitFloor(14, VALIDATION_14_F1, VALIDATION_14_ABSENCES_COUNTED, VALIDATION_14_ORDINARY_PRECISION,
                    VALIDATION_14_POSITION),
            new SplitFloor(15, VALIDATION_15_F1, 0, VALIDATION_15_ORDINARY_PRECISION, VALIDATION_15_POSITION),
            new SplitFloor(16, VALIDATION_16_F1, 0, VALIDATION_16_ORDINARY_PRECISION, VALIDATION_16_POSITION),
            new SplitFloor(17, VALIDATION_17_F1, VALIDATION_17_ABSENCES_COUNTED, VALIDATION_17_ORDINARY_PRECISION,
                    VALIDATION_17_POSITION),
            new SplitFloor(18, VALIDATION_18_F1, VALIDATION_18_ABSENCES_COUNTED, VALIDATION_18_ORDINARY_PRECISION,
                    VALIDATION_18_POSITION),
            new SplitFloor(19, VALIDATION_19_F1, 0, VALIDATION_19_ORDINARY_PRECISION, VALIDATION_19_POSITION),
            new SplitFloor(20, VALIDATION_20_F1, 0, VALIDATION_20_ORDINARY_PRECISION, VALIDATION_20_POSITION),
            new SplitFloor(21, VALIDATION_21_F1, VALIDATION_21_ABSENCES_COUNTED, VALIDATION_21_ORDINARY_PRECISION,
                    VALIDATION_21_POSITION),
            new SplitFloor(22, VALIDATION_22_F1, 0, VALIDATION_22_ORDINARY_PRECISION, VALIDATION_22_POSITION),
            new SplitFloor(23, VALIDATION_23_F1, VALIDATION_23_ABSENCES_COUNTED, VALIDATION_23_ORDINARY_PRECISION,
                    VALIDATION_23_POSITION),
            new SplitFloor(24, VALIDATION_24_F1, VALIDATION_24_ABSENCES_COUNTED, VALIDATION_24_ORDINARY_PRECISION,
                    VALIDATION_24_POSITION),
            new SplitFloor(25, VALIDATION_25_F1, VALIDATION_25_ABSENCES_COUNTED, VALIDATION_25_ORDINARY_PRECISION,
                    VALIDATION_25_POSITION),
            new SplitFloor(26, VALIDATION_26_F1, 0, VALIDATION_26_ORDINARY_PRECISION, VALIDATION_26_POSITION),
            new SplitFloor(27, VALIDATION_27_F1, 0, VALIDATION_27_ORDINARY_PRECISION, VALIDATION_27_POSITION),
            new SplitFloor(28, VALIDATION_28_F1, 0, VALIDATION_28_ORDINARY_PRECISION, VALIDATION_28_POSITION),
            new SplitFloor(29, VALIDATION_29_F1, 0, VALIDATION_29_ORDINARY_PRECISION, VALIDATION_29_POSITION),
            new SplitFloor(30, VALIDATION_30_F1, 0, VALIDATION_30_ORDINARY_PRECISION, VALIDATION_30_POSITION),
            new SplitFloor(31, VALIDATION_31_F1, 0, VALIDATION_31_ORDINARY_PRECISION, VALIDATION_31_POSITION),
            new SplitFloor(32, VALIDATION_32_F1, VALIDATION_32_ABSENCES_COUNTED, VALIDATION_32_ORDINARY_PRECISION,
                    VALIDATION_32_POSITION),
            new SplitFloor(33, VALIDATION_33_F1, 0, VALIDATION_33_ORDINARY_PRECISION, VALIDATION_33_POSITION),
            new SplitFloor(34, VALIDATION_34_F1, 0, VALIDATION_34_ORDINARY_PRECISION, VALIDATION_34_POSITION),
            new SplitFloor(35, VALIDATION_35_F1, 0, VALIDATION_35_ORDINARY_PRECISION, VALIDATION_35_POSITION),
            new SplitFloor(36, VALIDATION_36_F1, 0, VALIDATION_36_ORDINARY_PRECISION, VALIDATION_36_POSITION),
            new SplitFloor(37, VALIDATION_37_F1, VALIDATION_37_ABSENCES_COUNTED, VALIDATION_37_ORDINARY_PRECISION,
                    VALIDATION_37_POSITION),
            new SplitFloor(38, VALIDATION_38_F1, 0, VALIDATION_38_ORDINARY_PRECISION, VALIDATION_38_POSITION),
            new SplitFloor(39, VALIDATION_39_F1, 0, VALIDATION_39_ORDINARY_PRECISION, VALIDATION_39_POSITION),
            new SplitFloor(40, VALIDATION_40_F1, VALIDATION_40_ABSENCES_COUNTED, VALIDATION_40_ORDINARY_PRECISION,
                    VALIDATION_40_POSITION),
            new SplitFloor(41, VALIDATION_41_F1, 0, VALIDATION_41_ORDINARY_PRECISION, VALIDATION_41_POSITION),
            new SplitFloor(42, VALIDATION_42_F1, 0, VALIDATION_42_ORDINARY_PRECISION, VALIDATION_42_POSITION),
            new SplitFloor(43, VALIDATION_43_F1, 0, VALIDATION_43_ORDINARY_PRECISION, VALIDATION_43_POSITION),
            new SplitFloor(44, VALIDATION_44_F1, 0, VALIDATION_44_ORDINARY_PRECISION, VALIDATION_44_POSITION),
            new SplitFloor(45, VALIDATION_45_F1, 0, VALIDATION_45_ORDINARY_PRECISION, VALIDATION_45_POSITION),
            new SplitFloor(46, VALIDATION_46_F1, 0, VALIDATION_46_ORDINARY_PRECISION, VALIDATION_46_POSITION),
            new SplitFloor(47, VALIDATION_47_F1, 0, VALIDATION_47_ORDINARY_PRECISION, VALIDATION_47_POSITION),
            new SplitFloor(48, VALIDATION_48_F1, 0, VALIDATION_48_ORDINARY_PRECISION, VALIDATION_48_POSITION),
            new SplitFloor(49, VALIDATION_49_F1, VALIDATION_49_ABSENCES_COUNTED, VALIDATION_49_ORDINARY_PRECISION,
                    VALIDATION_49_POSITION),
            new SplitFloor(50, VALIDATION_50_F1, 0, VALIDATION_50_ORDINARY_PRECISION, VALIDATION_50_POSITION),
            new SplitFloor(51, VALIDATION_51_F1, 0, VALIDATION_51_ORDINARY_PRECISION, VALIDATION_51_POSITION),
            new SplitFloor(52, VALIDATION_52_F1, 0, VALIDATION_52_ORDINARY_PRECISION, VALIDATION_52_POSITION),
            new SplitFloor(53, VALIDATION_53_F1, 0, VALIDATION_53_ORDINARY_PRECISION, VALIDATION_53_POSITION),
            new SplitFloor(54, VALIDATION_54_F1, 0, VALIDATION_54_ORDINARY_PRECISION, VALIDATION_54_POSITION),
            new SplitFloor(55, VALIDATION_55_F1, 0, VALIDATION_55_ORDINARY_PRECISION, VALIDATION_55_POSITION),
            new SplitFloor(56, VALIDATION_56_F1, 0, VALIDATION_56_ORDINARY_PRECISION, VALIDATION_56_POSITION),
            new SplitFloor(57, VALIDATION_57_F1, 0, VALIDATION_57_ORDINARY_PRECISION, VALIDATION_57_POSITION),
            new SplitFloor(58, VALIDATION_58_F1, 0, VALIDATION_58_ORDINARY_PRECISION, VALIDATION_58_POSITION),
            new SplitFloor(59, VALIDATION_59_F1, 0, VALIDATION_59_ORDINARY_PRECISION, VALIDATION_59_POSITION),
            new SplitFloor(60, VALIDATION_60_F1, 0, VALIDATION_60_ORDINARY_PRECISION, VALIDATION_60_POSITION),
            new SplitFloor(61, VALIDATION_61_F1, 0, VALIDATION_61_ORDINARY_PRECISION, VALIDATION_61_POSITION),
            new SplitFloor(62, VALIDATION_62_F1, 0, VALIDATION_62_ORDINARY_PRECISION, VALIDATION_62_POSITION),
            new SplitFloor(63, VALIDATION_63_F1, 0, VALIDATION_63_ORDINARY_PRECISION, VALIDATION_63_POSITION),
            new SplitFloor(64, VALIDATION_64_F1, VALIDATION_64_ABSENCES_COUNTED, VALIDATION_64_ORDINARY_PRECISION,
                    VALIDATION_64_POSITION));
    // validation-65 and -66, held out together (356 answers, 132 absence statements, each written without reading the
    // rules, their data, the absence model, any scoring output or any split but the two previous READMEs and two 60-line
    // format samples, while validation-63 and -64 were read for rules-51; their READMEs say what their writers read),
    // never read while writing rules nor used in training the absence model. With rules-51 on them (figures only): F1
    // 0.996, 3 of 132 absence statements counted (English 2, French 1), ordinary-word precision 0.980, positions 99.6%
    // (validation-65 0.993, 2 of 66, 0.960, 99.7%; validation-66 0.999, 1 of 66, 1.000, 99.5%); rules-50 the same;
    // rules-47 0.995, 3 of 132, 0.970, 99.3%; rules-40 0.993, 4 of 132, 0.970, 99.1%. Of the targets (0.98, 0,
    // 0.97, 0.97) F1, ordinary-word precision and positions hold on the pair; absence statements counted do not. The
    // floors are those figures rounded down.
    // (Earlier held-out splits, each with the rules of its day: validation-63 and -64 together with rules-50 0.995, 4 of
    // 132 (1.000); validation-61 and -62 together with rules-49 0.996, 2 of
    // 132 (0.980); validation-59 and -60 together with rules-48 0.990, 3 of
    // 132 (0.969); validation-57 and -58 together with rules-47 0.994, 4 of 132 (0.979); validation-55 and -56 together with rules-46 0.990, 10
    // of 132 (0.990); validation-53 and -54 together with rules-45 0.992, 5 of
    // 132 (0.959); validation-51 and -52 together with rules-44 0.994, 4 of
    // 132 (0.971); validation-49 and -50 together with rules-43 0.992, 4 of
    // 132 (0.971); validation-47 and -48 together with rules-42 0.992, 8 of 132 (0.961); validation-45 and -46 together
    // with rules-41 0.988, 6 of 132 (0.950); validation-44 with rules-40 0.987, 4 of 66 (0.942);
    // validation-43 with rules-39 0.990, 6 of 66 (1.000);
    // validation-42 with rules-38 0.987, 7 of 66 (0.980);
    // validation-41 with rules-37 0.995, 4 of 66 (1.000); validation-39 and -40 together with rules-36 0.990, 9 of
    // 132 (0.990); validation-38 with rules-35 0.985, 4 of 66 (0.979);
    // validation-37 with rules-34 0.988, 5 of 66 (0.980); validation-36 with rules-33 0.984, 9 of 66 (ordinary-word
    // precision 0.941); validation-35 with rules-32 0.990, 3 of 66 (0.923); validation-34 with rules-31 0.987, 0 of 66
    // (0.958); validation-33 with rules-30 0.971, 0 of 66;
    // validation-32 with rules-29 0.989, 2 of 66 (rules-28
    // 0.982, 8 of 66); validation-31 with rules-28 0.983, 4 of 66;
    // validation-30 with rules-28 0.975, 4 of 66;
    // validation-29 with rules-27 0.961, 4 of 66; validation-28 with rules-26 0.973, 4 of 66 (one answer seen);
    // validation-27 with rules-25 0.985, 4 of 66; validation-26 with rules-24 0.991, 3 of 66; validation-25 with
    // rules-23 0.991, 2 of 66,
    // and with the absence model trained without it 0.992, 1 of 66; validation-24 with rules-23 0.986, 5 of 66, and with
    // the model trained without it 0.988, 3 of 66; validation-23 with rules-22 0.980, 10 of 66; validation-22 with
    // rules-21 0.967, 10 of 66;
    // validation-21 with rules-20 0.970, 12 of 66; validation-20 with rules-19 0.970, 15 of 66; validation-19 with
    // rules-18 0.971, 6 of 66; validation-18 with rules-17 0.964, 13 of 66; validation-17 with rules-16 0.961, 12 of
    // 66; validation-16 with rules-15 0.959, 10 of 66; validation-15 with rules-14 0.968, 10 of 66; validation-14 with
    // rules-13 0.962, 12 of 66; validation-13 with rules-12 0.966, 9 of 66; validation-12 with rules-11 0.960, 13 of 66;
    // validation-11 with rules-10 0.957, 14 of 66; validation-10 with rules-9 0.963, 10 of 66.)
    private static final double HELD_OUT_F1 = 0.995;
    static final int HELD_OUT_ABSENCES_COUNTED = 3;
    private static final double HELD_OUT_ORDINARY_PRECISION = 0.975;
    private static final double HELD_OUT_POSITION = 0.99;

    private Scorecard score(List<LabelledAnswer> answers) {
        Scorecard scorecard = new Scorecard();
        answers.forEach(a -> scorecard.add(a, rules.extract(a.text(), a.brands())));
        return scorecard;
    }

    private static long count(List<LabelledAnswer> answers, String tag) {
        return answers.stream().filter(a -> a.tags().contains(tag)).count();
    }
}
