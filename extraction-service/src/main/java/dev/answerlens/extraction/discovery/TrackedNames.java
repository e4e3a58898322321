package dev.answerlens.extraction.discovery;

import dev.answerlens.extraction.brand.PerBrandList;
import dev.answerlens.extraction.brand.TrackedBrand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a candidate name is one the workspace already tracks: it holds a tracked name or alias as whole words, or a
 * tracked domain. The names are looked up as a set, every run of the candidate's words in turn, rather than each
 * brand asked in turn, so the cost does not grow with the number of brands.
 */
final class TrackedNames {
    private static final PerBrandList<TrackedNames> NAMES = new PerBrandList<>(TrackedNames::new);

    private final Set<String> names = new HashSet<>();
    /** Domains are looked for as substrings; those with a dot cannot occur in a candidate without one. */
    private final List<String> dottedDomains = new ArrayList<>();
    private final List<String> otherDomains = new ArrayList<>();

    private TrackedNames(List<TrackedBrand> brands) {
        for (TrackedBrand brand : brands) {
            names.add(brand.name().toLowerCase(Locale.ROOT));
            brand.aliases().forEach(alias -> names.add(alias.toLowerCase(Locale.ROOT)));
            brand.domains().forEach(domain -> {
                String d = domain.toLowerCase(Locale.ROOT);
                (d.indexOf('.') >= 0 ? dottedDomains : otherDomains).add(d);
            });
        }
    }

    static TrackedNames of(List<TrackedBrand> brands) {
        return NAMES.of(brands);
    }

    /** {@code key} is lower case: a tracked name equal to a run of its space-separated words, or a domain inside it. */
    boolean tracks(String key) {
        String[] words = key.split(" ", -1);
        for (int first = 0; first < words.length; first++) {
            StringBuilder run = new StringBuilder();
            for (int last = first; last < words.length; last++) {
                if (last > first) {
                    run.append(' ');
                }
                run.append(words[last]);
                if (names.contains(run.toString())) {
                    return true;
                }
            }
        }
        if (key.indexOf('.') >= 0 && dottedDomains.stream().anyMatch(key::contains)) {
            return true;
        }
        return otherDomains.stream().anyMatch(key::contains);
    }
}
