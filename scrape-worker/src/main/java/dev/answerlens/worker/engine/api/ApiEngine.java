package dev.answerlens.worker.engine.api;

import com.openai.models.chat.completions.ChatCompletion;
import dev.answerlens.model.Engine;
import dev.answerlens.model.Platform;
import dev.answerlens.model.message.CollectionInfo;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.worker.WorkerConfig;
import dev.answerlens.worker.engine.CollectionEngine;
import dev.answerlens.worker.engine.CollectionResult;
import dev.answerlens.worker.engine.FailureClass;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Collects answers from a platform's API (any OpenAI-compatible endpoint) with the OpenAI Java SDK:
 * the answer text, its citations, the model that answered, token usage and a cost estimate.
 * Calls are asynchronous; no thread waits for the platform.
 */
@ApplicationScoped
public class ApiEngine implements CollectionEngine {
    private final ApiClients clients;
    private final CostEstimator costs;

    public ApiEngine(ApiClients clients, CostEstimator costs) {
        this.clients = clients;
        this.costs = costs;
    }

    @Override
    public String id() {
        return Engine.API.id();
    }

    @Override
    public String limitScope(PromptJob job, int attempt) {
        return Platform.fromId(job.platform()).map(clients::settings).map(WorkerConfig.ApiPlatform::account).orElse("default");
    }

    @Override
    public Uni<CollectionResult> collect(PromptJob job, int attempt) {
        Platform platform = Platform.fromId(job.platform()).orElseThrow();
        WorkerConfig.ApiPlatform settings = clients.settings(platform);
        Instant started = Instant.now();
        return Uni.createFrom().completionStage(() -> clients.client(platform).orElseThrow()
                        .chat().completions().create(ApiRequests.forJob(job, settings)))
                .map(completion -> read(job, settings, completion, started))
                .onFailure().recoverWithItem(error -> ApiErrorClassifier.classify(job.platform(), error));
    }

    private CollectionResult read(PromptJob job, WorkerConfig.ApiPlatform settings, ChatCompletion completion, Instant started) {
        Instant finished = Instant.now();
        if (completion.choices().isEmpty()) {
            return FailureClass.EMPTY_ANSWER.failed(job.platform() + " API answered without a choice");
        }
        ChatCompletion.Choice choice = completion.choices().get(0);
        String text = choice.message().content().orElse("");
        if (ChatCompletion.Choice.FinishReason.LENGTH.equals(choice.finishReason())) {
            return FailureClass.TRUNCATED.failed(job.platform() + " API stopped the answer at the token limit after "
                    + text.length() + " characters");
        }
        if (ChatCompletion.Choice.FinishReason.CONTENT_FILTER.equals(choice.finishReason())) {
            return FailureClass.ERROR_BANNER.failed(job.platform() + " API withheld the answer (content filter)");
        }
        Long promptTokens = completion.usage().map(u -> u.promptTokens()).orElse(null);
        Long completionTokens = completion.usage().map(u -> u.completionTokens()).orElse(null);
        BigDecimal cost = costs.estimate(settings.model(), promptTokens, completionTokens);
        CollectionInfo info = new CollectionInfo(id(), settings.model(), completion.model(), ApiRequests.webSearch(settings),
                false, job.country(), job.language(), null, started, finished, Duration.between(started, finished).toMillis(),
                cost, promptTokens, completionTokens);
        return new CollectionResult.Collected(text, ApiCitations.of(completion, choice.message()), info);
    }
}
