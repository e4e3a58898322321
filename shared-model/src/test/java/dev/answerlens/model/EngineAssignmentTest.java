package dev.answerlens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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

    @Test
    void aPlatformMayNameSeveralEnginesTheFirstIsItsPrimary() {
        Map<String, String> config = Map.of("answerlens.worker.platforms.chatgpt.engine", " browser , api,browser ");
        assertEquals(List.of("browser", "api"), EngineAssignment.enginesOf(Platform.CHATGPT, key -> Optional.ofNullable(config.get(key))));
        assertEquals(Optional.of("browser"), EngineAssignment.engineOf(Platform.CHATGPT, key -> Optional.ofNullable(config.get(key))));
        assertEquals(List.of(), EngineAssignment.enginesOf(Platform.CLAUDE, key -> Optional.of(" ")));
    }
}
