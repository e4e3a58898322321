package dev.answerlens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command made only of subcommands (brands, prompts, answers): run alone, it says which subcommands there are. */
public abstract class CommandGroup implements Runnable {
    protected final CliContext context;

    @Spec
    protected CommandSpec spec;

    protected CommandGroup(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a subcommand: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
