package dev.answerlens.api.brand;

import dev.answerlens.api.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import dev.answerlens.api.paging.Keyset;
import dev.answerlens.api.paging.SortKey;
import dev.answerlens.api.paging.TextSearch;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Brand reads and writes, always within the caller's workspace. */
@ApplicationScoped
public class BrandService {

    @WithTransaction
    public Uni<BrandView> create(UUID workspaceId, CreateBrandRequest request) {
        String name = request.name().strip();
        return Brand.nameTaken(workspaceId, name).flatMap(taken -> {
            if (taken) {
                return Uni.createFrom().failure(duplicate(name));
            }
            Brand brand = new Brand();
            brand.id = UUID.randomUUID();
            brand.workspaceId = workspaceId;
            brand.name = name;
            brand.aliases = distinct(request.aliases(), false);
            brand.domains = distinct(request.domains(), true);
            brand.kind = request.kind().id();
            brand.matching = request.matchingOrDefault().id();
            brand.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            // a concurrent insert of the same name loses at the unique index: report it as the same conflict
            return brand.<Brand>persistAndFlush()
                    .onFailure(UniqueViolation::isCauseOf).transform(e -> duplicate(name))
                    .map(BrandView::of);
        });
    }

    static final List<SortKey<Brand>> SORTS = List.of(
            new SortKey<>("name", "lower(name)", b -> b.name.toLowerCase(Locale.ROOT), SortKey.Kind.TEXT),
            new SortKey<>("createdAt", "createdAt", b -> b.createdAt, SortKey.Kind.INSTANT));

    /** The page a request asks for (sort, cursor); the tie-breaker is read from the entity here, not in a resource. */
    public static Keyset<Brand> keyset(String sort, String after) {
        return Keyset.parse(sort, after, "name", SORTS, b -> b.id);
    }

    /** One page of the workspace's brands, filtered by kind and by text in the name. */
    @WithSession
    public Uni<Keyset.Page<BrandView>> page(UUID workspaceId, BrandKind kind, String text, Keyset<Brand> keyset, int limit) {
        Parameters parameters = Keyset.workspace(workspaceId);
        String filters = "workspaceId = :ws";
        if (kind != null) {
            filters += " and kind = :kind";
            parameters.and("kind", kind.id());
        }
        if (text != null && !text.isBlank()) {
            filters += " and lower(name) like :q escape '\\'";
            parameters.and("q", TextSearch.containsPattern(text));
        }
        String query = keyset.where(filters, parameters) + keyset.orderBy();
        return Brand.<Brand>find(query, parameters).page(0, limit + 1).list()
                .map(rows -> keyset.page(rows, limit).map(BrandView::of));
    }

    @WithSession
    public Uni<List<BrandView>> all(UUID workspaceId) {
        return Brand.listInWorkspace(workspaceId).map(brands -> brands.stream().map(BrandView::of).toList());
    }

    @WithSession
    public Uni<BrandView> get(UUID workspaceId, UUID id) {
        return Brand.findInWorkspace(workspaceId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Brand", id))
                .map(BrandView::of);
    }

    /** Changes the fields the request names (aliases, domains, matching); the rest stay as they are. */
    @WithTransaction
    public Uni<BrandView> update(UUID workspaceId, UUID id, UpdateBrandRequest request) {
        return Brand.findInWorkspace(workspaceId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Brand", id))
                .map(brand -> {
                    if (request.aliases() != null) {
                        brand.aliases = distinct(request.aliases(), false);
                    }
                    if (request.domains() != null) {
                        brand.domains = distinct(request.domains(), true);
                    }
                    if (request.matching() != null) {
                        brand.matching = request.matching().id();
                    }
                    return BrandView.of(brand);
                });
    }

    private static ProblemException duplicate(String name) {
        return ProblemException.conflict("duplicate-brand", "Brand already exists",
                "This workspace already tracks a brand named '" + name + "' (names ignore case)");
    }

    /** Trimmed, without repeats that differ only in case; domains lower-cased. */
    static List<String> distinct(List<String> values, boolean lowerCase) {
        if (values == null) {
            return new ArrayList<>();
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String value : values) {
            String clean = lowerCase ? value.strip().toLowerCase(Locale.ROOT) : value.strip();
            byKey.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
        }
        return new ArrayList<>(byKey.values());
    }
}
