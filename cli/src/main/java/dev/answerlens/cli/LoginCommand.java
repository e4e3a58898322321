package dev.answerlens.cli;

import dev.answerlens.cli.api.ApiClient;
import dev.answerlens.cli.api.ApiFailure;
import dev.answerlens.cli.config.ConfigStore;
import dev.answerlens.cli.config.Settings;
import java.io.Console;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Signs in: checks the key against the API, then stores it with the URL in the user's config file (0600). The key is
 * read from the terminal without echo, or from standard input — never from the command line, where ps would show it.
 */
@Command(name = "login", description = "Check an API key and store it (and the API's URL) in the config file.")
final class LoginCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--url", description = "The API's base URL (default: the stored one, else ${DEFAULT-VALUE}).",
            defaultValue = Settings.DEFAULT_URL)
    String url;

    LoginCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        String key = readKey();
        if (key == null || key.isBlank()) {
            throw new ApiFailure(0, "no key given: paste it at the prompt or pipe it in (echo \"$KEY\" | answerlens login)");
        }
        Settings settings = new Settings(url, key.strip());
        new ApiClient(settings).get("/v1/brands?limit=1");
        context.config().save(settings);
        context.out().println("Signed in to " + settings.url() + "; key stored in " + context.config().file()
                + " (readable by you only).");
        if (context.environment().get(ConfigStore.KEY_VARIABLE) != null) {
            context.out().println("Note: " + ConfigStore.KEY_VARIABLE + " is set and wins over the stored key.");
        }
        return 0;
    }

    private String readKey() throws IOException {
        Console console = System.console();
        if (context.errIsTerminal() && console != null) {
            char[] typed = console.readPassword("API key: ");
            return typed == null ? null : new String(typed);
        }
        return context.in().readLine();
    }
}
