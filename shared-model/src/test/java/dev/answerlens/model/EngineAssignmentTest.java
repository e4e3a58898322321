package dev.answerlens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngineAssignmentTest {
    @Test
    void aPlatformsOwnEngineWinsOverTheDefaultAndNoneMeansNone() {
        Map<String, String> config = Map.of("answerlens.worker.platforms.chatgpt.engine", "api",
                "answerlens.worker.default-engine", "simulated");
        assertEquals(Optional.of("api"), EngineAssignment.engineOf(Platform.CHATGPT, key -> Optional.ofNullable(config.get(key))));
        assertEquals(Optional.of("simulated"), EngineAssignment.engineOf(Platform.GEMINI, key -> Optional.ofNullable(config.get(key))));
        assertEquals(Optional.empty(), EngineAssignment.engineOf(Platform.GEMINI, key -> Optional.empty()),
                "no engine configured: no engine, never a silent simulated one");
    }
}
