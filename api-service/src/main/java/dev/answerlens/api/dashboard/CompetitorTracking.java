package dev.answerlens.api.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.api.analytics.AnalyticsCache;
import dev.answerlens.api.brand.BrandService;
import dev.answerlens.api.brand.BrandView;
import dev.answerlens.api.brand.CreateBrandRequest;
import dev.answerlens.api.problem.Problem;
import dev.answerlens.api.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;
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
    private final ObjectMapper json;
    private final Validator validator;

    public CompetitorTracking(BrandService brands, AnalyticsCache cache, ObjectMapper json, Validator validator) {
        this.brands = brands;
        this.cache = cache;
        this.json = json;
        this.validator = validator;
    }

    public Uni<BrandView> track(UUID workspaceId, String name) {
        CreateBrandRequest request = json.convertValue(Map.of("name", name == null ? "" : name, "kind", "competitor"),
                CreateBrandRequest.class);
        Set<ConstraintViolation<CreateBrandRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<CreateBrandRequest> first = violations.iterator().next();
            throw new ProblemException(400, "validation", "Invalid request",
                    first.getPropertyPath() + ": " + first.getMessage(),
                    java.util.List.of(new Problem.FieldError(first.getPropertyPath().toString(), first.getMessage())));
        }
        return brands.create(workspaceId, request).call(() -> cache.invalidateQuietly(workspaceId));
    }
}
