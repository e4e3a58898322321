package dev.answerlens.cli;

import dev.answerlens.cli.answer.AnswersCommand;
import dev.answerlens.cli.api.ApiFailure;
import dev.answerlens.cli.brand.BrandsCommand;
import dev.answerlens.cli.config.ConfigStore;
import dev.answerlens.cli.prompt.PromptsCommand;
import dev.answerlens.cli.report.ReportCommand;
import dev.answerlens.cli.run.RunCommand;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The answerlens command: sign in, manage brands and prompts, run a prompt now and wait for its answers, print the
 * visibility report, search answers. Failures are one line on stderr and a non-zero exit code, never a stack trace.
 */
@Command(name = "answerlens", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = AnswerlensCli.Version.class,
        description = "Command-line client of the Answerlens API.",
        subcommands = {LoginCommand.class, LogoutCommand.class, BrandsCommand.class, PromptsCommand.class, RunCommand.class,
                ReportCommand.class, AnswersCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Key: ANSWERLENS_API_KEY, else the config file 'answerlens login' writes (0600).",
                "URL: ANSWERLENS_URL, else that file, else " + dev.answerlens.cli.config.Settings.DEFAULT_URL + ".",
                "Exit codes: 0 done; 1 failed (the API refused, a run's jobs failed);", "2 usage; 3 timed out."})
public final class AnswerlensCli implements Runnable {
    public static final int FAILED = 1;
    public static final int TIMED_OUT = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        Map<String, String> environment = System.getenv();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CliContext context = new CliContext(environment, ConfigStore.of(environment), out, err,
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                terminal("answerlens.stdout.tty"), terminal("answerlens.stderr.tty"));
        System.exit(execute(context, args));
    }

    /** Runs one command line in {@code context} and returns its exit code. */
    public static int execute(CliContext context, String... args) {
        CommandLine commandLine = new CommandLine(new AnswerlensCli(), new Factory(context));
        commandLine.setOut(context.out()).setErr(context.err());
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            context.err().println("answerlens: " + message(error));
            context.err().flush();
            return FAILED;
        });
        int code = commandLine.execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }

    private static String message(Exception error) {
        if (error instanceof ApiFailure failure) {
            return failure.getMessage();
        }
        if (error instanceof UncheckedIOException io) {
            return io.getCause().toString();
        }
        if (error instanceof java.nio.file.NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        String text = error.getMessage();
        return text == null || text.isBlank() ? error.toString() : text.replaceAll("\\s*\\R\\s*", " ");
    }

    /** The launcher says whether a stream is a terminal (`[ -t 1 ]`); without it, ask for a console. */
    private static boolean terminal(String property) {
        String told = System.getProperty(property);
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    /** Builds commands that take the context in their constructor; picocli's default for the rest. */
    static final class Factory implements CommandLine.IFactory {
        private final CliContext context;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        Factory(CliContext context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == CliContext.class) {
                    constructor.setAccessible(true);
                    return type.cast(constructor.newInstance(context));
                }
            }
            return fallback.create(type);
        }
    }

    /** The version from the jar's manifest (the shaded jar carries the project version). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = AnswerlensCli.class.getPackage().getImplementationVersion();
            return new String[] {"answerlens " + (version == null ? "(development build)" : version)};
        }
    }
}
