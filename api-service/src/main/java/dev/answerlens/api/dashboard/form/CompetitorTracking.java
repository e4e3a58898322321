package dev.answerlens.api.dashboard.form;

import dev.answerlens.api.analytics.cache.AnalyticsCache;
import dev.answerlens.api.brand.BrandService;
import dev.answerlens.api.brand.BrandView;
import dev.answerlens.api.brand.CreateBrandRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * "Track as competitor" from a suggestion: the brand is created as {@code POST /v1/brands} creates it — the same
 * request (read from the fields the dashboard knows, so new optional fields keep their defaults), the same validation,
 * the same {@link BrandService}, and the analytics cache invalidated because every summary lists every brand.
 */
@ApplicationScoped
public class CompetitorTracking {
    private final BrandService brands;
    private final AnalyticsCache cache;
    private final FormRequests forms;

    public CompetitorTracking(BrandService brands, AnalyticsCache cache, FormRequests forms) {
        this.brands = brands;
        this.cache = cache;
        this.forms = forms;
    }

    public Uni<BrandView> track(UUID workspaceId, String name) {
        CreateBrandRequest request = forms.read(Map.of("name", name == null ? "" : name, "kind", "competitor"),
                CreateBrandRequest.class);
        return brands.create(workspaceId, request).call(() -> cache.invalidateQuietly(workspaceId));
    }
}
