package dev.answerlens.api.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

/**
 * Refuses JSON strings carrying control characters other than tab, line feed and carriage return:
 * PostgreSQL cannot store NUL at all, and the rest only ever arrive by mistake or in an attack.
 * The refusal is a mapping error, so the problem response names the field like any other type error.
 */
final class SafeTextDeserializer extends StringDeserializer {

    /** A string that decoded but may not be accepted as text. */
    static final class UnsafeText extends MismatchedInputException {
        UnsafeText(JsonParser parser) {
            super(parser, "must not contain control characters", String.class);
        }
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && hasControlCharacter(value)) {
            throw new UnsafeText(parser);
        }
        return value;
    }

    static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
