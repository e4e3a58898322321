package dev.answerlens.scheduler.planning;

import static dev.answerlens.scheduler.SchedulerDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.scheduler.SchedulerDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Outside the demo and the tests no platform is simulated by default: a platform without an engine configured
 * gets no job, and a hold says why — here chatgpt has an engine and gemini none.
 */
@QuarkusTest
@TestProfile(UncollectedPlatformTest.OnlyChatGptHasAnEngine.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class UncollectedPlatformTest {
    @Test
    void schedulesNothingForAPlatformWithoutAnEngineAndSaysWhy() throws Exception {
        UUID workspace = SchedulerDatabase.workspace();
        UUID prompt = SchedulerDatabase.prompt(workspace, "{chatgpt,gemini}", 3, 5, true);
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> count("SELECT count(*) FROM jobs WHERE prompt_id = ?", prompt) == 3);
        assertEquals(0, count("SELECT count(*) FROM jobs WHERE prompt_id = ? AND platform = 'gemini'", prompt));
        assertEquals(3, count("SELECT count(*) FROM jobs WHERE prompt_id = ? AND platform = 'chatgpt'", prompt));
        assertEquals(0, count("SELECT count(*) FROM scheduled_daily WHERE workspace_id = ? AND platform = 'gemini'", workspace),
                "what is not scheduled does not count against coverage either");
        String reason = SchedulerDatabase.text("SELECT reason FROM scheduling_holds WHERE hold_key = 'engine:gemini'");
        assertTrue(reason.contains("platform gemini has no engine configured (answerlens.worker.platforms.gemini.engine"), reason);
        assertEquals(0, count("SELECT count(*) FROM scheduling_holds WHERE hold_key = 'engine:chatgpt'"));
    }

    /** The stock configuration (no default engine) with one platform's engine named. */
    public static class OnlyChatGptHasAnEngine implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("answerlens.worker.default-engine", "", "answerlens.worker.platforms.chatgpt.engine", "simulated");
        }
    }
}
