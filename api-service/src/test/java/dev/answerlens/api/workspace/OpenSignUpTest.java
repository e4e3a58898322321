package dev.answerlens.api.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Open sign-up: anyone creates a workspace without a key, but one client address only so many per window. */
@QuarkusTest
@TestProfile(OpenSignUpTest.ThreeSignUpsPerHour.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class OpenSignUpTest {

    public static class ThreeSignUpsPerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("answerlens.api.signup", "open", "answerlens.api.rate-limit.sign-ups", "3",
                    "answerlens.api.rate-limit.sign-up-window", "1h");
        }
    }

    @Test
    void anyoneSignsUpWithoutAKey_theFourthFromOneAddressInAnHourIsRefusedWithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            String key = given().contentType(ContentType.JSON).body(Map.of("name", "walk-in " + i))
                    .post("/v1/workspaces").then().statusCode(201).extract().path("apiKey.key");
            given().header("Authorization", "Bearer " + key).get("/v1/brands").then().statusCode(200);
        }

        Response refused = given().contentType(ContentType.JSON).body(Map.of("name", "one too many"))
                .post("/v1/workspaces");
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("detail", containsString("3 workspaces per client address"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 3600, "Retry-After " + retryAfter);
    }
}
