package dev.answerlens.api.mcp;

import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import reactor.core.publisher.Mono;

/**
 * The MCP SDK's stateless server transport, fed by {@link McpEndpoint}: the SDK ships servlet and Spring transports,
 * and the API service serves HTTP with Quarkus REST, so the endpoint hands each JSON-RPC message to the handler the
 * server registers here.
 */
final class JaxRsStatelessTransport implements McpStatelessServerTransport {
    private volatile McpStatelessServerHandler handler;

    @Override
    public void setMcpHandler(McpStatelessServerHandler mcpHandler) {
        this.handler = mcpHandler;
    }

    McpStatelessServerHandler handler() {
        McpStatelessServerHandler current = handler;
        if (current == null) {
            throw new IllegalStateException("the MCP server has not registered its handler yet");
        }
        return current;
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.empty();
    }
}
