package dev.answerlens.api.auth;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;

import dev.answerlens.api.TestWorkspace;
import dev.answerlens.model.testing.IsolatedServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Whatever happens to a request — success, refusal, bad input, an unknown key — no key text reaches a log line. */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class KeysStayOutOfLogsTest {

    /** Keeps every log record of the application while the test runs. */
    static final class Capture extends Handler {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (record.getParameters() != null && message != null) {
                try {
                    message = String.format(message, record.getParameters());
                } catch (RuntimeException e) {
                    message = message + " " + List.of(record.getParameters());
                }
            }
            lines.add(message + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void noKeyAppearsInAnyLogRecord() {
        Capture capture = new Capture();
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            TestWorkspace workspace = TestWorkspace.create();
            String read = workspace.key("read");
            String unknown = ApiKeySecrets.newKey();
            workspace.request().get("/v1/brands");
            workspace.request().body("{\"name\": ").post("/v1/brands");
            workspace.request().get("/v1/prompts?after=%%%");
            TestWorkspace.with(read).body(Map.of("name", "Acme", "kind", "own")).post("/v1/brands");
            TestWorkspace.with(unknown).get("/v1/brands");
            TestWorkspace.with(workspace.key() + "x").get("/v1/brands");

            for (String key : List.of(workspace.key(), read, unknown)) {
                String secretPart = key.substring(11); // the part after the displayable prefix
                assertThat(capture.lines.stream().filter(line -> line.contains(secretPart)).toList(), empty());
            }
            org.jboss.logging.Logger.getLogger(KeysStayOutOfLogsTest.class).info("capture check");
            assertThat("the capture is attached to the application's logging",
                    capture.lines.stream().filter(line -> line.contains("capture check")).toList(), not(empty()));
        } finally {
            root.removeHandler(capture);
        }
    }
}
