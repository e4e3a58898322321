package dev.answerlens.api.mcp;

import dev.answerlens.api.brand.BrandKind;
import dev.answerlens.api.brand.BrandService;
import dev.answerlens.api.brand.CreateBrandRequest;
import dev.answerlens.api.brand.UpdateBrandRequest;
import dev.answerlens.api.budget.BudgetService;
import dev.answerlens.api.paging.Keyset;
import dev.answerlens.api.problem.ProblemException;
import dev.answerlens.api.prompt.CreatePromptRequest;
import dev.answerlens.api.prompt.Prompt;
import dev.answerlens.api.prompt.PromptService;
import dev.answerlens.api.prompt.UpdatePromptRequest;
import dev.answerlens.api.run.RunRequestService;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.AsyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import io.smallrye.mutiny.Uni;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import reactor.core.publisher.Mono;

/**
 * The tools over what a workspace tracks: its brands and prompts (read with a read key; created, changed, and prompts
 * run now, only with a write key, as in the HTTP API), and its budget with what the scheduler holds back. They call the
 * services the HTTP resources call, with the same validation, so a tool refuses exactly what the API refuses.
 */
final class CatalogueTools {
    private static final int MAX_PROMPTS = 500;

    private final BrandService brands;
    private final PromptService prompts;
    private final RunRequestService runRequests;
    private final BudgetService budget;
    private final Validator validator;
    private final ToolResults results;
    private final McpJsonMapper mapper;

    CatalogueTools(BrandService brands, PromptService prompts, RunRequestService runRequests, BudgetService budget,
                   Validator validator, ToolResults results, McpJsonMapper mapper) {
        this.brands = brands;
        this.prompts = prompts;
        this.runRequests = runRequests;
        this.budget = budget;
        this.validator = validator;
        this.results = results;
        this.mapper = mapper;
    }

    List<AsyncToolSpecification> tools() {
        return List.of(
                read("list_brands", "The workspace's tracked brands (own and competitors) with their aliases, domains "
                        + "and matching setting. Same as GET /v1/brands.", "{}",
                        (caller, args) -> results.of(() -> brands.all(caller.workspaceId()))),
                write("create_brand", "Tracks a brand: name, kind (own or competitor), aliases, domains (host names) and "
                        + "matching (auto, case-sensitive, requires-context). Same as POST /v1/brands; needs a write key.",
                        """
                        {"name": {"type": "string"}, "kind": {"type": "string", "enum": ["own", "competitor"]},
                         "aliases": {"type": "array", "items": {"type": "string"}},
                         "domains": {"type": "array", "items": {"type": "string"}},
                         "matching": {"type": "string", "enum": ["auto", "case-sensitive", "requires-context"]}}""",
                        List.of("name", "kind"),
                        (caller, args) -> results.of(() -> brands.create(caller.workspaceId(), valid(new CreateBrandRequest(
                                args.text("name"), args.list("aliases"), args.list("domains"), kind(args.text("kind")),
                                matching(args.text("matching"))))))),
                read("list_prompts", "The workspace's prompts with tags, country, language, platforms, schedule and "
                        + "next run (newest first, at most 500). Same as GET /v1/prompts.",
                        "{\"tag\": {\"type\": \"string\", \"description\": \"Only prompts carrying this tag\"}}",
                        (caller, args) -> results.of(() -> prompts.page(caller.workspaceId(),
                                new PromptService.Filter(args.text("tag"), null, null, null), newestFirst(), MAX_PROMPTS)
                                .map(Keyset.Page::rows))),
                write("create_prompt", "Adds a prompt: the question, the platforms to ask, tags, language, country, "
                        + "cadence in minutes or a cron, samples per run, adaptive sampling, priority. Same as "
                        + "POST /v1/prompts; needs a write key.",
                        """
                        {"text": {"type": "string"}, "platforms": {"type": "array", "items": {"type": "string"}},
                         "tags": {"type": "array", "items": {"type": "string"}}, "language": {"type": "string"},
                         "country": {"type": "string"}, "cadenceMinutes": {"type": "integer"}, "cron": {"type": "string"},
                         "adaptive": {"type": "boolean"}, "samplesPerRun": {"type": "integer"},
                         "priority": {"type": "integer"}}""",
                        List.of("text", "platforms"),
                        (caller, args) -> results.of(() -> prompts.create(caller.workspaceId(), valid(new CreatePromptRequest(
                                args.text("text"), args.list("tags"), args.text("language"), args.text("country"),
                                args.list("platforms"), args.integer("cadenceMinutes"), args.text("cron"),
                                args.bool("adaptive"), args.integer("samplesPerRun"), args.integer("priority"), null))))),
                write("update_prompt", "Changes a prompt: only the fields given change (a list given replaces the "
                        + "list; cron \"\" removes the cron, back to cadenceMinutes; active false pauses it). Same as "
                        + "PATCH /v1/prompts/{id}; needs a write key.",
                        """
                        {"prompt": {"type": "string", "description": "A prompt id"}, "text": {"type": "string"},
                         "platforms": {"type": "array", "items": {"type": "string"}},
                         "tags": {"type": "array", "items": {"type": "string"}}, "language": {"type": "string"},
                         "country": {"type": "string"}, "cadenceMinutes": {"type": "integer"}, "cron": {"type": "string"},
                         "adaptive": {"type": "boolean"}, "samplesPerRun": {"type": "integer"},
                         "priority": {"type": "integer"}, "active": {"type": "boolean"}}""",
                        List.of("prompt"),
                        (caller, args) -> results.of(() -> prompts.update(caller.workspaceId(), args.requiredId("prompt"),
                                valid(new UpdatePromptRequest(args.text("text"), args.has("tags") ? args.list("tags") : null,
                                        args.text("language"), args.text("country"),
                                        args.has("platforms") ? args.list("platforms") : null, args.integer("cadenceMinutes"),
                                        args.text("cron"), args.bool("adaptive"), args.integer("samplesPerRun"),
                                        args.integer("priority"), args.bool("active")))))),
                write("update_brand", "Changes a brand's aliases, domains or matching setting (a list given replaces "
                        + "the list). Same as PATCH /v1/brands/{id}; needs a write key.",
                        """
                        {"brand": {"type": "string", "description": "A brand id"},
                         "aliases": {"type": "array", "items": {"type": "string"}},
                         "domains": {"type": "array", "items": {"type": "string"}},
                         "matching": {"type": "string", "enum": ["auto", "case-sensitive", "requires-context"]}}""",
                        List.of("brand"),
                        (caller, args) -> results.of(() -> brands.update(caller.workspaceId(), args.requiredId("brand"),
                                valid(new UpdateBrandRequest(args.has("aliases") ? args.list("aliases") : null,
                                        args.has("domains") ? args.list("domains") : null, matching(args.text("matching"))))))),
                read("run_status", "What became of a run request (from run_prompt_now): whether the scheduler has "
                        + "planned it, its outcome, and its jobs collected, failed and pending (progress.done once every "
                        + "answer that will come is in). Same as GET /v1/run-requests/{id}.",
                        "{\"run\": {\"type\": \"string\", \"description\": \"A run request id\"}}",
                        (caller, args) -> results.of(() -> runRequests.view(caller.workspaceId(), args.requiredId("run")))),
                write("run_prompt_now", "Asks for a prompt to be run now on its platforms (the scheduler plans it within "
                        + "seconds, budget permitting). Same as POST /v1/prompts/{id}/runs; needs a write key.",
                        "{\"prompt\": {\"type\": \"string\", \"description\": \"A prompt id\"}}", List.of("prompt"),
                        (caller, args) -> results.of(() -> runRequests.requestRun(caller.workspaceId(), args.requiredId("prompt")))),
                read("budget_and_holds", "The workspace's daily job and cost limits, today's spend, and what the "
                        + "scheduler holds back now (budget reached, a platform's queue full). Same as GET /v1/budget and "
                        + "GET /v1/scheduling/holds.", "{}",
                        (caller, args) -> results.of(() -> Uni.combine().all()
                                .unis(budget.read(caller.workspaceId()), budget.holds(caller.workspaceId()))
                                .with((limits, holds) -> java.util.Map.of("budget", limits, "holds", holds)))));
    }

    private static Keyset<Prompt> newestFirst() {
        return Keyset.parse("-createdAt", null, "createdAt", PromptService.SORTS, p -> p.id);
    }

    private static BrandKind kind(String value) {
        if (value == null) {
            return null;
        }
        return java.util.Arrays.stream(BrandKind.values()).filter(k -> k.id().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.invalidParameter("kind", "must be own or competitor"));
    }

    private static dev.answerlens.model.brand.BrandMatching matching(String value) {
        if (value == null) {
            return null;
        }
        try {
            return dev.answerlens.model.brand.BrandMatching.fromId(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("matching", "must be auto, case-sensitive or requires-context");
        }
    }

    /** The request's Bean Validation, as the HTTP resource's {@code @Valid} runs it; a violation is a 400 problem. */
    private <T> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> first = violations.iterator().next();
            throw ProblemException.invalidParameter(first.getPropertyPath().toString(), first.getMessage());
        }
        return request;
    }

    private AsyncToolSpecification read(String name, String description, String properties,
                                        BiFunction<McpCaller, ToolArguments, Mono<McpSchema.CallToolResult>> call) {
        return spec(name, description, properties, List.of(), call);
    }

    /** A tool that changes the workspace: refused, as a tool error, to a key without the write scope. */
    private AsyncToolSpecification write(String name, String description, String properties, List<String> required,
                                         BiFunction<McpCaller, ToolArguments, Mono<McpSchema.CallToolResult>> call) {
        return spec(name, description, properties, required, (caller, args) -> caller.mayWrite() ? call.apply(caller, args)
                : Mono.just(ToolResults.refused("Forbidden: this key has the " + caller.scope().id()
                        + " scope; " + name + " needs a key with the write scope")));
    }

    private AsyncToolSpecification spec(String name, String description, String properties, List<String> required,
                                        BiFunction<McpCaller, ToolArguments, Mono<McpSchema.CallToolResult>> call) {
        String schema = "{\"type\": \"object\", \"properties\": " + properties
                + (required.isEmpty() ? "" : ", \"required\": [\"" + String.join("\", \"", required) + "\"]") + "}";
        McpSchema.Tool tool = McpSchema.Tool.builder().name(name).description(description).inputSchema(mapper, schema).build();
        return new AsyncToolSpecification(tool, (context, request) ->
                call.apply(McpCaller.of(context), ToolArguments.of(request.arguments())));
    }
}
