package dev.answerlens.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.answerlens.cli.AnswerlensCli;
import dev.answerlens.cli.CliContext;
import dev.answerlens.cli.api.ApiClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs prompts now (POST /v1/prompts/{id}/runs, or POST /v1/run-requests for a tag) and waits, with a progress bar,
 * until the scheduler has planned them and every job has an answer or has failed (GET /v1/run-requests/{id}).
 * Exit 0 when every answer came, 1 when the scheduler refused a run or a job failed, 3 on --timeout.
 */
@Command(name = "run", description = "Run prompts now and wait until their answers are in.")
public final class RunCommand implements Callable<Integer> {
    private static final Duration POLL = Duration.ofMillis(500);

    private final CliContext context;

    @ArgGroup(multiplicity = "1")
    Target target;

    static final class Target {
        @Parameters(paramLabel = "PROMPT", description = "Prompt ids (from 'answerlens prompts list')")
        List<String> prompts;

        @Option(names = "--tag", description = "Every active prompt with this tag")
        String tag;
    }

    @Option(names = "--timeout", defaultValue = "300", description = "Seconds to wait (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--no-wait", description = "Only ask for the run; print the run request ids")
    boolean noWait;

    RunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        ApiClient api = context.api();
        List<String> requests = request(api);
        if (noWait) {
            requests.forEach(context.out()::println);
            return 0;
        }
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(timeoutSeconds).toNanos();
        PrintWriter err = context.err();
        String shown = null;
        RunStatus status;
        while (true) {
            List<JsonNode> views = new ArrayList<>();
            for (String id : requests) {
                views.add(api.get("/v1/run-requests/" + id));
            }
            status = RunStatus.of(views);
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            String line = status.planned() ? ProgressBar.bar(status, seconds) : ProgressBar.waiting(seconds);
            String words = status.planned() ? ProgressBar.words(status) : "waiting for the scheduler";
            if (context.errIsTerminal()) {
                err.print("\r" + line + "\u001b[K");
                err.flush();
            } else if (!words.equals(shown)) {
                err.println("[run] " + words);
            }
            shown = words;
            if (status.finished() || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(POLL.toMillis());
        }
        if (context.errIsTerminal()) {
            err.println();
        }
        return outcome(status);
    }

    private List<String> request(ApiClient api) {
        List<String> ids = new ArrayList<>();
        if (target.tag != null) {
            JsonNode recorded = api.post("/v1/run-requests", Map.of("tag", target.tag));
            recorded.path("runRequestIds").forEach(id -> ids.add(id.asText()));
            if (ids.isEmpty()) {
                throw new dev.answerlens.cli.api.ApiFailure(0, "no active prompt has the tag '" + target.tag + "'");
            }
        } else {
            for (String prompt : target.prompts) {
                ids.add(api.post("/v1/prompts/" + prompt.strip() + "/runs", null).path("runRequestId").asText());
            }
        }
        return ids;
    }

    private int outcome(RunStatus status) {
        PrintWriter out = context.out();
        if (!status.finished()) {
            context.err().println("answerlens: timed out after " + timeoutSeconds + " s: "
                    + (status.planned() ? ProgressBar.words(status) : "the scheduler has not planned the run yet"));
            return AnswerlensCli.TIMED_OUT;
        }
        if (!status.refusals().isEmpty()) {
            context.err().println("answerlens: the scheduler did not run " + status.refusals().size() + " of the prompts: "
                    + String.join("; ", status.refusals()));
            return AnswerlensCli.FAILED;
        }
        if (status.failed() > 0) {
            context.err().println("answerlens: " + status.failed() + " of " + status.jobs()
                    + " jobs failed after their last attempt (see GET /v1/analytics/failures)");
            return AnswerlensCli.FAILED;
        }
        out.println("Run complete: " + status.collected() + " answers in.");
        return 0;
    }
}
