package dev.answerlens.worker.engine.api;

import com.openai.client.OpenAIClientAsync;
import com.openai.client.okhttp.OpenAIOkHttpClientAsync;
import dev.answerlens.model.Platform;
import dev.answerlens.worker.WorkerConfig;
import dev.answerlens.worker.engine.PlatformEngines;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One OpenAI SDK client per platform whose engine is {@code api}, built at start-up from its
 * settings (so a missing key fails the start, not the first job). The SDK's own retries are off: a
 * failed call goes through the bus's retry path, and a 429 backs the platform off for every worker.
 */
@Startup
@ApplicationScoped
public class ApiClients {
    private final Map<Platform, OpenAIClientAsync> clients = new EnumMap<>(Platform.class);
    private final Map<Platform, WorkerConfig.ApiPlatform> settings = new EnumMap<>(Platform.class);

    public ApiClients(WorkerConfig config, PlatformEngines platforms) {
        for (Platform platform : Platform.values()) {
            if (!platforms.enginesOf(platform).contains("api")) {
                continue;
            }
            WorkerConfig.ApiPlatform api = config.api().platforms().get(platform.id());
            if (api == null) {
                throw new IllegalStateException("answerlens.worker.platforms." + platform.id()
                        + ".engine=api needs answerlens.worker.api.platforms." + platform.id() + ".base-url and .model");
            }
            settings.put(platform, api);
            clients.put(platform, OpenAIOkHttpClientAsync.builder()
                    .baseUrl(api.baseUrl())
                    .apiKey(apiKey(platform, api))
                    .maxRetries(0)
                    .timeout(api.timeout())
                    .build());
        }
    }

    private static String apiKey(Platform platform, WorkerConfig.ApiPlatform api) {
        if (api.apiKeyEnv().isPresent()) {
            String name = api.apiKeyEnv().get();
            String key = System.getenv(name);
            if (key == null || key.isBlank()) {
                throw new IllegalStateException("the API key for " + platform.id() + " should be in the environment variable "
                        + name + ", which is not set");
            }
            return key;
        }
        // Local OpenAI-compatible servers (Ollama, vLLM) take any key.
        return api.apiKey().filter(k -> !k.isBlank()).orElse("no-key");
    }

    public Optional<OpenAIClientAsync> client(Platform platform) {
        return Optional.ofNullable(clients.get(platform));
    }

    public WorkerConfig.ApiPlatform settings(Platform platform) {
        return settings.get(platform);
    }

    @PreDestroy
    void close() {
        clients.values().forEach(OpenAIClientAsync::close);
    }
}
