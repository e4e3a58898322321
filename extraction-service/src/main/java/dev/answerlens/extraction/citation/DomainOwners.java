package dev.answerlens.extraction.citation;

import dev.answerlens.extraction.brand.PerBrandList;
import dev.answerlens.extraction.brand.TrackedBrand;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whose site a host is on, by looking its dot-suffixes up among the brands' domains (longest first) instead of
 * asking every brand in turn: the same owner as {@link TrackedBrand#matchingDomainLength} picks — the most specific
 * domain, the first brand in the list among those that share it — at a cost that does not grow with the brands.
 */
final class DomainOwners {
    private static final PerBrandList<DomainOwners> OWNERS = new PerBrandList<>(DomainOwners::new);

    private final List<TrackedBrand> brands;
    /** Each domain, with the first brand (by list position) that has it. */
    private final Map<String, Integer> firstBrandOf = new HashMap<>();

    private DomainOwners(List<TrackedBrand> brands) {
        this.brands = brands;
        for (int i = 0; i < brands.size(); i++) {
            for (String domain : brands.get(i).domains()) {
                firstBrandOf.putIfAbsent(domain, i);
            }
        }
    }

    static DomainOwners of(List<TrackedBrand> brands) {
        return OWNERS.of(brands);
    }

    Optional<TrackedBrand> ownerOf(String host) {
        String suffix = host.toLowerCase(Locale.ROOT);
        while (true) {
            Integer brand = firstBrandOf.get(suffix);
            if (brand != null) {
                return Optional.of(brands.get(brand));
            }
            int dot = suffix.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            suffix = suffix.substring(dot + 1);
        }
    }
}
