package dev.answerlens.api.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Bad input of every kind gets a 400 problem naming what was wrong, never a 5xx or a stack trace. */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class BadInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"name\": 5, \"kind\": \"own\"}                       | name",
            "{\"name\": \"Acme\", \"kind\": \"own\", \"colour\": 1}  | colour",
            "{\"name\": \"Acme\", \"kind\": \"own\", \"aliases\": \"Acme\"} | aliases",
            "{\"name\": \"Acme\", \"kind\": \"own\", \"aliases\": [1]} | aliases[0]",
            "{\"name\": \"Acme\", \"kind\": [\"own\"]}               | kind",
            "{\"name\": {\"a\": 1}, \"kind\": \"own\"}              | name"})
    void aWrongTypeOrUnknownFieldIsA400NamingTheField(String body, String field) {
        TestWorkspace.create().request().body(body)
                .post("/v1/brands")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo(field));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"text\": \"q\", \"platforms\": [\"chatgpt\"], \"cadenceMinutes\": \"60\"} | cadenceMinutes",
            "{\"text\": \"q\", \"platforms\": [\"chatgpt\"], \"priority\": 5.5}        | priority",
            "{\"text\": \"q\", \"platforms\": [\"chatgpt\"], \"active\": 1}            | active",
            "{\"text\": \"q\", \"platforms\": [\"chatgpt\"], \"active\": \"yes\"}      | active",
            "{\"text\": \"q\", \"platforms\": [\"chatgpt\"], \"samplesPerRun\": 99999999999} | samplesPerRun"})
    void numbersAndBooleansAreNotGuessedFromOtherTypes(String body, String field) {
        TestWorkspace.create().request().body(body)
                .post("/v1/prompts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"name\": \"Acme\", ",
            "not json at all",
            "{\"name\": \"Acme\", \"kind\": \"own\"} trailing",
            "[1, 2]"})
    void malformedJsonIsA400(String body) {
        TestWorkspace.create().request().body(body)
                .post("/v1/brands")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("at com.")));
    }

    @Test
    void anEmptyBodyIsA400() {
        TestWorkspace.create().request()
                .post("/v1/brands")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aBodyThatIsNotJsonIsA415() {
        given().header("Authorization", "Bearer " + TestWorkspace.create().key())
                .contentType("text/plain").body("name=Acme")
                .post("/v1/brands")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void anOversizedBodyIsA413Problem() {
        TestWorkspace.create().request()
                .body("{\"name\": \"" + "a".repeat(1_100_000) + "\", \"kind\": \"own\"}")
                .post("/v1/brands")
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void anUnsupportedMethodIsA405Problem() {
        TestWorkspace.create().request()
                .delete("/v1/brands")
                .then().statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownPathIsA404Problem() {
        TestWorkspace.create().request()
                .get("/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
