package dev.answerlens.extraction.gold;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.extraction.quality.LabelledAnswer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unseen gold set ({@code gold-unseen/}): answers written for it alone, in twenty-seven splits, each written before the
 * rules that were tuned on it: {@code tuning/} (read while writing the rules), then {@code validation/} to
 * {@code validation-25/}, each held out until its figures were reported and then read while writing the rules or
 * training the absence model ({@link #seen()}). The held-out split ({@link #heldOut()}) is validation-26, written apart
 * from the rules and never part of the model's training; without
 * it there is none, and the tests on it are skipped. Its brand sets (gold-unseen/brands.txt) are full of names that are ordinary words.
 * <pre>
 * === case-id set lang
 * tags: absence, ordinary-word, list      (what the case exercises; reported per tag)
 * expect: Loom, Zoom                      (mentioned tracked brands in position order, or "none")
 * absent: Around                          (named only in absence statements)
 * ---
 * the answer, markdown, to the next "===" line
 * </pre>
 */
public final class UnseenGoldSet {
    static final List<String> FILES = List.of("absence-en-de-fr.gold", "absence-es-it-pt-nl.gold", "ordinary-words-en.gold",
            "multilingual-a.gold", "multilingual-b.gold");

    static final List<String> FILES_2 = List.of("absence-en-de-fr.gold", "absence-es-it-pt-nl.gold", "ordinary-words.gold",
            "multilingual.gold", "hard-negatives.gold");

    static final List<String> FILES_3 = List.of("absence-en-de-fr.gold", "absence-es-it-pt-nl-sv.gold",
            "ordinary-words.gold", "multilingual.gold", "hard-negatives.gold");

    /**
     * The newest split read while writing the rules (rules-51 was written from its errors and validation-63's, rules-50
     * from validation-62's and -61's, rules-49
     * from validation-60's and -59's, rules-48
     * from validation-58's and -57's, rules-47 from validation-56's and -55's, rules-46
     * from validation-54's and -53's, rules-45
     * from validation-52's and -51's, rules-44 from validation-50's and -49's, rules-43
     * from validation-48's and -47's, rules-42 from validation-46's and -45's, rules-41 from validation-44's, rules-40
     * from validation-43's, rules-39 from validation-42's,
     * rules-38 from validation-41's,
     * rules-37 from validation-40's and -39's, rules-36 from validation-38's, rules-35 from validation-37's,
     * rules-34 from validation-36's, rules-33 from validation-35's,
     * rules-32 from validation-34's, rules-31 from validation-33's; the absence model, rules-26's, was not retrained on
     * them).
     */
    static final int LAST_SEEN = 64;
    /** The first held-out split: written apart from the rules and the absence model, only its figures looked at. */
    static final int HELD_OUT = 65;
    /** The last held-out split (validation-65 and -66 were written blind while validation-63 and -64 were read for rules-51). */
    static final int HELD_OUT_LAST = 66;

    private UnseenGoldSet() {
    }

    /** Every split. */
    public static List<LabelledAnswer> all() {
        List<LabelledAnswer> all = new ArrayList<>(seen());
        all.addAll(heldOut());
        return all;
    }

    static List<LabelledAnswer> tuning() {
        return load("tuning");
    }

    static List<LabelledAnswer> validation() {
        return load("validation", FILES);
    }

    /** The splits read while writing the rules. */
    public static List<LabelledAnswer> seen() {
        List<LabelledAnswer> seen = new ArrayList<>(tuning());
        seen.addAll(validation());
        seen.addAll(load("validation-2", FILES_2));
        seen.addAll(load("validation-3", FILES_3));
        for (int split = 4; split <= LAST_SEEN; split++) {
            seen.addAll(validation(split));
        }
        return seen;
    }

    /**
     * validation-{@code n} (from 3 on, in the same five files): held out until the rules of its day were measured on
     * it (from validation-8 on, rules-{@code n-1}), then read while writing the next rules.
     */
    static List<LabelledAnswer> validation(int n) {
        return load("validation-" + n, FILES_3);
    }

    /**
     * The held-out splits, never read while writing rules: validation-{@value #HELD_OUT} to -{@value #HELD_OUT_LAST}
     * (written apart from the rules, in the same five files), those present.
     */
    static List<LabelledAnswer> heldOut() {
        List<LabelledAnswer> heldOut = new ArrayList<>();
        for (int split = HELD_OUT; split <= HELD_OUT_LAST; split++) {
            int n = split;
            if (FILES_3.stream().allMatch(file -> UnseenGoldSet.class.getResource("/gold-unseen/validation-" + n + "/" + file) != null)) {
                heldOut.addAll(validation(split));
            }
        }
        return heldOut;
    }

    /** The newest split: the held-out one when there is one, else the last seen one. */
    static List<LabelledAnswer> newest() {
        return heldOut().isEmpty() ? validation(LAST_SEEN) : heldOut();
    }

    private static List<LabelledAnswer> load(String split) {
        return load(split, FILES);
    }

    private static List<LabelledAnswer> load(String split, List<String> files) {
        Map<String, List<TrackedBrand>> sets = GoldSet.brandSets(GoldSet.read("/gold-unseen/brands.txt"));
        List<LabelledAnswer> answers = new ArrayList<>();
        for (String file : files) {
            answers.addAll(cases(split + "/" + file, GoldSet.read("/gold-unseen/" + split + "/" + file), sets));
        }
        return answers;
    }

    private static List<LabelledAnswer> cases(String file, String text, Map<String, List<TrackedBrand>> sets) {
        List<LabelledAnswer> cases = new ArrayList<>();
        for (String block : text.split("(?m)^=== ")) {
            if (block.isBlank() || !block.contains("\n---\n")) {
                continue;
            }
            int separator = block.indexOf("\n---\n");
            String[] header = block.substring(0, separator).split("\n");
            String[] title = header[0].strip().split("\\s+");
            List<TrackedBrand> brands = sets.get(title[1]);
            if (brands == null || title.length != 3) {
                throw new IllegalStateException(file + ": bad title line '" + header[0] + "'");
            }
            List<String> tags = List.of();
            List<LabelledAnswer.Label> expected = new ArrayList<>();
            Set<String> absent = new LinkedHashSet<>();
            for (int i = 1; i < header.length; i++) {
                String line = header[i].strip();
                if (line.startsWith("tags:")) {
                    tags = GoldSet.list(line.substring(5), ",");
                } else if (line.startsWith("expect:")) {
                    for (String name : GoldSet.list(line.substring(7), ",")) {
                        if (!name.equals("none")) {
                            expected.add(new LabelledAnswer.Label(named(name, brands, title[0]), expected.size() + 1, null, null));
                        }
                    }
                } else if (line.startsWith("absent:")) {
                    GoldSet.list(line.substring(7), ",").forEach(name -> absent.add(named(name, brands, title[0])));
                } else if (!line.isEmpty()) {
                    throw new IllegalStateException(file + ": unreadable header line in " + title[0] + ": " + line);
                }
            }
            cases.add(new LabelledAnswer(title[0], title[2], tags, brands, expected, absent,
                    block.substring(separator + 5).stripTrailing()));
        }
        return cases;
    }

    private static String named(String name, List<TrackedBrand> brands, String id) {
        return brands.stream().map(TrackedBrand::name).filter(n -> n.equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(id + ": no tracked brand '" + name + "'"));
    }
}
