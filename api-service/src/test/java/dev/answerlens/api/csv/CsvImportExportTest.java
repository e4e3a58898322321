package dev.answerlens.api.csv;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Brands and prompts round-trip through CSV; a bad file is refused whole, naming rows and fields. */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class CsvImportExportTest {

    private static io.restassured.specification.RequestSpecification csv(TestWorkspace workspace, String body) {
        return workspace.request().contentType("text/csv").body(body);
    }

    @Test
    void brandsRoundTripThroughCsv_existingNamesAreUpdated() {
        TestWorkspace source = TestWorkspace.create();
        source.request().body(Map.of("name", "Acme, Inc.", "aliases", List.of("Acme", "=SUM(A1)"),
                "domains", List.of("acme.com"), "kind", "own")).post("/v1/brands").then().statusCode(201);
        source.brand("Bolt", "competitor");
        String exported = source.request().accept("text/csv").get("/v1/brands/export")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(exported.lines().toList().get(0), equalTo("name,kind,aliases,domains,matching"));

        TestWorkspace target = TestWorkspace.create();
        target.brand("bolt", "own");
        csv(target, exported).post("/v1/brands/import").then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1));
        target.request().get("/v1/brands").then().statusCode(200)
                .body("name", contains("Acme, Inc.", "Bolt"))
                .body("find { it.name == 'Acme, Inc.' }.aliases", contains("Acme", "=SUM(A1)"))
                .body("find { it.name == 'Bolt' }.kind", equalTo("competitor"));
    }

    @Test
    void aBrandFileWithAnyBadRowIsRefusedWholeNamingEveryProblem() {
        TestWorkspace workspace = TestWorkspace.create();
        String file = "name,kind,domains\r\nGood,own,good.com\r\n,competitor,\r\nBad,rival,http://x\r\ngood,own,\r\n";
        csv(workspace, file).post("/v1/brands/import").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("rows[1].name", "rows[2].kind", "rows[2].domains[0]",
                        "rows[3].name"));
        workspace.request().get("/v1/brands").then().body("", org.hamcrest.Matchers.hasSize(0));
        csv(workspace, "name,kind,colour\r\nA,own,red\r\n").post("/v1/brands/import").then().statusCode(400)
                .body("errors[0].field", equalTo("header.colour"));
        csv(workspace, "name,kind\r\n\"A,own\r\n").post("/v1/brands/import").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        csv(workspace, "name,kind\r\nA\u0000B,own\r\n").post("/v1/brands/import").then().statusCode(400)
                .body("errors.field", hasItem("rows[0].name"));
    }

    @Test
    void promptsRoundTripThroughCsv_rowsWithAnIdUpdateThatPrompt() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID existing = workspace.prompt("old text");
        String file = "id,text,tags,platforms,cron,priority,adaptive\r\n"
                + existing + ",new text,crm|smb,chatgpt|gemini,0 9 * * 1-5,8,true\r\n"
                + ",\"a question, with a comma\",,perplexity,,,\r\n";
        csv(workspace, file).post("/v1/prompts/import").then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1));
        workspace.request().get("/v1/prompts/" + existing).then().statusCode(200)
                .body("text", equalTo("new text")).body("tags", contains("crm", "smb"))
                .body("cron", equalTo("0 9 * * 1-5")).body("priority", equalTo(8)).body("adaptive", equalTo(true));

        String exported = workspace.request().get("/v1/prompts/export").then().statusCode(200).extract().asString();
        assertThat(exported, org.hamcrest.Matchers.containsString("\"a question, with a comma\""));
        TestWorkspace copy = TestWorkspace.create();
        String withoutIds = exported.replaceAll("(?m)^[0-9a-f-]{36},", ",");
        csv(copy, withoutIds).post("/v1/prompts/import").then().statusCode(200).body("created", equalTo(2));
    }

    @Test
    void anExportImportedUnchangedUpdatesEveryRowAndCreatesNone() {
        TestWorkspace workspace = TestWorkspace.create();
        workspace.prompt("a question");
        workspace.brand("Acme", "own");
        String prompts = workspace.request().get("/v1/prompts/export").then().statusCode(200).extract().asString();
        String brands = workspace.request().get("/v1/brands/export").then().statusCode(200).extract().asString();

        csv(workspace, prompts).post("/v1/prompts/import").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1));
        csv(workspace, brands).post("/v1/brands/import").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1));
    }

    @Test
    void aPromptFileIsRefusedForBadValuesOrAnotherWorkspacesId() {
        TestWorkspace workspace = TestWorkspace.create();
        UUID theirs = TestWorkspace.create().prompt("theirs");
        csv(workspace, "text,platforms,priority,cron,active\r\nq,altavista,high,61 * * * *,yes\r\n")
                .post("/v1/prompts/import").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("rows[0].active", "rows[0].cron", "rows[0].platforms[0]",
                        "rows[0].priority"));
        csv(workspace, "id,text,platforms\r\n" + theirs + ",stolen,chatgpt\r\n").post("/v1/prompts/import")
                .then().statusCode(400).body("errors[0].field", equalTo("rows[0].id"));
        workspace.request().get("/v1/prompts").then().body("", org.hamcrest.Matchers.hasSize(0));
    }
}
