package dev.answerlens.model.testing;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.message.StoredAnswers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** Reads "stored" events off a queue in a test until they have announced the expected number of answers. */
public final class StoredAnswerEvents {
    private StoredAnswerEvents() {
    }

    /** The answers announced by the events taken from the queue, at least {@code answers} of them, within {@code within}. */
    public static List<MentionsStored> take(Channel channel, String queue, int answers, Duration within) {
        return takeEvents(channel, queue, answers, within, answer -> true).stream().flatMap(List::stream).toList();
    }

    /**
     * Event by event: each element holds the answers of one event that announced any answer that {@code counts} (the
     * others, left on a shared queue by an earlier test, are taken and dropped), until {@code answers} of those.
     */
    public static List<List<MentionsStored>> takeEvents(Channel channel, String queue, int answers, Duration within,
                                                        Predicate<MentionsStored> counts) {
        List<List<MentionsStored>> events = new ArrayList<>();
        int[] announced = {0};
        Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(50)).until(() -> {
            GetResponse response;
            while (announced[0] < answers && (response = channel.basicGet(queue, true)) != null) {
                List<MentionsStored> event = StoredAnswers.decode(response.getEnvelope().getRoutingKey(), response.getBody())
                        .answers().stream().filter(counts).toList();
                if (!event.isEmpty()) {
                    events.add(event);
                    announced[0] += event.size();
                }
            }
            return announced[0] >= answers;
        });
        return events;
    }
}
