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
    /** Each domain case-folded, beside its pattern: the regex runs only where the domain itself occurs. */
    private final List<String> foldedDomains = new ArrayList<>();
    /** The name, the aliases and the domains as configured, to tell which one a stretch of text is written as. */
    private final List<String> writtenNames = new ArrayList<>();
    private final List<String> writtenDomains = new ArrayList<>();

    /** Compiled once per brand definition: a changed name, alias or domain is a different key. */
    static BrandMatcher of(TrackedBrand tracked) {
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(tracked, BrandMatcher::new);
    }

    private BrandMatcher(TrackedBrand tracked) {
        names.addAll(namesOf(tracked));
        writtenNames.add(tracked.name().strip());
        tracked.aliases().forEach(alias -> writtenNames.add(alias.strip()));
        writtenDomains.addAll(tracked.domains());
        tracked.domains().forEach(domain -> {
            domains.add(domainPattern(domain));
            foldedDomains.add(CaseFolded.literal(domain));
        });
    }

    /**
     * The brand's name and aliases as patterns. A brand that writes a name of its own in lower case ("folk CRM",
     * "monday.com") may be named so in prose, so each of its names knows it.
     */
    static List<NamePattern> namesOf(TrackedBrand tracked) {
        boolean lowerCaseStyle = java.util.stream.Stream.concat(java.util.stream.Stream.of(tracked.name()),
                tracked.aliases().stream()).anyMatch(n -> !n.isBlank() && Character.isLowerCase(n.strip().charAt(0)));
        List<NamePattern> names = new ArrayList<>();
        names.add(new NamePattern(tracked.name(), tracked.matching(), lowerCaseStyle));
        tracked.aliases().forEach(alias -> names.add(new NamePattern(alias, tracked.matching(), lowerCaseStyle)));
        return names;
    }

    /** Whether every one of its patterns has a literal to look for first (else it may match where none occurs). */
    boolean alwaysFiltered() {
        return names.stream().allMatch(name -> name.firstRun() != null) && foldedDomains.stream().allMatch(java.util.Objects::nonNull);
    }

    /** The case-folded literals its patterns look for before running (see {@link CaseFolded}); nulls left out. */
    List<String> literals() {
        List<String> literals = new ArrayList<>();
        names.forEach(name -> {
            if (name.firstRun() != null) {
                literals.add(name.firstRun());
            }
        });
        foldedDomains.stream().filter(java.util.Objects::nonNull).forEach(literals::add);
        return literals;
    }

    /** The domain patterns, for the test that checks the filtered search against a plain scan. */
    List<Pattern> domainPatterns() {
        return List.copyOf(domains);
    }

    /** Every candidate occurrence, overlapping ones included; the extractor decides which count. */
    List<Occurrence> find(CaseFolded folded, int brand) {
        List<Occurrence> found = new ArrayList<>();
        names.forEach(name -> name.findIn(folded, brand, found));
        for (int i = 0; i < domains.size(); i++) {
            findDomain(folded, domains.get(i), foldedDomains.get(i), brand, found);
        }
        return found;
    }

    /**
     * As {@link #find}, with a stretch matched both as an alias and as a domain read as it is written, and a name that is
     * the first label of a host name ("convertkit.com" for the alias "ConvertKit") read as the domain it is part of.
     */
    List<Occurrence> findAsWritten(CaseFolded folded, int brand) {
        List<Occurrence> found = asHosts(folded.text(), find(folded, brand));
        return found.stream().noneMatch(Occurrence::domain) ? found : withDomainsAsWritten(folded.text(), found);
    }

    /** A dot and a top-level label right after a name: "convertkit.com;", "heap.io " — a host name written as text. */
    private static final Pattern HOST_LABEL = Pattern.compile("\\.[a-z]{2,6}(?![\\p{L}\\p{N}.\\-/])");

    /**
     * rules-35: a name written as the first label of a host name no alias or domain of the brand configures ("someone
     * suggested convertkit.com") is that domain written as plain text, no mention by itself (labelling rules 4 and 7).
     */
    private static List<Occurrence> asHosts(String text, List<Occurrence> found) {
        List<Occurrence> read = null;
        for (int i = 0; i < found.size(); i++) {
            Occurrence o = found.get(i);
            if (!o.domain() && o.end() < text.length() && text.charAt(o.end()) == '.'
                    && (o.start() == 0 || text.charAt(o.start() - 1) != '.')
                    && HOST_LABEL.matcher(text).region(o.end(), text.length()).lookingAt()) {
                read = read == null ? new ArrayList<>(found) : read;
                read.set(i, Occurrence.domain(o.brand(), o.start(), o.end()));
            }
        }
        return read == null ? found : read;
    }

    /**
     * rules-32: where an alias and a domain match the same stretch of text, it is the one it is written as: "pitch.com"
     * in prose is the domain of a brand whose alias is "Pitch.com" (a domain written as plain text counts for nothing by
     * itself, {@link RuleMentionExtractor}); "monday.com", alias and domain alike, stays the alias.
     */
    private List<Occurrence> withDomainsAsWritten(String text, List<Occurrence> found) {
        List<Occurrence> kept = new ArrayList<>(found.size());
        for (Occurrence name : found) {
            String written = text.substring(name.start(), name.end());
            boolean domainAsWritten = !name.domain() && writtenDomains.contains(written) && !writtenNames.contains(written)
                    && found.stream().anyMatch(domain -> domain.domain() && domain.start() == name.start()
                    && domain.end() == name.end());
            if (!domainAsWritten) {
                kept.add(name);
            }
        }
        return kept;
    }

    /**
     * The domain pattern's matches, as a plain {@code find()} loop over the whole text gives them, but with the regex
     * started only at the {@link LabelRun} before the next place the domain occurs:
     * every match ends with the domain and starts in that run. Transparent bounds let the look-behind see before it.
     * A domain of ASCII letters, digits, dots and hyphens matches only label characters, and so does the rest of the
     * pattern: a match around that place also ends in the run, so the regex need not read past it (where the domain
     * occurs inside a URL, "lantern.app/blog", it would otherwise scan the rest of the answer), and the search goes on
     * at the next place the domain occurs.
     */
    private static void findDomain(CaseFolded folded, Pattern domain, String literal, int brand, List<Occurrence> found) {
        String text = folded.text();
        if (literal != null && folded.indexOf(literal, 0) < 0) {
            return;
        }
        Matcher matcher = domain.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        boolean withinRuns = literal != null && isAsciiLabel(literal);
        int from = 0;
        int searchAt = 0;
        while (from <= text.length()) {
            int start = from;
            int end = text.length();
            if (literal != null) {
                int hit = folded.indexOf(literal, Math.max(from, searchAt));
                if (hit < 0) {
                    return;
                }
                start = Math.max(from, LabelRun.startBefore(text, hit));
                if (withinRuns) {
                    end = LabelRun.endAfter(text, hit + literal.length());
                }
                searchAt = hit + 1;
            }
            matcher.region(start, end);
            if (!matcher.find()) {
                if (withinRuns) {
                    continue;
                }
                return;
            }
            found.add(Occurrence.domain(brand, matcher.start(), matcher.end()));
            from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
        }
    }

    /** Only ASCII letters, digits, dots and hyphens: what every character matching one of them is a label character. */
    private static boolean isAsciiLabel(String literal) {
        return literal.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '.' || c == '-');
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
