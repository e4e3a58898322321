package dev.answerlens.worker.job;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.model.topology.Topology;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

/** Builds and publishes prompt jobs the way the scheduler does, for worker tests. */
final class TestJobs {
    private TestJobs() {
    }

    static PromptJob job(String platform, int sample) {
        return new PromptJob(PromptJob.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "What is the best CRM for a small agency?", platform, sample, "en", "US", 5, Instant.now());
    }

    static void publish(Channel channel, PromptJob job) throws IOException {
        publish(channel, job.platform(), MessageCodec.encode(job));
    }

    static void publish(Channel channel, String platform, byte[] body) throws IOException {
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                .contentType("application/json").deliveryMode(2).priority(5).build();
        channel.basicPublish(Topology.JOBS_EXCHANGE, platform, props, body);
    }
}
