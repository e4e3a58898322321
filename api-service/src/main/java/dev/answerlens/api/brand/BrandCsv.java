package dev.answerlens.api.brand;

import dev.answerlens.api.csv.CsvReader;
import dev.answerlens.api.csv.CsvRows;
import dev.answerlens.api.csv.CsvWriter;
import dev.answerlens.api.csv.ImportResult;
import dev.answerlens.model.brand.BrandMatching;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brands as CSV: {@code name,kind,aliases,domains,matching}, lists separated by "|" (matching optional, auto). Import validates every row
 * with the same rules as the JSON API and then, in one transaction, creates the new names and updates
 * the existing ones (names match ignoring case): all rows or none.
 */
@ApplicationScoped
public class BrandCsv {
    static final List<String> COLUMNS = List.of("name", "kind", "aliases", "domains", "matching");
    static final int MAX_ROWS = 5000;

    private final Validator validator;

    public BrandCsv(Validator validator) {
        this.validator = validator;
    }

    public static String export(List<BrandView> brands) {
        CsvWriter csv = new CsvWriter().row(COLUMNS);
        brands.forEach(b -> csv.row(List.of(b.name(), b.kind().id(), String.join("|", b.aliases()),
                String.join("|", b.domains()), b.matching().id())));
        return csv.text();
    }

    /** Parses and validates; fails with every problem at once before anything is written. */
    public List<CreateBrandRequest> parse(String text) {
        List<CsvReader.Row> rows = CsvReader.read(text, COLUMNS, List.of("name", "kind"), MAX_ROWS);
        CsvRows checks = new CsvRows();
        List<CreateBrandRequest> requests = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (CsvReader.Row row : rows) {
            COLUMNS.forEach(column -> checks.text(row, column));
            String kind = row.get("kind");
            BrandKind parsed = null;
            if (kind != null) {
                parsed = java.util.Arrays.stream(BrandKind.values()).filter(k -> k.id().equals(kind.strip())).findFirst()
                        .orElse(null);
                if (parsed == null) {
                    checks.error(row, "kind", "must be own or competitor");
                }
            }
            BrandMatching matching = matching(row, checks);
            CreateBrandRequest request = new CreateBrandRequest(row.get("name"), CsvRows.list(row, "aliases"),
                    CsvRows.list(row, "domains"), kind != null && parsed == null ? BrandKind.OWN : parsed, matching);
            checks.validate(validator, row, request);
            if (request.name() != null && !names.add(request.name().strip().toLowerCase(Locale.ROOT))) {
                checks.error(row, "name", "appears twice in this file");
            }
            requests.add(request);
        }
        checks.throwIfAny();
        return requests;
    }

    private static BrandMatching matching(CsvReader.Row row, CsvRows checks) {
        try {
            return BrandMatching.fromId(row.get("matching"));
        } catch (IllegalArgumentException e) {
            checks.error(row, "matching", "must be auto, case-sensitive or requires-context");
            return BrandMatching.AUTO;
        }
    }

    @WithTransaction
    public Uni<ImportResult> store(UUID workspaceId, List<CreateBrandRequest> requests) {
        return Brand.listInWorkspace(workspaceId).flatMap(existing -> {
            Map<String, Brand> byName = existing.stream()
                    .collect(Collectors.toMap(b -> b.name.toLowerCase(Locale.ROOT), Function.identity()));
            int created = 0;
            List<Brand> fresh = new ArrayList<>();
            for (CreateBrandRequest request : requests) {
                String name = request.name().strip();
                Brand brand = byName.get(name.toLowerCase(Locale.ROOT));
                if (brand == null) {
                    brand = new Brand();
                    brand.id = UUID.randomUUID();
                    brand.workspaceId = workspaceId;
                    brand.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    fresh.add(brand);
                    created++;
                }
                brand.name = name;
                brand.aliases = BrandService.distinct(request.aliases(), false);
                brand.domains = BrandService.distinct(request.domains(), true);
                brand.kind = request.kind().id();
                brand.matching = request.matchingOrDefault().id();
            }
            ImportResult result = new ImportResult(created, requests.size() - created);
            // a file of updates only creates nothing: Panache's persist of an empty list fails ("The Uni set is empty")
            Uni<Void> persisted = fresh.isEmpty() ? Uni.createFrom().voidItem() : Brand.persist(fresh);
            return persisted.replaceWith(result);
        });
    }
}
