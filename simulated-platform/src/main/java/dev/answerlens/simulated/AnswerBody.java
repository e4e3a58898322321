package dev.answerlens.simulated;

import static dev.answerlens.simulated.AnswerPhrases.pick;

import java.util.List;
import java.util.Random;

/**
 * Writes the answer text above the Sources section: an intro, the featured brands as a numbered
 * list, a bulleted list, prose or a table, and a closing that may revisit brands, state that
 * nothing is known about another, or use an ordinary-word brand's word in lowercase.
 */
final class AnswerBody {
    private final AnswerWriter out;
    private final Random random;
    private final PlatformStyle style;
    private final Topic topic;

    AnswerBody(AnswerWriter out, Random random, PlatformStyle style, Topic topic) {
        this.out = out;
        this.random = random;
        this.style = style;
        this.topic = topic;
    }

    void write(List<SimulatedBrand> featured, List<SimulatedBrand> others) {
        intro(featured);
        PlatformStyle.Layout layout = style.layout(random);
        BrandEntries entries = new BrandEntries(out, random, style);
        switch (layout) {
            case NUMBERED -> entries.list(featured, true);
            case BULLETED -> entries.list(featured, false);
            case PROSE -> entries.prose(featured);
            case TABLE -> entries.table(featured);
        }
        if (layout != PlatformStyle.Layout.TABLE && random.nextDouble() < style.tableChance()) {
            out.blankLine().text("**Quick comparison**\n\n");
            entries.table(featured.subList(0, Math.min(3, featured.size())));
        }
        closing(featured, others);
    }

    private void intro(List<SimulatedBrand> featured) {
        if (random.nextInt(10) < 3) {
            out.text("Short answer: **").name(featured.get(random.nextInt(featured.size())))
                    .text("** is the most common pick among " + topic.phrase()
                            + ", but the right choice depends on team size and budget. Here is a broader list:");
        } else {
            out.text(String.format(pick(AnswerPhrases.INTROS, random), topic.phrase()));
        }
        if (random.nextInt(10) < 2) {
            out.text(" " + pick(AnswerPhrases.DISTRACTORS, random));
        }
        out.text("\n\n");
    }

    private void closing(List<SimulatedBrand> featured, List<SimulatedBrand> others) {
        boolean wrote = false;
        if (featured.size() >= 2 && random.nextInt(10) < 6) {
            SimulatedBrand first = featured.get(random.nextInt(featured.size()));
            SimulatedBrand second = featured.get((featured.indexOf(first) + 1 + random.nextInt(featured.size() - 1))
                    % featured.size());
            String[] parts = pick(AnswerPhrases.CLOSINGS, random).split("%s", -1);
            out.text("**Bottom line:** ").text(parts[0]).surface(first, anySurface(first))
                    .text(parts[1]).surface(second, anySurface(second)).text(parts[2]);
            wrote = true;
        }
        if (random.nextInt(10) < 2) {
            SimulatedBrand brand = featured.get(random.nextInt(featured.size()));
            out.text(wrote ? " " : "").text("Teams already running ").name(brand)
                    .text("-powered automations can usually keep them during a migration.");
            wrote = true;
        }
        if (random.nextInt(10) < 2) {
            out.text(wrote ? " " : "").text(pick(AnswerPhrases.DISTRACTORS, random));
            wrote = true;
        }
        if (!others.isEmpty() && random.nextInt(10) < 3) {
            out.text(wrote ? " " : "").absence(others.get(0), pick(AnswerPhrases.ABSENCES, random));
            wrote = true;
        }
        if (wrote) {
            out.blankLine();
        }
    }

    private String anySurface(SimulatedBrand brand) {
        int pick = random.nextInt(brand.aliases().size() + 2);
        return pick < brand.aliases().size() ? brand.aliases().get(pick) : brand.name();
    }
}
