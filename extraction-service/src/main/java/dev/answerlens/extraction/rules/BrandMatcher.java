package dev.answerlens.extraction.rules;

import dev.answerlens.extraction.brand.TrackedBrand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything that names one tracked brand in text: its name, its aliases, and its domains written
 * as plain text ("pricing is on globex.io", "docs.globex.io").
 */
final class BrandMatcher {
    private static final int CACHE_LIMIT = 10_000;
    private static final Map<TrackedBrand, BrandMatcher> CACHE = new ConcurrentHashMap<>();

    private final List<NamePattern> names = new ArrayList<>();
    private final List<Pattern> domains = new ArrayList<>();

    /** Compiled once per brand definition: a changed name, alias or domain is a different key. */
    static BrandMatcher of(TrackedBrand tracked) {
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(tracked, BrandMatcher::new);
    }

    private BrandMatcher(TrackedBrand tracked) {
        names.add(new NamePattern(tracked.name(), tracked.matching()));
        tracked.aliases().forEach(alias -> names.add(new NamePattern(alias, tracked.matching())));
        tracked.domains().forEach(domain -> domains.add(domainPattern(domain)));
    }

    /** Every candidate occurrence, overlapping ones included; the extractor decides which count. */
    List<Occurrence> find(String text, int brand) {
        List<Occurrence> found = new ArrayList<>();
        names.forEach(name -> name.findIn(text, brand, found));
        for (Pattern domain : domains) {
            Matcher matcher = domain.matcher(text);
            while (matcher.find()) {
                found.add(Occurrence.plain(brand, matcher.start(), matcher.end()));
            }
        }
        return found;
    }

    /**
     * The domain with any subdomains, not glued to a longer host ("globex.io.example.com", "myglobex.io") and not
     * followed by a path ("globex.io/pricing" is a URL written without its scheme).
     */
    private static Pattern domainPattern(String domain) {
        return Pattern.compile("(?<![\\p{L}\\p{N}.\\-/])(?:[\\p{L}\\p{N}\\-]+\\.)*" + Pattern.quote(domain)
                + "(?![\\p{L}\\p{N}\\-]|\\.[\\p{L}\\p{N}]|/[\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
