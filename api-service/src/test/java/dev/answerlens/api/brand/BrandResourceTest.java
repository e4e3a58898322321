package dev.answerlens.api.brand;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class BrandResourceTest {

    @Test
    void createsABrandAndReadsItBack() {
        TestWorkspace workspace = TestWorkspace.create();
        String id = workspace.request()
                .body(Map.of("name", " Acme CRM ", "aliases", List.of("Acme", "acme", " AcmeHQ"),
                        "domains", List.of("Acme.com", "acme.io"), "kind", "own"))
                .post("/v1/brands")
                .then().statusCode(201)
                .extract().path("id");

        workspace.request().get("/v1/brands/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo("Acme CRM"))
                .body("aliases", contains("Acme", "AcmeHQ"))
                .body("domains", contains("acme.com", "acme.io"))
                .body("kind", equalTo("own"));
    }

    @Test
    void listsOnlyTheCallersBrandsByName() {
        TestWorkspace mine = TestWorkspace.create();
        TestWorkspace theirs = TestWorkspace.create();
        mine.brand("Zenith", "competitor");
        mine.brand("acme", "own");
        theirs.brand("Other", "own");

        mine.request().get("/v1/brands")
                .then().statusCode(200)
                .body("name", contains("acme", "Zenith"))
                .body("aliases[0]", hasSize(0));
    }

    @Test
    void anotherWorkspacesBrandIsNotFound() {
        TestWorkspace mine = TestWorkspace.create();
        UUID theirs = TestWorkspace.create().brand("Hidden", "own");

        mine.request().get("/v1/brands/" + theirs)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", not(containsString("Hidden")));
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.request().get("/v1/brands/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        workspace.request().get("/v1/brands/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aSecondBrandWithTheSameNameIgnoringCaseIsAConflict() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.brand("Acme", "own");

        workspace.request().body(Map.of("name", "ACME", "kind", "competitor"))
                .post("/v1/brands")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/duplicate-brand"))
                .body("detail", containsString("ACME"));
    }

    @Test
    void theSameNameInAnotherWorkspaceIsFine() {
        TestWorkspace.create().brand("Acme", "own");
        TestWorkspace.create().brand("Acme", "own");
    }

    @Test
    void refusesAnInvalidBrandNamingEachField() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.request()
                .body(Map.of("name", "", "aliases", List.of("ok", " "), "domains", List.of("https://acme.com/")))
                .post("/v1/brands")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("aliases[1]", "domains[0]", "kind", "name"));
    }

    @Test
    void refusesAnUnknownKind() {
        TestWorkspace.create().request().body(Map.of("name", "Acme", "kind", "partner"))
                .post("/v1/brands")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", equalTo("must be one of own, competitor"));
    }

    @Test
    void matchingDefaultsToAutoAndCanBeSetAndChanged() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID acme = workspace.brand("Acme", "own");
        workspace.request().get("/v1/brands/" + acme).then().statusCode(200).body("matching", equalTo("auto"));

        String hey = workspace.request().body(Map.of("name", "HEY", "kind", "competitor", "matching", "case-sensitive"))
                .post("/v1/brands").then().statusCode(201).body("matching", equalTo("case-sensitive")).extract().path("id");

        workspace.request().body(Map.of("matching", "requires-context", "aliases", List.of("Hey Mail")))
                .patch("/v1/brands/" + hey)
                .then().statusCode(200)
                .body("matching", equalTo("requires-context"))
                .body("aliases", contains("Hey Mail"))
                .body("name", equalTo("HEY"));
        workspace.request().get("/v1/brands/" + hey).then().body("matching", equalTo("requires-context"));
        workspace.request().accept("text/csv").get("/v1/brands/export")
                .then().statusCode(200).body(containsString("HEY,competitor,Hey Mail,,requires-context"));
    }

    @Test
    void refusesAnUnknownMatchingAndAnotherWorkspacesBrand() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.request().body(Map.of("name", "Acme", "kind", "own", "matching", "fuzzy"))
                .post("/v1/brands")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("matching"));
        UUID theirs = TestWorkspace.create().brand("Hidden", "own");
        workspace.request().body(Map.of("matching", "auto")).patch("/v1/brands/" + theirs)
                .then().statusCode(404).contentType("application/problem+json");
    }
}
