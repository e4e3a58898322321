package dev.answerlens.api.auth;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each key has its own budget of requests per window, counted in Redis; over it, 429 with Retry-After. */
@QuarkusTest
@TestProfile(RateLimitTest.FiveRequestsPerHour.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class RateLimitTest {

    public static class FiveRequestsPerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("answerlens.api.rate-limit.requests", "5", "answerlens.api.rate-limit.window", "1h");
        }
    }

    @Test
    void theSixthRequestOfAKeyIsRefusedWithRetryAfter_otherKeysAreNotAffected() {
        TestWorkspace workspace = TestWorkspace.create(); // created with the bootstrap token, not counted against any key
        String second = workspace.key("read"); // request 1 of the first key
        for (int i = 0; i < 4; i++) {
            workspace.request().get("/v1/brands").then().statusCode(200);
        }

        Response refused = workspace.request().get("/v1/brands");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("detail", containsString("5 requests"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        org.junit.jupiter.api.Assertions.assertTrue(retryAfter >= 1 && retryAfter <= 3600, "Retry-After " + retryAfter);

        TestWorkspace.with(second).get("/v1/brands").then().statusCode(200);
    }
}
