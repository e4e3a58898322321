package dev.answerlens.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.empty;

import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class ApiDocumentationTest {

    @Test
    void publishesTheMetricFormulasBesideTheSummary() {
        given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/v1/analytics/summary'.get.description", containsString("Wilson score interval"))
                .body("paths.'/v1/analytics/summary'.get.description", containsString("coverage = collected / scheduled"))
                .body("components.schemas.BrandSummary.properties.shareOfVoice.description",
                        containsString("sum(brand_mentions)"))
                .body("components.schemas.Rate.description", containsString("z = 1.959964"));
    }

    @Test
    void publishesTheFormulaOfEveryAnalyticsView() {
        given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/v1/analytics/change'.get.description", containsString("two-proportion z-test"))
                .body("paths.'/v1/analytics/change'.get.description", containsString("within noise"))
                .body("paths.'/v1/analytics/change'.get.description", containsString("z = (a − b) / √(se_a² + se_b²)"))
                .body("components.schemas.EstimateChange.description", containsString("too few"))
                .body("components.schemas.BrandChange.properties.averagePosition.description",
                        containsString("Lower is better"))
                .body("components.schemas.Estimate.properties.standardError.description", containsString("s/√n"))
                .body("paths.'/v1/analytics/timeseries'.get.description", containsString("Wilson score interval"))
                .body("paths.'/v1/analytics/leaderboard'.get.description", containsString("shareOfVoice ="))
                .body("paths.'/v1/analytics/breakdown'.get.description", containsString("per prompt / per tag"))
                .body("paths.'/v1/analytics/sources'.get.description", containsString("citationGaps"))
                .body("components.schemas.Sentiment.description", containsString("mean = sum(sentiment_score_sum) / n"));
    }

    @Test
    void documentsTheBearerKeyAndLeavesSignUpOpen() {
        given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.securitySchemes", hasKey("apiKey"))
                .body("components.securitySchemes.apiKey.scheme", equalTo("bearer"))
                .body("paths.'/v1/workspaces'.post.security", empty())
                .body("paths", hasKey("/v1/prompts/{id}/runs"));
    }

    /**
     * What linters and client generators require of every operation (redocly's recommended rules): a unique
     * operationId (what generated clients name methods after), at least one 4xx response, a schema on each response
     * header, a tag with a description; and a server.
     */
    @Test
    void everyOperationHasWhatClientGeneratorsNeed() {
        io.restassured.path.json.JsonPath document = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = document.getMap("paths");
        java.util.Set<String> operationIds = new java.util.HashSet<>();
        java.util.Set<String> described = new java.util.HashSet<>(document.getList("tags.name"));
        org.junit.jupiter.api.Assertions.assertEquals(described.size(), document.getList("tags.description").stream()
                .filter(java.util.Objects::nonNull).count(), "every tag has a description");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method + " " + path;
            Object id = operation.get("operationId");
            org.junit.jupiter.api.Assertions.assertNotNull(id, where + " has no operationId");
            org.junit.jupiter.api.Assertions.assertTrue(operationIds.add((String) id), where + ": operationId " + id + " twice");
            @SuppressWarnings("unchecked")
            java.util.Map<String, java.util.Map<String, Object>> responses =
                    (java.util.Map<String, java.util.Map<String, Object>>) operation.get("responses");
            org.junit.jupiter.api.Assertions.assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("4")),
                    where + " has no 4xx response");
            responses.forEach((code, response) -> {
                @SuppressWarnings("unchecked")
                java.util.Map<String, java.util.Map<String, Object>> headers =
                        (java.util.Map<String, java.util.Map<String, Object>>) response.get("headers");
                if (headers != null) {
                    headers.forEach((name, header) -> org.junit.jupiter.api.Assertions.assertTrue(
                            header.containsKey("schema") || header.containsKey("content"), where + " " + code + " " + name));
                }
            });
            @SuppressWarnings("unchecked")
            java.util.List<String> tags = (java.util.List<String>) operation.get("tags");
            org.junit.jupiter.api.Assertions.assertTrue(tags != null && described.containsAll(tags), where + " tags " + tags);
        }));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("/"), document.getList("servers.url"));
        org.junit.jupiter.api.Assertions.assertNotNull(document.getString("info.license.name"));
    }
}
