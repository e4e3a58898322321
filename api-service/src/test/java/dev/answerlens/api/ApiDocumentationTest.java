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
}
