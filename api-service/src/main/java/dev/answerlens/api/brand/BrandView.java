package dev.answerlens.api.brand;

import dev.answerlens.model.brand.BrandMatching;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A brand as the API returns it. */
@Schema(name = "Brand")
public record BrandView(UUID id, String name, List<String> aliases, List<String> domains, BrandKind kind,
                        @Schema(description = CreateBrandRequest.MATCHING) BrandMatching matching, Instant createdAt) {
    static BrandView of(Brand brand) {
        return new BrandView(brand.id, brand.name, List.copyOf(brand.aliases), List.copyOf(brand.domains),
                BrandKind.fromId(brand.kind), BrandMatching.fromId(brand.matching), brand.createdAt);
    }
}
