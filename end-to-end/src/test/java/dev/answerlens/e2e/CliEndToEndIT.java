package dev.answerlens.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.model.testing.RunningPipeline;
import dev.answerlens.model.testing.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher bin/answerlens, as a user runs it, against the four services as processes on the real servers with
 * the simulated engine: sign in, brands and prompts, a run waited for to the end, the report in its three formats,
 * answers searched and shown, and the API's refusals as one line and exit code 1.
 */
class CliEndToEndIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningPipeline pipeline;

    @TempDir
    Path home;

    @BeforeAll
    static void startPipeline() throws Exception {
        pipeline = new RunningPipeline(Map.of()).start();
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    @Test
    void signsInAddsBrandsAndAPromptRunsItToTheEndAndReportsTheFigures() throws Exception {
        String key = createWorkspace();

        Result login = answerlens(key + "\n", Map.of(), "login", "--url", pipeline.apiUrl());
        assertEquals(0, login.code(), login.toString());
        Path config = home.resolve("answerlens/config");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(config)));
        assertTrue(Files.readString(config).contains(key));

        ok("brands", "add", "Northwind CRM", "--kind", "own", "--alias", "Northwind", "--domain", "northwindcrm.com");
        ok("brands", "add", "Globex", "--domain", "globex.io");
        ok("brands", "add", "Initech");
        assertTrue(ok("brands", "list").out().contains("Northwind CRM"));
        Path brandsCsv = home.resolve("brands.csv");
        ok("brands", "export", "-o", brandsCsv.toString());
        assertTrue(Files.readString(brandsCsv).contains("Globex"));

        String added = ok("prompts", "add", "What is the best CRM for a small marketing agency?", "--platform",
                "chatgpt,perplexity", "--samples", "3", "--tag", "crm").out();
        String prompt = added.substring(0, 36);
        Path promptsCsv = home.resolve("prompts.csv");
        ok("prompts", "export", "-o", promptsCsv.toString());
        assertTrue(ok("prompts", "import", promptsCsv.toString()).out().contains("0 created, 1 updated"));
        assertTrue(ok("prompts", "list", "--tag", "crm").out().contains(prompt));

        Result run = answerlens("", Map.of(), "run", prompt, "--timeout", "120");
        assertEquals(0, run.code(), run.toString());
        assertEquals("Run complete: 6 answers in.\n", run.out());
        assertTrue(run.err().contains("[run] 6/6 answers in"), run.err());

        Result report = ok("report");
        assertTrue(report.out().contains("coverage"), report.out());
        String own = report.out().lines().filter(l -> l.startsWith("Northwind CRM")).findFirst().orElseThrow();
        assertTrue(own.matches("Northwind CRM\\s+own\\s+\\d+\\s+\\d+\\.\\d% \\[\\d+\\.\\d–\\d+\\.\\d]\\*.*"), own);
        List<String> csv = ok("report", "--format", "csv").out().lines().toList();
        assertTrue(csv.get(0).startsWith("brand_id,brand,kind,n,mention_rate,mention_rate_low,mention_rate_high"), csv.get(0));
        JsonNode summary = api(key, "/v1/analytics/summary");
        JsonNode northwind = null;
        for (JsonNode brand : summary.get("brands")) {
            northwind = brand.get("name").asText().equals("Northwind CRM") ? brand : northwind;
        }
        String row = csv.stream().filter(l -> l.contains(",Northwind CRM,")).findFirst().orElseThrow();
        assertTrue(row.startsWith(northwind.get("brandId").asText() + ",Northwind CRM,own," + northwind.get("n").asText() + ","),
                "the CSV carries the API's figures: " + row + " vs " + northwind);
        assertTrue(ok("report", "--format", "markdown").out().contains("| brand | kind | n |"));

        List<String> answers = ok("answers", "search", "--limit", "50", "--format", "csv").out().lines().skip(1).toList();
        assertTrue(answers.size() >= 6, "the run's answers (and the scheduled run's of the new prompt): " + answers);
        String mentioning = answers.stream().filter(l -> !l.endsWith(",")).findFirst().orElseThrow();
        String mentions = mentioning.endsWith("\"") ? mentioning.substring(mentioning.lastIndexOf(",\"") + 2, mentioning.length() - 1)
                : mentioning.substring(mentioning.lastIndexOf(',') + 1);
        String brand = mentions.replaceAll(" \\(\\d+\\).*$", "");
        Result shown = ok("answers", "show", mentioning.substring(0, 36));
        assertTrue(shown.out().contains("Mentions:") && shown.out().contains(". " + brand + " ×"), shown.out());
        assertTrue(shown.out().matches("(?s).*\\[[^\\]?\\n]+\\].*"), "a counted brand is marked: " + shown.out());
        String notMentioning = ok("answers", "search", "--brand", brand, "--mentioned", "false", "--format", "csv").out();
        assertFalse(notMentioning.contains(mentioning.substring(0, 36)), notMentioning);

        ok("logout");
        assertFalse(Files.readString(config).contains(key));
    }

    @Test
    void theApisRefusalsAreOneLineAndExitCodeOne() throws Exception {
        String key = createWorkspace();
        Map<String, String> withKey = Map.of("ANSWERLENS_API_KEY", key, "ANSWERLENS_URL", pipeline.apiUrl());

        Result invalid = answerlens("", withKey, "prompts", "add", "Which CRM?", "--platform", "myspace");
        assertFailedInOneLine(invalid, "400");
        assertTrue(invalid.err().contains("platforms"), invalid.err());

        assertFailedInOneLine(answerlens("", withKey, "run", "00000000-0000-0000-0000-000000000000"), "404");
        assertFailedInOneLine(answerlens("", Map.of("ANSWERLENS_API_KEY", "al_not_a_key", "ANSWERLENS_URL", pipeline.apiUrl()),
                "brands", "list"), "401");
        Result badLogin = answerlens("al_not_a_key\n", Map.of(), "login", "--url", pipeline.apiUrl());
        assertFailedInOneLine(badLogin, "401");
        assertFalse(Files.exists(home.resolve("answerlens/config")), "a refused key is not stored");
    }

    private static void assertFailedInOneLine(Result result, String status) {
        assertEquals(1, result.code(), result.toString());
        assertEquals(1, result.err().lines().count(), result.toString());
        assertTrue(result.err().startsWith("answerlens: ") && result.err().contains(status), result.toString());
        assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), result.toString());
    }

    private Result ok(String... args) throws Exception {
        Result result = answerlens("", Map.of(), args);
        assertEquals(0, result.code(), String.join(" ", args) + ": " + result);
        return result;
    }

    /** bin/answerlens in a clean environment: this test's config home, no key or URL unless given. */
    private Result answerlens(String stdin, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ServiceProcess.root().resolve("bin/answerlens").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.remove("ANSWERLENS_API_KEY");
        env.remove("ANSWERLENS_URL");
        env.put("XDG_CONFIG_HOME", home.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.putAll(environment);
        Path stdout = Files.createTempFile(home, "out", ".txt");
        Path stderr = Files.createTempFile(home, "err", ".txt");
        builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("answerlens " + String.join(" ", args) + " did not finish within 180 s");
        }
        return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    private static String createWorkspace() throws IOException, InterruptedException {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(pipeline.apiUrl() + "/v1/workspaces"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"cli e2e\", \"simulation\": true}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).at("/apiKey/key").asText();
    }

    private static JsonNode api(String key, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pipeline.apiUrl() + path))
                .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }
}
