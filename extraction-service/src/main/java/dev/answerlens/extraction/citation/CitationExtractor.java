package dev.answerlens.extraction.citation;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.model.message.CitedSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lists the pages an answer cites, the platform's own source list first and then links that only
 * appear in the text, each page once, and says whose site each one is on.
 */
public final class CitationExtractor {

    public List<ExtractedCitation> extract(String text, List<CitedSource> sources, List<TrackedBrand> brands) {
        List<ExtractedCitation> citations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        DomainOwners owners = DomainOwners.of(brands);
        List<CitedSource> listed = (sources == null ? List.<CitedSource>of() : sources).stream().sorted(Comparator.comparingInt(CitedSource::order)).toList();
        for (CitedSource source : listed) {
            add(citations, seen, owners, source.url(), source.title(), true);
        }
        for (TextLink link : TextLinks.find(text == null ? "" : text)) {
            add(citations, seen, owners, link.url(), link.label(), false);
        }
        return citations;
    }

    private static void add(List<ExtractedCitation> citations, Set<String> seen, DomainOwners owners,
                            String url, String title, boolean inSources) {
        Optional<String> canonical = UrlCanonicalizer.canonicalize(url);
        if (canonical.isEmpty() || !seen.add(canonical.get())) {
            return;
        }
        String host = UrlCanonicalizer.hostOf(canonical.get());
        Optional<TrackedBrand> owner = owners.ownerOf(host);
        citations.add(new ExtractedCitation(
                url,
                canonical.get(),
                UrlCanonicalizer.registrableDomain(host),
                title == null || title.isBlank() ? null : title.strip(),
                citations.size() + 1,
                owner.map(b -> b.own() ? CitationOwner.OWN : CitationOwner.COMPETITOR).orElse(CitationOwner.OTHER),
                owner.map(TrackedBrand::id).orElse(null),
                inSources));
    }
}
