package dev.answerlens.scheduler;

import com.rabbitmq.client.GetResponse;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.codec.UndecodableMessage;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.model.message.RawAnswer;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Tells a test's own messages from others on the shared queues of one test run (tests of the run plan
 * jobs onto the same platform queues), for {@code QueueReader.takeMatching}.
 */
public final class QueuedMessages {
    private QueuedMessages() {
    }

    /** A prompt job of this prompt. */
    public static Predicate<GetResponse> jobOf(UUID prompt) {
        return response -> {
            try {
                return MessageCodec.decode(response.getBody(), PromptJob.class, PromptJob.SCHEMA_VERSION).promptId().equals(prompt);
            } catch (UndecodableMessage e) {
                return false;
            }
        };
    }

    /** A raw answer of this workspace. */
    public static Predicate<GetResponse> answerOf(UUID workspace) {
        return response -> {
            try {
                return MessageCodec.decode(response.getBody(), RawAnswer.class, RawAnswer.SCHEMA_VERSION).workspaceId().equals(workspace);
            } catch (UndecodableMessage e) {
                return false;
            }
        };
    }
}
