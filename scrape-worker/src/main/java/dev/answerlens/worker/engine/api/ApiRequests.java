package dev.answerlens.worker.engine.api;

import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.worker.WorkerConfig;

/** Builds the chat-completion request for a job: the prompt as the only user message, as a person would ask it. */
final class ApiRequests {
    private ApiRequests() {
    }

    static ChatCompletionCreateParams forJob(PromptJob job, WorkerConfig.ApiPlatform settings) {
        ChatCompletionCreateParams.Builder request = ChatCompletionCreateParams.builder()
                .model(settings.model())
                .addUserMessage(job.promptText());
        if (ApiFlavour.of(settings).sendsWebSearchOption() && settings.webSearch()) {
            request.webSearchOptions(ChatCompletionCreateParams.WebSearchOptions.builder().build());
        }
        settings.maxTokens().ifPresent(request::maxCompletionTokens);
        return request.build();
    }

    /** Whether the answer was grounded in a web search: asked for (openai), or inherent (perplexity). */
    static boolean webSearch(WorkerConfig.ApiPlatform settings) {
        return ApiFlavour.of(settings).alwaysSearches() || (ApiFlavour.of(settings).sendsWebSearchOption() && settings.webSearch());
    }
}
