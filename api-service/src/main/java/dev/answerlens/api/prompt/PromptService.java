package dev.answerlens.api.prompt;

import dev.answerlens.api.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import dev.answerlens.api.paging.Keyset;
import dev.answerlens.api.paging.SortKey;
import dev.answerlens.api.paging.TextSearch;
import dev.answerlens.model.schedule.PromptCron;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Prompt reads and writes and "run now" requests, always within the caller's workspace. */
@ApplicationScoped
public class PromptService {

    @WithTransaction
    public Uni<PromptView> create(UUID workspaceId, CreatePromptRequest request) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Prompt prompt = new Prompt();
        prompt.id = UUID.randomUUID();
        prompt.workspaceId = workspaceId;
        prompt.text = request.text().strip();
        prompt.tags = distinct(request.tags());
        prompt.language = Objects.requireNonNullElse(request.language(), CreatePromptRequest.DEFAULT_LANGUAGE);
        prompt.country = Objects.requireNonNullElse(request.country(), CreatePromptRequest.DEFAULT_COUNTRY);
        prompt.platforms = distinct(request.platforms());
        prompt.cadenceMinutes = Objects.requireNonNullElse(request.cadenceMinutes(), CreatePromptRequest.DEFAULT_CADENCE_MINUTES);
        prompt.cron = blankToNull(request.cron());
        prompt.adaptive = Objects.requireNonNullElse(request.adaptive(), false);
        prompt.samplesPerRun = Objects.requireNonNullElse(request.samplesPerRun(), CreatePromptRequest.DEFAULT_SAMPLES_PER_RUN);
        prompt.priority = Objects.requireNonNullElse(request.priority(), CreatePromptRequest.DEFAULT_PRIORITY).shortValue();
        prompt.active = Objects.requireNonNullElse(request.active(), true);
        prompt.nextRunAt = now; // due at once: the scheduler picks it up on its next pass
        prompt.createdAt = now;
        return prompt.persist().replaceWith(() -> PromptView.of(prompt));
    }

    public static final List<SortKey<Prompt>> SORTS = List.of(
            new SortKey<>("createdAt", "createdAt", p -> p.createdAt, SortKey.Kind.INSTANT),
            new SortKey<>("priority", "priority", p -> p.priority, SortKey.Kind.SHORT),
            new SortKey<>("nextRunAt", "nextRunAt", p -> p.nextRunAt, SortKey.Kind.INSTANT),
            new SortKey<>("text", "lower(text)", p -> p.text.toLowerCase(java.util.Locale.ROOT), SortKey.Kind.TEXT));

    /** The page a request asks for (sort, cursor); the tie-breaker is read from the entity here, not in a resource. */
    public static Keyset<Prompt> keyset(String sort, String after) {
        return Keyset.parse(sort, after, "createdAt", SORTS, p -> p.id);
    }

    /** The list filters: a tag, a platform, active or not, text in the question; each optional. */
    public record Filter(String tag, String platform, Boolean active, String text) {
    }

    /** One page of the workspace's prompts; one extra row tells whether another page follows, without a count. */
    @WithSession
    public Uni<Keyset.Page<PromptView>> page(UUID workspaceId, Filter filter, Keyset<Prompt> keyset, int limit) {
        Parameters parameters = Keyset.workspace(workspaceId);
        String filters = "workspaceId = :ws";
        if (filter.tag() != null) {
            filters += " and array_contains(tags, :tag)";
            parameters.and("tag", filter.tag());
        }
        if (filter.platform() != null) {
            filters += " and array_contains(platforms, :platform)";
            parameters.and("platform", filter.platform());
        }
        if (filter.active() != null) {
            filters += " and active = :active";
            parameters.and("active", filter.active());
        }
        if (filter.text() != null) {
            filters += " and lower(text) like :q escape '\\'";
            parameters.and("q", TextSearch.containsPattern(filter.text()));
        }
        return Prompt.<Prompt>find(keyset.where(filters, parameters) + keyset.orderBy(), parameters)
                .page(0, limit + 1).list()
                .map(rows -> keyset.page(rows, limit).map(PromptView::of));
    }

    @WithSession
    public Uni<PromptView> get(UUID workspaceId, UUID id) {
        return Prompt.findInWorkspace(workspaceId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Prompt", id))
                .map(PromptView::of);
    }

    /** Applies the fields the request carries; a new cron moves the next run to its next occurrence. */
    @WithTransaction
    public Uni<PromptView> update(UUID workspaceId, UUID id, UpdatePromptRequest request) {
        return Prompt.findInWorkspace(workspaceId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Prompt", id))
                .map(prompt -> {
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    if (request.text() != null) {
                        prompt.text = request.text().strip();
                    }
                    if (request.tags() != null) {
                        prompt.tags = distinct(request.tags());
                    }
                    if (request.language() != null) {
                        prompt.language = request.language();
                    }
                    if (request.country() != null) {
                        prompt.country = request.country();
                    }
                    if (request.platforms() != null) {
                        prompt.platforms = distinct(request.platforms());
                    }
                    if (request.cadenceMinutes() != null) {
                        prompt.cadenceMinutes = request.cadenceMinutes();
                    }
                    if (request.cron() != null) {
                        String cron = blankToNull(request.cron());
                        if (!Objects.equals(cron, prompt.cron)) {
                            prompt.cron = cron;
                            prompt.nextRunAt = cron == null ? now : nextOccurrence(cron, now);
                        }
                    }
                    if (request.adaptive() != null) {
                        prompt.adaptive = request.adaptive();
                    }
                    if (request.samplesPerRun() != null) {
                        prompt.samplesPerRun = request.samplesPerRun();
                    }
                    if (request.priority() != null) {
                        prompt.priority = request.priority().shortValue();
                    }
                    if (request.active() != null) {
                        prompt.active = request.active();
                    }
                    return PromptView.of(prompt);
                });
    }

    static Instant nextOccurrence(String cron, Instant now) {
        return PromptCron.nextAfter(cron, now).map(next -> next.truncatedTo(ChronoUnit.MICROS)).orElse(now);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(values.stream().map(String::strip).toList()));
    }
}
