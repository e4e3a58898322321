package dev.answerlens.extraction.brand;

import dev.answerlens.model.brand.BrandMatching;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A brand a workspace tracks, as the extractors see it: the names to look for and the domains
 * whose pages count as the brand's own. Domains are kept bare ("globex.io"), however they were typed.
 *
 * @param own      true for the workspace's own brand, false for a competitor
 * @param matching how its names are matched (the brand's setting; {@code auto} by default)
 */
public record TrackedBrand(UUID id, String name, List<String> aliases, List<String> domains, boolean own,
                           BrandMatching matching) {
    public TrackedBrand(UUID id, String name, List<String> aliases, List<String> domains, boolean own) {
        this(id, name, aliases, domains, own, BrandMatching.AUTO);
    }

    public TrackedBrand {
        matching = matching == null ? BrandMatching.AUTO : matching;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a tracked brand needs a name");
        }
        name = name.strip();
        aliases = aliases == null ? List.of() : stripped(aliases);
        domains = domains == null ? List.of() : bareDomains(domains);
    }

    // Plain loops, not streams: brands are built for every answer read.
    private static List<String> stripped(List<String> aliases) {
        List<String> kept = new ArrayList<>(aliases.size());
        for (String alias : aliases) {
            if (!alias.isBlank()) {
                kept.add(alias.strip());
            }
        }
        return List.copyOf(kept);
    }

    private static List<String> bareDomains(List<String> typed) {
        Set<String> kept = new LinkedHashSet<>();
        for (String domain : typed) {
            String bare = bareDomain(domain);
            if (!bare.isEmpty()) {
                kept.add(bare);
            }
        }
        return List.copyOf(kept);
    }

    /** True when the host is one of the brand's domains or a subdomain of one. */
    public boolean ownsHost(String host) {
        return matchingDomainLength(host) > 0;
    }

    /** The length of the longest of the brand's domains the host falls under, 0 when none. */
    public int matchingDomainLength(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        int longest = 0;
        for (String domain : domains) {
            if ((h.equals(domain) || h.endsWith("." + domain)) && domain.length() > longest) {
                longest = domain.length();
            }
        }
        return longest;
    }

    static String bareDomain(String typed) {
        String d = typed.strip().toLowerCase(Locale.ROOT);
        int scheme = d.indexOf("://");
        if (scheme >= 0) {
            d = d.substring(scheme + 3);
        }
        int path = indexOfAny(d, "/?#:");
        if (path >= 0) {
            d = d.substring(0, path);
        }
        if (d.startsWith("www.")) {
            d = d.substring(4);
        }
        while (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        return d;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
