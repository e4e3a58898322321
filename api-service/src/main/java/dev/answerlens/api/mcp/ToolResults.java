package dev.answerlens.api.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.api.problem.ProblemException;
import io.modelcontextprotocol.spec.McpSchema;
import io.smallrye.mutiny.Uni;
import reactor.core.publisher.Mono;

/**
 * How a tool answers: the same JSON the HTTP API returns for the same question, as the tool's text content and as its
 * structured content; a refusal (a bad argument, a missing scope, another workspace's id) as a tool error carrying the
 * API's problem text, never an exception the agent cannot read.
 */
final class ToolResults {
    private final ObjectMapper json;

    ToolResults(ObjectMapper json) {
        this.json = json;
    }

    /** Runs the call (a Mutiny pipeline of the API's services) and turns its outcome into a tool result. */
    Mono<McpSchema.CallToolResult> of(java.util.function.Supplier<Uni<?>> call) {
        Uni<?> uni;
        try {
            uni = call.get();
        } catch (RuntimeException e) {
            return Mono.just(error(e));
        }
        return Mono.fromFuture(() -> uni.subscribeAsCompletionStage().toCompletableFuture())
                .map(this::result)
                .onErrorResume(e -> Mono.just(error(e instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                        ? c.getCause() : e)));
    }

    private McpSchema.CallToolResult result(Object value) {
        try {
            return McpSchema.CallToolResult.builder().addTextContent(json.writeValueAsString(value)).isError(false).build();
        } catch (JsonProcessingException e) {
            return error(e);
        }
    }

    /** A problem as the HTTP API would write it (RFC 9457 JSON); anything else by its kind, without internals. */
    McpSchema.CallToolResult error(Throwable failure) {
        String text;
        try {
            text = failure instanceof ProblemException problem ? json.writeValueAsString(problem.toProblem("/mcp"))
                    : refusal(failure);
        } catch (JsonProcessingException e) {
            text = failure.getMessage();
        }
        return McpSchema.CallToolResult.builder().addTextContent(text).isError(true).build();
    }

    static McpSchema.CallToolResult refused(String why) {
        return McpSchema.CallToolResult.builder().addTextContent(why).isError(true).build();
    }

    private static String refusal(Throwable failure) {
        if (failure instanceof jakarta.ws.rs.NotFoundException) {
            return "Not found in this workspace";
        }
        if (failure instanceof jakarta.ws.rs.WebApplicationException web) {
            return web.getResponse().getStatusInfo().getReasonPhrase();
        }
        return "The tool failed: " + failure.getClass().getSimpleName();
    }
}
