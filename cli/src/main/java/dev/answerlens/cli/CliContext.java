package dev.answerlens.cli;

import dev.answerlens.cli.api.ApiClient;
import dev.answerlens.cli.api.ApiFailure;
import dev.answerlens.cli.config.ConfigStore;
import dev.answerlens.cli.config.Settings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What every command runs in: the environment, the config store, the output streams and whether they are terminals
 * (the launcher tells: a progress bar and colours only for a person, plain lines for scripts and CI).
 */
public record CliContext(Map<String, String> environment, ConfigStore config, PrintWriter out, PrintWriter err,
                         BufferedReader in, boolean outIsTerminal, boolean errIsTerminal) {

    /** A client with the stored or environment key; refuses to start without one. */
    public ApiClient api() throws IOException {
        Settings settings = config.load();
        if (!settings.hasKey()) {
            throw new ApiFailure(0, "not signed in: run 'answerlens login' or set " + ConfigStore.KEY_VARIABLE);
        }
        return new ApiClient(settings);
    }
}
