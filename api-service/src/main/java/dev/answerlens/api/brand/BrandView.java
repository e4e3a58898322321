package dev.answerlens.api.brand;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A brand as the API returns it. */
@Schema(name = "Brand")
public record BrandView(UUID id, String name, List<String> aliases, List<String> domains, BrandKind kind,
                        Instant createdAt) {
    static BrandView of(Brand brand) {
        return new BrandView(brand.id, brand.name, List.copyOf(brand.aliases), List.copyOf(brand.domains),
                BrandKind.fromId(brand.kind), brand.createdAt);
    }
}
