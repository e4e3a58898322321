package dev.answerlens.simulated;

import dev.answerlens.model.message.CitedSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Chooses the sources an answer cites (some on mentioned brands' sites, some on review sites) and
 * writes them as the answer's Sources section, either as markdown links or as bare URLs.
 */
final class SourceList {
    /** One source before it is numbered; brand is null for a third-party page. */
    private record Entry(SimulatedBrand brand, String title, String url) {
    }

    private final AnswerWriter out;
    private final Random random;
    private final PlatformStyle style;
    private final Topic topic;

    SourceList(AnswerWriter out, Random random, PlatformStyle style, Topic topic) {
        this.out = out;
        this.random = random;
        this.style = style;
        this.topic = topic;
    }

    List<CitedSource> write(List<SimulatedBrand> featured) {
        if (random.nextDouble() >= style.sourceChance()) {
            return List.of();
        }
        List<Entry> entries = choose(featured);
        out.blankLine().text(pickHeading());
        boolean asLinks = random.nextInt(3) > 0;
        List<CitedSource> sources = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            out.text(asLinks ? (i + 1) + ". [" : "- ");
            if (entry.brand() != null) {
                out.text(entry.brand().name()); // the sources list is not answer text: a name there is no mention
            }
            out.text(entry.title());
            if (asLinks) {
                out.linkTarget(entry.url());
            } else {
                out.text(": ").bareUrl(entry.url());
            }
            out.text("\n");
            String title = entry.brand() == null ? entry.title() : entry.brand().name() + entry.title();
            sources.add(new CitedSource(entry.url(), title, i + 1));
        }
        return sources;
    }

    private List<Entry> choose(List<SimulatedBrand> featured) {
        List<Entry> entries = new ArrayList<>();
        Set<String> urls = new LinkedHashSet<>();
        int brandPages = random.nextInt(Math.min(3, featured.size()) + 1);
        for (SimulatedBrand brand : featured.subList(0, brandPages)) {
            SourceUrls.BrandPage page = SourceUrls.brandPage(brand, random, style);
            if (urls.add(page.url())) {
                entries.add(new Entry(brand, page.titleAfterName(), page.url()));
            }
        }
        List<String[]> thirdParty = new ArrayList<>(SourceUrls.thirdPartyPages(topic, style));
        Collections.shuffle(thirdParty, random);
        for (String[] page : thirdParty.subList(0, 1 + random.nextInt(3))) {
            entries.add(new Entry(null, page[1], page[0]));
        }
        Collections.shuffle(entries, random);
        return entries;
    }

    private String pickHeading() {
        return switch (random.nextInt(3)) {
            case 0 -> "**Sources**\n\n";
            case 1 -> "### Sources\n";
            default -> "Sources:\n";
        };
    }
}
