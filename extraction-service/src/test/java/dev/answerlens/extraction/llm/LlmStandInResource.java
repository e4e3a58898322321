package dev.answerlens.extraction.llm;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts the stand-in OpenAI server for a @QuarkusTest and points the LLM extractor at it. */
public class LlmStandInResource implements QuarkusTestResourceLifecycleManager {
    private StandInOpenAi standIn;

    @Override
    public Map<String, String> start() {
        try {
            standIn = new StandInOpenAi();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        standIn.hallucinateEvery = 0;
        return Map.of("answerlens.extraction.llm.base-url", standIn.baseUrl(),
                "answerlens-test.stand-in-control", standIn.baseUrl().replace("/v1", "/control"));
    }

    @Override
    public void stop() {
        standIn.close();
    }
}
