package dev.answerlens.api.prompt;

import dev.answerlens.api.csv.CsvReader;
import dev.answerlens.api.csv.CsvRows;
import dev.answerlens.api.csv.CsvWriter;
import dev.answerlens.api.csv.ImportResult;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Prompts as CSV, one row per prompt with the JSON fields as columns (lists separated by "|"). Import
 * validates every row like POST /v1/prompts; rows with the id of one of the workspace's prompts
 * replace its settings, rows without an id create prompts; all in one transaction or nothing.
 */
@ApplicationScoped
public class PromptCsv {
    static final List<String> COLUMNS = List.of("id", "text", "tags", "language", "country", "platforms",
            "cadenceMinutes", "cron", "adaptive", "samplesPerRun", "priority", "active");
    static final int MAX_ROWS = 5000;

    private final Validator validator;

    public PromptCsv(Validator validator) {
        this.validator = validator;
    }

    /** A validated row: the prompt to update (null to create) and its settings. */
    public record Parsed(UUID id, CreatePromptRequest request) {
    }

    /** The workspace's prompts as CSV, oldest first: the answer to GET /v1/prompts/export and the dashboard's export. */
    @WithSession
    public Uni<String> export(UUID workspaceId) {
        return Prompt.<Prompt>list("workspaceId = ?1 order by createdAt, id", workspaceId).map(PromptCsv::export);
    }

    public static String export(List<Prompt> prompts) {
        CsvWriter csv = new CsvWriter().row(COLUMNS);
        prompts.forEach(p -> csv.row(List.of(p.id.toString(), p.text, String.join("|", p.tags), p.language, p.country,
                String.join("|", p.platforms), Integer.toString(p.cadenceMinutes), p.cron == null ? "" : p.cron,
                Boolean.toString(p.adaptive), Integer.toString(p.samplesPerRun), Integer.toString(p.priority),
                Boolean.toString(p.active))));
        return csv.text();
    }

    public List<Parsed> parse(String text) {
        List<CsvReader.Row> rows = CsvReader.read(text, COLUMNS, List.of("text", "platforms"), MAX_ROWS);
        CsvRows checks = new CsvRows();
        List<Parsed> parsed = new ArrayList<>();
        for (CsvReader.Row row : rows) {
            COLUMNS.forEach(column -> checks.text(row, column));
            UUID id = null;
            if (row.get("id") != null) {
                try {
                    id = UUID.fromString(row.get("id").strip());
                } catch (IllegalArgumentException e) {
                    checks.error(row, "id", "must be a UUID (or empty to create a prompt)");
                }
            }
            List<String> tags = CsvRows.list(row, "tags");
            List<String> platforms = CsvRows.list(row, "platforms");
            CreatePromptRequest request = new CreatePromptRequest(row.get("text"), tags, row.get("language"),
                    row.get("country"), platforms, checks.integer(row, "cadenceMinutes"), row.get("cron"),
                    checks.bool(row, "adaptive"), checks.integer(row, "samplesPerRun"), checks.integer(row, "priority"),
                    checks.bool(row, "active"));
            checks.validate(validator, row, request);
            parsed.add(new Parsed(id, request));
        }
        checks.throwIfAny();
        return parsed;
    }

    @WithTransaction
    public Uni<ImportResult> store(UUID workspaceId, List<Parsed> rows) {
        return Prompt.<Prompt>list("workspaceId = ?1", workspaceId).flatMap(existing -> {
            Map<UUID, Prompt> byId = new HashMap<>();
            existing.forEach(p -> byId.put(p.id, p));
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            List<Prompt> fresh = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Parsed row = rows.get(i);
                Prompt prompt = row.id() == null ? null : byId.get(row.id());
                if (row.id() != null && prompt == null) {
                    return Uni.createFrom().failure(dev.answerlens.api.problem.ProblemException.invalidParameter(
                            "rows[" + i + "].id", "is not a prompt of this workspace"));
                }
                if (prompt == null) {
                    prompt = new Prompt();
                    prompt.id = UUID.randomUUID();
                    prompt.workspaceId = workspaceId;
                    prompt.createdAt = now;
                    prompt.nextRunAt = now;
                    fresh.add(prompt);
                }
                apply(prompt, row.request());
            }
            // a file of updates only creates nothing: Panache's persist of an empty list fails ("The Uni set is empty")
            Uni<Void> created = fresh.isEmpty() ? Uni.createFrom().voidItem() : Prompt.persist(fresh);
            return created.replaceWith(new ImportResult(fresh.size(), rows.size() - fresh.size()));
        });
    }

    private static void apply(Prompt prompt, CreatePromptRequest r) {
        prompt.text = r.text().strip();
        prompt.tags = new ArrayList<>(new java.util.LinkedHashSet<>(r.tags()));
        prompt.language = Objects.requireNonNullElse(r.language(), CreatePromptRequest.DEFAULT_LANGUAGE);
        prompt.country = Objects.requireNonNullElse(r.country(), CreatePromptRequest.DEFAULT_COUNTRY);
        prompt.platforms = new ArrayList<>(new java.util.LinkedHashSet<>(r.platforms()));
        prompt.cadenceMinutes = Objects.requireNonNullElse(r.cadenceMinutes(), CreatePromptRequest.DEFAULT_CADENCE_MINUTES);
        prompt.cron = PromptService.blankToNull(r.cron());
        prompt.adaptive = Objects.requireNonNullElse(r.adaptive(), false);
        prompt.samplesPerRun = Objects.requireNonNullElse(r.samplesPerRun(), CreatePromptRequest.DEFAULT_SAMPLES_PER_RUN);
        prompt.priority = Objects.requireNonNullElse(r.priority(), CreatePromptRequest.DEFAULT_PRIORITY).shortValue();
        prompt.active = Objects.requireNonNullElse(r.active(), true);
    }
}
