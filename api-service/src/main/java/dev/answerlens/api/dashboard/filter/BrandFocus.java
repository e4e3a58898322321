package dev.answerlens.api.dashboard.filter;

import dev.answerlens.api.analytics.view.Summary;
import dev.answerlens.api.dashboard.view.Choice;
import dev.answerlens.api.problem.ProblemException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The brand a page is about: the one the URL names (it must be one of the caller's workspace, else 404, as in the
 * API), or by default the workspace's first own brand (own brands come first in a summary), else its first brand.
 */
public final class BrandFocus {
    private BrandFocus() {
    }

    public static Optional<Summary.BrandSummary> choose(Summary summary, String brandParameter) {
        List<Summary.BrandSummary> brands = summary.brands();
        if (brandParameter == null) {
            return brands.stream().findFirst();
        }
        UUID id;
        try {
            id = UUID.fromString(brandParameter);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("brand", "must be a brand id (a UUID)");
        }
        return Optional.of(brands.stream().filter(b -> b.brandId().equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Brand", id)));
    }

    public static List<Choice> choices(Summary summary, Summary.BrandSummary focus) {
        return summary.brands().stream().map(b -> new Choice(b.brandId().toString(),
                b.name() + ("own".equals(b.kind()) ? " (own)" : ""), focus != null && b.brandId().equals(focus.brandId())))
                .toList();
    }
}
