package dev.answerlens.model.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.answerlens.model.message.BusMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/**
 * The one way messages become bytes and back (JSON on the wire). Decoding checks size, syntax,
 * schema version and required fields, and reports any problem as an {@link UndecodableMessage}.
 */
public final class MessageCodec {
    /** Larger bodies are refused: an answer is a few KiB, a megabyte is an attack or a bug. */
    public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * The same mapper for the fast path, stricter about integers: a JSON string or fraction is not taken as an int, so
     * a schemaVersion it reads was written as an integer, as the checks of the careful path demand.
     */
    private static final ObjectMapper STRICT_INTS = MAPPER.copy()
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32)
                .maxStringLength(MAX_BODY_BYTES)
                .build());
        STRICT_INTS.getFactory().setStreamReadConstraints(MAPPER.getFactory().streamReadConstraints());
        STRICT_INTS.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    private MessageCodec() {
    }

    public static byte[] encode(BusMessage message) {
        try {
            return MAPPER.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot encode " + message.getClass().getSimpleName(), e);
        }
    }

    public static <T extends BusMessage> T decode(byte[] body, Class<T> type, int supportedVersion)
            throws UndecodableMessage {
        if (body == null || body.length == 0) {
            throw new UndecodableMessage("empty body");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new UndecodableMessage("body of " + body.length + " bytes exceeds the limit of " + MAX_BODY_BYTES);
        }
        // Fast path: one pass from bytes to the record. Anything it refuses, or a version it does not expect, goes the
        // careful way below (a tree first, then the record), which names what is wrong.
        try {
            T message = STRICT_INTS.readValue(body, type);
            if (message != null && message.schemaVersion() == supportedVersion) {
                return message;
            }
        } catch (IOException | RuntimeException e) {
            // decoded again below, for the reason
        }
        JsonNode tree = readTree(body);
        if (!tree.isObject()) {
            throw new UndecodableMessage("body is JSON but not an object");
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.isInt()) {
            throw new UndecodableMessage("schemaVersion is missing or not an integer");
        }
        if (version.intValue() != supportedVersion) {
            throw new UndecodableMessage("unknown schemaVersion " + version.intValue() + " for "
                    + type.getSimpleName() + " (this service reads " + supportedVersion + ")");
        }
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new UndecodableMessage("invalid " + type.getSimpleName() + ": " + cause.getMessage(), e);
        } catch (MismatchedInputException e) {
            throw new UndecodableMessage("invalid " + type.getSimpleName() + ": field '" + path(e)
                    + "' is missing or of the wrong type", e);
        } catch (JsonProcessingException e) {
            throw new UndecodableMessage("invalid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static JsonNode readTree(byte[] body) throws UndecodableMessage {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            String detail = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
            throw new UndecodableMessage("malformed JSON: " + detail, e);
        }
    }
}
