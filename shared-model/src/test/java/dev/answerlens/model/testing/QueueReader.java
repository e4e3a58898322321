package dev.answerlens.model.testing;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** Reads what landed on a queue in a test, waiting (boundedly) for the expected number of messages. */
public final class QueueReader {
    private QueueReader() {
    }

    /** Takes exactly {@code count} messages from the queue, in queue order, within {@code within}. */
    public static List<GetResponse> take(Channel channel, String queue, int count, Duration within) {
        List<GetResponse> taken = new ArrayList<>();
        Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(50)).until(() -> {
            GetResponse response;
            while (taken.size() < count && (response = channel.basicGet(queue, true)) != null) {
                taken.add(response);
            }
            return taken.size() >= count;
        });
        return taken;
    }

    /**
     * Takes {@code count} messages that match, within {@code within}. Messages that do not match (left on a
     * shared queue by an earlier test of the same run) are taken and dropped.
     */
    public static List<GetResponse> takeMatching(Channel channel, String queue, int count, Duration within,
                                                 Predicate<GetResponse> matches) {
        List<GetResponse> taken = new ArrayList<>();
        Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(50)).until(() -> {
            GetResponse response;
            while (taken.size() < count && (response = channel.basicGet(queue, true)) != null) {
                if (matches.test(response)) {
                    taken.add(response);
                }
            }
            return taken.size() >= count;
        });
        return taken;
    }

    public static long depth(Channel channel, String queue) throws IOException {
        return channel.messageCount(queue);
    }
}
