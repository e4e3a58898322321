package dev.answerlens.worker.engine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.answerlens.model.redis.RedisKeySpace;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.QueueReader;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.worker.job.TestJobs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.redis.client.RedisAPI;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Browser contexts go through their configured proxy, per-proxy limits count it, and answers name it by id only. */
@QuarkusTest
@TestProfile(ProxiedBrowserTest.ThroughAProxy.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class ProxiedBrowserTest {
    static StandInProxy proxy;

    public static class ThroughAProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedPages.class));
        }
    }

    public static class ProxiedPages implements QuarkusTestResourceLifecycleManager {
        private final BrowserStandIn pages = new BrowserStandIn();

        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>(pages.start());
            try {
                proxy = new StandInProxy();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            config.put("answerlens.worker.rate-limits.platforms.copilot.requests", "100");
            config.put("answerlens.worker.rate-limits.platforms.copilot.per-account", "true");
            config.put("answerlens.worker.browser.proxies", "standin-proxy=" + proxy.address().replace("http://", "http://user:secret@"));
            return config;
        }

        @Override
        public void stop() {
            pages.stop();
            if (proxy != null) {
                proxy.close();
            }
        }
    }

    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;

    @Inject
    RedisKeySpace keys;

    @Inject
    RedisAPI redis;

    @Test
    void collectsThroughTheContextsProxyCountsAgainstItsLimitAndRecordsItsIdOnly() throws Exception {
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            PromptJob job = TestJobs.job("copilot", 1);
            TestJobs.publish(channel, job);

            GetResponse response = QueueReader.take(channel, Topology.RAW_ANSWERS_QUEUE, 1, Duration.ofSeconds(30)).get(0);
            RawAnswer answer = MessageCodec.decode(response.getBody(), RawAnswer.class, RawAnswer.SCHEMA_VERSION);
            assertEquals(job.jobId(), answer.jobId());
            assertEquals("standin-proxy", answer.collection().proxyId());
            assertTrue(proxy.carried().contains("/copilot/"), "the page came through the proxy: " + proxy.carried());
            assertTrue(proxy.carried().contains("/stream"), "the streamed answer came through the proxy: " + proxy.carried());
            assertEquals(1, redis.get(keys.platformRequests("copilot", "standin-proxy")).await().atMost(Duration.ofSeconds(5)).toInteger(),
                    "the request counted against the proxy's shared limit");
        }
    }
}
