package dev.answerlens.worker.engine.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.openai.core.JsonValue;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionMessage;
import dev.answerlens.model.message.CitedSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an answer's cited sources, wherever the platform puts them: OpenAI's url_citation annotations
 * on the message, Perplexity's search_results (url and title) or its bare citations list. Each URL is
 * kept once, in the order the platform gave it.
 */
final class ApiCitations {
    private ApiCitations() {
    }

    static List<CitedSource> of(ChatCompletion completion, ChatCompletionMessage message) {
        Map<String, String> titlesByUrl = new LinkedHashMap<>();
        message.annotations().orElse(List.of()).stream()
                .filter(ChatCompletionMessage.Annotation::isValid)
                .map(ChatCompletionMessage.Annotation::urlCitation)
                .forEach(citation -> titlesByUrl.putIfAbsent(citation.url(), citation.title()));
        JsonValue searchResults = completion._additionalProperties().get("search_results");
        if (searchResults != null && !searchResults.isNull()) {
            for (Map<String, Object> result : searchResults.convert(new TypeReference<List<Map<String, Object>>>() { })) {
                Object url = result.get("url");
                if (url != null) {
                    Object title = result.get("title");
                    titlesByUrl.putIfAbsent(url.toString(), title == null ? null : title.toString());
                }
            }
        }
        JsonValue citations = completion._additionalProperties().get("citations");
        if (citations != null && !citations.isNull()) {
            for (String url : citations.convert(new TypeReference<List<String>>() { })) {
                titlesByUrl.putIfAbsent(url, null);
            }
        }
        List<CitedSource> sources = new ArrayList<>();
        titlesByUrl.forEach((url, title) -> sources.add(new CitedSource(url, title, sources.size() + 1)));
        return sources;
    }
}
