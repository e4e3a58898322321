package dev.answerlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.cli.config.ConfigStore;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line itself: usage errors, and failures as one line with a non-zero exit, never a stack trace. */
class AnswerlensCliTest {
    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> environment, String... args) {
        CliContext context = new CliContext(environment, ConfigStore.of(Map.of("XDG_CONFIG_HOME", home.toString())),
                new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")), false, false);
        return AnswerlensCli.execute(context, args);
    }

    @Test
    void withoutAKeyACommandSaysHowToSignIn() {
        int code = run(Map.of(), "brands", "list");

        assertEquals(AnswerlensCli.FAILED, code);
        assertEquals("answerlens: not signed in: run 'answerlens login' or set ANSWERLENS_API_KEY\n", err.toString());
    }

    @Test
    void anUnreachableApiIsOneLineAndExitCodeOne() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CliContext context = new CliContext(Map.of(), new ConfigStore(home.resolve("config"),
                Map.of("ANSWERLENS_API_KEY", "al_x", "ANSWERLENS_URL", "http://127.0.0.1:" + port)),
                new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")), false, false);

        int code = AnswerlensCli.execute(context, "report");

        assertEquals(AnswerlensCli.FAILED, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("answerlens: cannot reach the Answerlens API at http://127.0.0.1:" + port), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void aMissingSubcommandOrOptionIsAUsageError() {
        assertEquals(2, run(Map.of(), "brands"));
        assertEquals(2, run(Map.of(), "run"));
        assertEquals(2, run(Map.of(), "report", "--format", "pdf"));
    }
}
