package dev.answerlens.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Forgets the stored key (the URL stays), so nothing on this machine can use it any more. */
@Command(name = "logout", description = "Remove the stored key from the config file.")
final class LogoutCommand implements Callable<Integer> {
    private final CliContext context;

    LogoutCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        boolean removed = context.config().forgetKey();
        context.out().println(removed ? "Key removed from " + context.config().file() : "No key was stored.");
        return 0;
    }
}
