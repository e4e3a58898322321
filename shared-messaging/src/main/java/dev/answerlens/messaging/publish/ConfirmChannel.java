package dev.answerlens.messaging.publish;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import java.util.Map;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A channel in confirm mode and the publishes it has not had confirmed yet, by sequence number. */
record ConfirmChannel(long id, Channel channel, ConcurrentNavigableMap<Long, PendingPublish> outstanding) {
    ConfirmChannel(long id, Channel channel) {
        this(id, channel, new ConcurrentSkipListMap<>());
    }

    void acked(long seq, boolean multiple) {
        Map<Long, PendingPublish> settled = settle(seq, multiple);
        settled.values().forEach(PendingPublish::confirmed);
        settled.clear();
    }

    void nacked(long seq, boolean multiple) {
        Map<Long, PendingPublish> settled = settle(seq, multiple);
        settled.values().forEach(p -> p.fail("the broker refused " + p.describe() + " (nack)"));
        settled.clear();
    }

    void returned(int replyCode, String replyText, String exchange, String routingKey, AMQP.BasicProperties properties,
                  byte[] body) {
        Object tag = properties.getHeaders() == null ? null : properties.getHeaders().get(ConfirmingPublisher.PUBLISH_TAG);
        String prefix = id + ":";
        if (tag != null && tag.toString().startsWith(prefix)) {
            PendingPublish publish = outstanding.get(Long.parseLong(tag.toString().substring(prefix.length())));
            if (publish != null) {
                publish.returned(replyCode + " " + replyText);
            }
        }
    }

    private Map<Long, PendingPublish> settle(long seq, boolean multiple) {
        return multiple ? outstanding.headMap(seq, true) : outstanding.subMap(seq, true, seq, true);
    }
}
