package dev.answerlens.api.prompt;

import dev.answerlens.api.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
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

    /** One page of prompts and the cursor of the next page (null on the last). */
    public record Page(List<PromptView> items, String nextCursor) {
    }

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
        prompt.samplesPerRun = Objects.requireNonNullElse(request.samplesPerRun(), CreatePromptRequest.DEFAULT_SAMPLES_PER_RUN);
        prompt.priority = Objects.requireNonNullElse(request.priority(), CreatePromptRequest.DEFAULT_PRIORITY).shortValue();
        prompt.active = Objects.requireNonNullElse(request.active(), true);
        prompt.nextRunAt = now; // due at once: the scheduler picks it up on its next pass
        prompt.createdAt = now;
        return prompt.persist().replaceWith(() -> PromptView.of(prompt));
    }

    @WithSession
    public Uni<Page> page(UUID workspaceId, PromptCursor after, int limit) {
        // one extra row tells whether another page follows without a count query
        return Prompt.pageInWorkspace(workspaceId, after, limit + 1).map(rows -> {
            List<Prompt> page = rows.size() > limit ? rows.subList(0, limit) : rows;
            String next = rows.size() > limit ? PromptCursor.after(page.get(page.size() - 1)).encode() : null;
            return new Page(page.stream().map(PromptView::of).toList(), next);
        });
    }

    @WithSession
    public Uni<PromptView> get(UUID workspaceId, UUID id) {
        return Prompt.findInWorkspace(workspaceId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Prompt", id))
                .map(PromptView::of);
    }

    @WithTransaction
    public Uni<RunRequested> requestRun(UUID workspaceId, UUID promptId) {
        return Prompt.findInWorkspace(workspaceId, promptId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Prompt", promptId))
                .flatMap(prompt -> {
                    RunRequest request = new RunRequest();
                    request.id = UUID.randomUUID();
                    request.workspaceId = workspaceId;
                    request.promptId = prompt.id;
                    request.requestedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    return request.persist().replaceWith(new RunRequested(request.id));
                });
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(values.stream().map(String::strip).toList()));
    }
}
