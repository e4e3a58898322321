package dev.answerlens.api.mcp;

import dev.answerlens.api.auth.CallerWorkspace;
import dev.answerlens.api.auth.KeyScope;
import dev.answerlens.api.auth.RequiresScope;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.spec.McpSchema;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * The MCP Streamable HTTP endpoint, stateless: each POST carries one JSON-RPC request or notification and the API key
 * (checked by the {@code ApiKeyFilter} like every request; a read key is enough to connect, write tools check the
 * write scope), answered with one JSON response. There is no server-to-client stream, so GET and DELETE answer 405,
 * which the protocol allows.
 */
@Path("/mcp")
public class McpEndpoint {
    private final AnswerlensMcpServer server;
    private final CallerWorkspace caller;

    public McpEndpoint(AnswerlensMcpServer server, CallerWorkspace caller) {
        this.server = server;
        this.caller = caller;
    }

    @POST
    @RequiresScope(KeyScope.READ)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> message(String body) {
        McpSchema.JSONRPCMessage message;
        try {
            message = McpSchema.deserializeJsonRpcMessage(server.mapper(), body);
        } catch (IOException | IllegalArgumentException e) {
            return Uni.createFrom().item(error(McpSchema.ErrorCodes.PARSE_ERROR, "Invalid JSON-RPC message"));
        }
        McpTransportContext context = new McpCaller(caller.id(), caller.scope(), caller.simulation()).context();
        if (message instanceof McpSchema.JSONRPCRequest request) {
            return Uni.createFrom().<McpSchema.JSONRPCResponse>emitter(emitter -> server.transport().handler()
                            .handleRequest(context, request)
                            .contextWrite(c -> c.put(McpTransportContext.KEY, context))
                            .subscribe(emitter::complete, emitter::fail))
                    .map(response -> Response.ok(json(response), MediaType.APPLICATION_JSON).build());
        }
        if (message instanceof McpSchema.JSONRPCNotification notification) {
            return Uni.createFrom().<Void>emitter(emitter -> server.transport().handler()
                            .handleNotification(context, notification)
                            .contextWrite(c -> c.put(McpTransportContext.KEY, context))
                            .subscribe(ignored -> { }, emitter::fail, () -> emitter.complete(null)))
                    .map(ignored -> Response.accepted().build());
        }
        return Uni.createFrom().item(error(McpSchema.ErrorCodes.INVALID_REQUEST, "Send a request or a notification"));
    }

    @GET
    @RequiresScope(KeyScope.READ)
    public Response stream() {
        return Response.status(Response.Status.METHOD_NOT_ALLOWED).build();
    }

    @DELETE
    @RequiresScope(KeyScope.READ)
    public Response endSession() {
        return Response.status(Response.Status.METHOD_NOT_ALLOWED).build();
    }

    private String json(Object value) {
        try {
            return server.mapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON-RPC response is plain data", e);
        }
    }

    private Response error(int code, String message) {
        McpSchema.JSONRPCResponse response = new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, null, null,
                new McpSchema.JSONRPCResponse.JSONRPCError(code, message, null));
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON).entity(json(response)).build();
    }
}
