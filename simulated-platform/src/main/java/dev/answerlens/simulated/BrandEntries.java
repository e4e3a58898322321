package dev.answerlens.simulated;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Writes one entry per featured brand, as a list item, a prose paragraph or a table row. */
final class BrandEntries {
    private final AnswerWriter out;
    private final Random random;
    private final PlatformStyle style;
    private final List<String> descriptions;
    private int marker;
    private int described;

    BrandEntries(AnswerWriter out, Random random, PlatformStyle style) {
        this.out = out;
        this.random = random;
        this.style = style;
        this.descriptions = new ArrayList<>(AnswerPhrases.DESCRIPTIONS);
        Collections.shuffle(descriptions, random);
    }

    void list(List<SimulatedBrand> brands, boolean numbered) {
        for (int i = 0; i < brands.size(); i++) {
            SimulatedBrand brand = brands.get(i);
            out.text(numbered ? (i + 1) + ". **" : "- **").name(brand).text("** – ")
                    .text(capitalised(nextDescription())).text(".");
            extras(brand);
            out.text("\n");
        }
        out.text("\n");
    }

    void prose(List<SimulatedBrand> brands) {
        for (int i = 0; i < brands.size(); i++) {
            SimulatedBrand brand = brands.get(i);
            if (i % 2 == 0) {
                out.text("**").name(brand).text("** stands out for ");
            } else {
                out.text(" By contrast, ").name(brand).text(" is known for ");
            }
            out.text(nextDescription()).text(".");
            extras(brand);
            if (i % 2 == 1 || i == brands.size() - 1) {
                out.blankLine();
            }
        }
    }

    void table(List<SimulatedBrand> brands) {
        out.text("| Tool | Best for | Starting price |\n| --- | --- | --- |\n");
        for (SimulatedBrand brand : brands) {
            boolean bold = random.nextBoolean();
            out.text(bold ? "| **" : "| ").name(brand).text(bold ? "** | " : " | ")
                    .text(AnswerPhrases.pick(AnswerPhrases.BEST_FOR, random))
                    .text(" | $" + AnswerPhrases.price(random) + "/user/mo |\n");
        }
        out.text("\n");
    }

    /** Optional sentences after an entry: possessive pricing, a plain-text domain, an inline link. */
    private void extras(SimulatedBrand brand) {
        if (random.nextInt(10) < 3) {
            out.text(" ").possessive(brand).text(" pricing starts at around $" + AnswerPhrases.price(random)
                    + " per user per month.");
        }
        if (random.nextInt(10) < 1) {
            out.text(" Details are on ").domain(brand).text(".");
        }
        if (random.nextInt(10) < 1) {
            SourceUrls.BrandPage page = SourceUrls.brandPage(brand, random, style);
            out.text(" See [").name(brand).text(page.titleAfterName()).linkTarget(page.url()).text(" for more.");
        } else if (random.nextInt(20) < 1) {
            out.text(" ([official site").linkTarget("https://www." + brand.domain() + "/").text(")");
        }
        if (style.citationMarkers() && random.nextBoolean()) {
            out.text(" [" + (marker++ % 5 + 1) + "]");
        }
    }

    /** Descriptions in a shuffled order, so two brands in one answer rarely share one. */
    private String nextDescription() {
        return descriptions.get(described++ % descriptions.size());
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
