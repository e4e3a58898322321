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
public final class TestJobs {
    private TestJobs() {
    }

    public static PromptJob job(String platform, int sample) {
        return job(platform, sample, "What is the best CRM for a small agency?");
    }

    public static PromptJob job(String platform, int sample, String promptText) {
        return job(platform, sample, promptText, "en", "US");
    }

    public static PromptJob job(String platform, int sample, String promptText, String language, String country) {
        return new PromptJob(PromptJob.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), promptText, platform, sample, language, country, 5, Instant.now());
    }

    public static void publish(Channel channel, PromptJob job) throws IOException {
        publish(channel, job.platform(), MessageCodec.encode(job));
    }

    public static void publish(Channel channel, String platform, byte[] body) throws IOException {
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                .contentType("application/json").deliveryMode(2).priority(5).build();
        channel.basicPublish(Topology.JOBS_EXCHANGE, platform, props, body);
    }
}
