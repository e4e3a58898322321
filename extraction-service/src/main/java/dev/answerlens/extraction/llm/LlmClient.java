package dev.answerlens.extraction.llm;

import com.openai.client.OpenAIClientAsync;
import com.openai.client.okhttp.OpenAIOkHttpClientAsync;
import com.openai.core.JsonValue;
import com.openai.errors.RateLimitException;
import com.openai.models.ResponseFormatJsonSchema;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Optional;

/**
 * Calls an OpenAI-compatible chat-completions endpoint with the extraction prompt and strict JSON
 * schema. A 429 is retried after a growing wait (or the server's Retry-After), then the configured
 * smaller model is tried; any other failure is the caller's to handle.
 */
final class LlmClient implements AutoCloseable {
    private final LlmSettings settings;
    private final OpenAIClientAsync client;
    private final RequestPace pace;
    private final ResponseFormatJsonSchema format;

    LlmClient(LlmSettings settings) {
        this.settings = settings;
        this.client = OpenAIOkHttpClientAsync.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .maxRetries(0)
                .timeout(settings.timeout())
                .build();
        this.pace = new RequestPace(settings.requestsPerSecond());
        ResponseFormatJsonSchema.JsonSchema.Schema.Builder schema = ResponseFormatJsonSchema.JsonSchema.Schema.builder();
        ExtractionPrompt.schema().forEach((k, v) -> schema.putAdditionalProperty(k, JsonValue.from(v)));
        this.format = ResponseFormatJsonSchema.builder().jsonSchema(ResponseFormatJsonSchema.JsonSchema.builder()
                .name(ExtractionPrompt.SCHEMA_NAME).strict(true).schema(schema.build()).build()).build();
    }

    /** The main model, with backoff on 429 and then the fallback model; fails with the last error. */
    Uni<LlmCompletion> complete(String user) {
        return withBackoff(settings.model(), user, settings.rateLimitRetries(), settings.backoff())
                .onFailure(RateLimitException.class).recoverWithUni(error -> settings.fallbackModel() == null
                        ? Uni.createFrom().failure(error)
                        : withBackoff(settings.fallbackModel(), user, settings.rateLimitRetries(), settings.backoff()));
    }

    private Uni<LlmCompletion> withBackoff(String model, String user, int retriesLeft, Duration wait) {
        return call(model, user).onFailure(RateLimitException.class).recoverWithUni(error -> {
            if (retriesLeft <= 0) {
                return Uni.createFrom().failure(error);
            }
            Duration delay = max(wait, retryAfter((RateLimitException) error));
            return Uni.createFrom().voidItem().onItem().delayIt().by(delay)
                    .flatMap(ignored -> withBackoff(model, user, retriesLeft - 1, wait.multipliedBy(2)));
        });
    }

    private Uni<LlmCompletion> call(String model, String user) {
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                .model(model)
                .addSystemMessage(ExtractionPrompt.SYSTEM)
                .addUserMessage(user)
                .temperature(0)
                .responseFormat(format)
                .build();
        return pace.await().flatMap(ignored -> Uni.createFrom().completionStage(() -> client.chat().completions().create(params)))
                .map(completion -> completionOf(model, completion));
    }

    private static LlmCompletion completionOf(String requested, ChatCompletion completion) {
        String content = completion.choices().isEmpty() ? null
                : completion.choices().get(0).message().content().orElse(null);
        long prompt = completion.usage().map(u -> u.promptTokens()).orElse(0L);
        long produced = completion.usage().map(u -> u.completionTokens()).orElse(0L);
        String model = completion.model() == null || completion.model().isBlank() ? requested : completion.model();
        return new LlmCompletion(model, content, (int) prompt, (int) produced);
    }

    private static Duration retryAfter(RateLimitException error) {
        Optional<String> header = error.headers().values("retry-after").stream().findFirst();
        try {
            return header.map(h -> Duration.ofMillis((long) (Double.parseDouble(h.strip()) * 1000))).orElse(Duration.ZERO);
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public void close() {
        client.close();
    }
}
