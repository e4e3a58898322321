package dev.answerlens.api.mcp;

import dev.answerlens.api.auth.KeyScope;
import io.modelcontextprotocol.common.McpTransportContext;
import java.util.Map;
import java.util.UUID;

/**
 * Who calls a tool: the workspace, scope and simulation flag of the API key the MCP request carried, checked by the
 * {@code ApiKeyFilter} like any request and handed to the tools through the transport context (the tools run outside
 * the HTTP request's scope, so they never read the request-scoped caller).
 */
record McpCaller(UUID workspaceId, KeyScope scope, boolean simulation) {
    private static final String KEY = "answerlens.caller";

    McpTransportContext context() {
        return McpTransportContext.create(Map.of(KEY, this));
    }

    static McpCaller of(McpTransportContext context) {
        Object caller = context.get(KEY);
        if (caller instanceof McpCaller known) {
            return known;
        }
        throw new IllegalStateException("an MCP request reached a tool without its caller");
    }

    boolean mayWrite() {
        return scope.covers(KeyScope.WRITE);
    }
}
