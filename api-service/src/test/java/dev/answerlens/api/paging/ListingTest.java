package dev.answerlens.api.paging;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every list pages with a cursor, sorts and filters; a cursor only works with the sort it came from. */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class ListingTest {

    private static String next(String link) {
        return link.substring(link.indexOf('<') + 1, link.indexOf('>'));
    }

    @Test
    void brandsPageSortAndFilterByKindAndName() {
        TestWorkspace workspace = TestWorkspace.create();
        for (String name : List.of("delta", "Alpha", "charlie", "Bravo 100%")) {
            workspace.brand(name, "competitor");
        }
        workspace.brand("Echo", "own");

        String link = workspace.request().get("/v1/brands?sort=-name&limit=2&kind=competitor")
                .then().statusCode(200).body("name", contains("delta", "charlie")).extract().header("Link");
        workspace.request().get(next(link)).then().statusCode(200).body("name", contains("Bravo 100%", "Alpha"))
                .header("Link", nullValue());
        workspace.request().queryParam("q", "0%").get("/v1/brands").then().statusCode(200).body("name", contains("Bravo 100%"));
        workspace.request().get("/v1/brands?kind=own").then().body("name", contains("Echo"));
        workspace.request().get("/v1/brands?kind=rival").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        String cursor = next(link).substring(next(link).indexOf("after=") + 6).split("&")[0];
        workspace.request().get("/v1/brands?sort=createdAt&after=" + cursor).then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
        workspace.request().get("/v1/brands?sort=colour").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void promptsFilterByTagPlatformActiveAndTextAndSortByPriority() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID low = workspace.prompt("best crm for agencies");
        UUID high = workspace.prompt("cheapest crm");
        UUID other = workspace.prompt("best email tool");
        workspace.request().body(Map.of("priority", 1, "tags", List.of("crm"))).patch("/v1/prompts/" + low);
        workspace.request().body(Map.of("priority", 9, "tags", List.of("crm"), "platforms", List.of("gemini")))
                .patch("/v1/prompts/" + high);
        workspace.request().body(Map.of("active", false)).patch("/v1/prompts/" + other);

        workspace.request().get("/v1/prompts?tag=crm&sort=-priority").then().statusCode(200)
                .body("id", contains(high.toString(), low.toString()));
        workspace.request().get("/v1/prompts?platform=gemini").then().body("id", contains(high.toString()));
        workspace.request().get("/v1/prompts?active=false").then().body("id", contains(other.toString()));
        workspace.request().get("/v1/prompts?q=BEST&sort=text").then().body("id", contains(low.toString(), other.toString()));
        String link = workspace.request().get("/v1/prompts?sort=priority&limit=1").then().body("id", hasSize(1))
                .extract().header("Link");
        workspace.request().get(next(link)).then().statusCode(200).body("id", hasSize(1));
    }

    @Test
    void apiKeysPageAndFilterByRevoked() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.key("read");
        workspace.key("write");
        String writeId = workspace.request().get("/v1/api-keys").then().extract().path("find { it.scope == 'write' }.id");
        workspace.request().delete("/v1/api-keys/" + writeId).then().statusCode(200);

        workspace.request().get("/v1/api-keys?revoked=true").then().body("id", contains(writeId));
        workspace.request().get("/v1/api-keys?revoked=false").then().body("scope", contains("admin", "read"));
        String link = workspace.request().get("/v1/api-keys?limit=2&sort=-createdAt").then()
                .body("scope", contains("write", "read")).extract().header("Link");
        workspace.request().get(next(link)).then().body("scope", contains("admin"));
    }
}
