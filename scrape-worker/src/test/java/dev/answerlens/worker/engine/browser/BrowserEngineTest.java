package dev.answerlens.worker.engine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.answerlens.model.Platform;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.CitedSource;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.QueueReader;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.MessageHeaders;
import dev.answerlens.model.topology.Topology;
import dev.answerlens.worker.job.TestJobs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every platform's browser adapter in real Chromium against the stand-in pages, jobs through the real queues. */
@QuarkusTest
@TestProfile(BrowserEngineTest.BrowserEngines.class)
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class BrowserEngineTest {
    public static class BrowserEngines implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(BrowserStandIn.class));
        }
    }

    private static final List<CitedSource> LISTED_SOURCES = List.of(
            new CitedSource("https://www.g2.com/categories/crm", "Best CRM Software", 1),
            new CitedSource("https://www.capterra.com/crm-software/", "CRM Software 2026", 2));
    private static final List<CitedSource> ANSWER_LINKS = List.of(new CitedSource("https://www.hubspot.com/", "hubspot.com", 1));

    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;

    @Inject
    BrowserEngine engine;

    private Connection connection;
    private Channel channel;

    @BeforeEach
    void connect() throws Exception {
        connection = TestVirtualHost.connect(vhost);
        channel = connection.createChannel();
    }

    @AfterEach
    void disconnect() throws Exception {
        connection.close();
    }

    @Test
    void readsEveryPlatformsAnswerAsMarkdownWithItsSourcesInThePromptsLocale() throws Exception {
        Map<String, PromptJob> jobs = new LinkedHashMap<>();
        for (Platform platform : Platform.values()) {
            PromptJob job = platform == Platform.GEMINI
                    ? TestJobs.job(platform.id(), 1, "Welches CRM passt zu einer kleinen Agentur?", "de", "DE")
                    : TestJobs.job(platform.id(), 1);
            jobs.put(platform.id(), job);
            TestJobs.publish(channel, job);
        }
        Map<String, RawAnswer> answers = new HashMap<>();
        for (GetResponse response : QueueReader.take(channel, Topology.RAW_ANSWERS_QUEUE, jobs.size(), Duration.ofSeconds(60))) {
            RawAnswer answer = MessageCodec.decode(response.getBody(), RawAnswer.class, RawAnswer.SCHEMA_VERSION);
            answers.put(answer.platform(), answer);
        }

        for (Map.Entry<String, PromptJob> entry : jobs.entrySet()) {
            String platform = entry.getKey();
            PromptJob job = entry.getValue();
            RawAnswer answer = answers.get(platform);
            boolean german = platform.equals("gemini");
            assertEquals(job.jobId(), answer.jobId(), platform);
            assertEquals(StandInPlatformPages.expectedMarkdown(job.promptText(), german ? "de-DE" : "en-US",
                    german ? "Europe/Berlin" : "America/New_York"), answer.text(), platform);
            boolean listsSources = List.of("perplexity", "google-ai-overviews", "google-ai-mode").contains(platform);
            assertEquals(listsSources ? LISTED_SOURCES : ANSWER_LINKS, answer.sources(), platform);
            assertEquals("browser", answer.collection().engine(), platform);
            assertEquals(platform.equals("claude"), answer.collection().loggedIn(), platform + ": only claude has a session file");
            assertNull(answer.collection().proxyId(), platform);
            assertEquals(job.country(), answer.collection().country(), platform);
            assertTrue(answer.collection().latencyMs() >= BrowserStandIn.STREAM_MILLIS, platform);
        }
        assertEquals("chatgpt-web", answers.get("chatgpt").collection().model());
        assertTrue(answers.get("perplexity").collection().webSearch());
    }

    @Test
    void classifiesEachPageFailureRetriesWhatMayPassAndParksItWithItsReasonNeverAsAnAnswer() throws Exception {
        record Case(Platform platform, String marker, String failureClass, int attempts) {
        }
        List<Case> cases = List.of(
                new Case(Platform.PERPLEXITY, "captcha", "captcha", 4),
                new Case(Platform.CLAUDE, "login", "login-wall", 1),
                new Case(Platform.GEMINI, "changed", "page-changed", 1),
                new Case(Platform.COPILOT, "hang", "timeout", 4),
                new Case(Platform.GOOGLE_AI_MODE, "empty", "empty-answer", 4),
                new Case(Platform.CHATGPT, "truncated", "truncated", 4),
                new Case(Platform.GOOGLE_AI_OVERVIEWS, "429", "rate-limited", 4));
        for (Case c : cases) {
            TestJobs.publish(channel, TestJobs.job(c.platform().id(), 1, "Best CRM for agencies? [stand-in:" + c.marker() + "]"));
        }
        for (Case c : cases) {
            Map<String, Object> headers = parkedHeaders(c.platform());
            assertEquals(c.failureClass(), String.valueOf(headers.get(MessageHeaders.FAILURE_CLASS)), c.marker());
            assertEquals(c.attempts(), ((Number) headers.get(MessageHeaders.ATTEMPT)).intValue(), c.marker());
            assertFalse(String.valueOf(headers.get(MessageHeaders.REASON)).isBlank(), c.marker());
        }
        assertEquals(0, QueueReader.depth(channel, Topology.RAW_ANSWERS_QUEUE), "a failure is never published as an answer");
        assertTrue(keptPages("captcha").stream().anyMatch(p -> p.toString().endsWith(".png")), "screenshot of the CAPTCHA kept");
        assertTrue(keptPages("page-changed").stream().anyMatch(p -> p.toString().endsWith(".html")), "HTML of the changed page kept");
    }

    @Test
    void parksAnErrorBannerAfterItsRetries() throws Exception {
        TestJobs.publish(channel, TestJobs.job("claude", 1, "Best CRM for agencies? [stand-in:error]"));

        Map<String, Object> headers = parkedHeaders(Platform.CLAUDE);
        assertEquals("error-banner", String.valueOf(headers.get(MessageHeaders.FAILURE_CLASS)));
        assertTrue(String.valueOf(headers.get(MessageHeaders.REASON)).contains("Claude is unavailable right now"));
        assertEquals(4, ((Number) headers.get(MessageHeaders.ATTEMPT)).intValue());
    }

    @Test
    void recyclesAContextWithNoCookiesOrStorageLeftFromTheJobBefore() throws Exception {
        PromptJob first = TestJobs.job("chatgpt", 1, "Which CRM for a law firm?");
        TestJobs.publish(channel, first);
        QueueReader.take(channel, Topology.RAW_ANSWERS_QUEUE, 1, Duration.ofSeconds(60));
        long opened = engine.driver().stats().contextsOpened();

        PromptJob second = TestJobs.job("chatgpt", 1, "Which CRM for a dental practice?");
        TestJobs.publish(channel, second);
        RawAnswer answer = MessageCodec.decode(QueueReader.take(channel, Topology.RAW_ANSWERS_QUEUE, 1, Duration.ofSeconds(60))
                .get(0).getBody(), RawAnswer.class, RawAnswer.SCHEMA_VERSION);

        assertEquals(opened, engine.driver().stats().contextsOpened(), "the second job ran in the first one's context");
        assertEquals(StandInPlatformPages.expectedMarkdown(second.promptText(), "en-US", "America/New_York"), answer.text(),
                "no cookie, local or session storage of the first job was left");
    }

    @Test
    void runsAsManyJobsAtOnceAsItHasContextsAndNoMore() throws Exception {
        BrowserStandIn.pages.resetPeak();
        int jobs = 6;
        for (int i = 0; i < jobs; i++) {
            TestJobs.publish(channel, TestJobs.job(i % 2 == 0 ? "chatgpt" : "perplexity", i + 1, "Which CRM? [stand-in:slow]"));
        }
        QueueReader.take(channel, Topology.RAW_ANSWERS_QUEUE, jobs, Duration.ofSeconds(60));

        assertEquals(4, BrowserStandIn.pages.peakConcurrentStreams(), "four contexts streamed at once, never more");
        assertEquals(4, engine.driver().stats().peakConcurrentJobs());
    }

    @Test
    void finishesAJobWhoseBrowserCrashedMidAnswer() throws Exception {
        int launches = engine.driver().stats().browserLaunches();
        PromptJob job = TestJobs.job("chatgpt", 1, "Which CRM? [stand-in:slow]");
        TestJobs.publish(channel, job);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> BrowserStandIn.pages.streamingNow() > 0);
        List<ProcessHandle> browsers = engine.driver().browserProcesses();
        assertFalse(browsers.isEmpty(), "the worker's Chromium is running");
        browsers.forEach(ProcessHandle::destroyForcibly);

        GetResponse response = QueueReader.take(channel, Topology.RAW_ANSWERS_QUEUE, 1, Duration.ofSeconds(30)).get(0);
        assertEquals(job.jobId(), MessageCodec.decode(response.getBody(), RawAnswer.class, RawAnswer.SCHEMA_VERSION).jobId());
        assertEquals(launches + 1, engine.driver().stats().browserLaunches(), "the browser was relaunched");
        assertEquals(0, QueueReader.depth(channel, Topology.parkingQueue(Topology.jobQueue(Platform.CHATGPT))));
    }

    @Test
    void restartsAJobInAFreshContextWhenItsPageCrashes() throws Exception {
        int launches = engine.driver().stats().browserLaunches();
        PromptJob job = TestJobs.job("perplexity", 1, "Which CRM? [stand-in:slow]");
        TestJobs.publish(channel, job);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> BrowserStandIn.pages.streamingNow() > 0);
        List<ProcessHandle> renderers = ProcessHandle.current().descendants()
                .filter(p -> commandLine(p).contains("--type=renderer")).toList();
        assertFalse(renderers.isEmpty(), "the pages run in renderer processes");
        renderers.forEach(ProcessHandle::destroyForcibly);

        GetResponse response = QueueReader.take(channel, Topology.RAW_ANSWERS_QUEUE, 1, Duration.ofSeconds(30)).get(0);
        RawAnswer answer = MessageCodec.decode(response.getBody(), RawAnswer.class, RawAnswer.SCHEMA_VERSION);
        assertEquals(job.jobId(), answer.jobId());
        assertEquals(LISTED_SOURCES, answer.sources());
        assertEquals(launches, engine.driver().stats().browserLaunches(), "the browser itself lived on");
    }

    /** Chromium rewrites its helpers' titles, so their arguments are read as the raw command line. */
    private static String commandLine(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline")).replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private Map<String, Object> parkedHeaders(Platform platform) throws Exception {
        GetResponse parked = QueueReader.take(channel, Topology.parkingQueue(Topology.jobQueue(platform)), 1,
                Duration.ofSeconds(60)).get(0);
        return parked.getProps().getHeaders();
    }

    private static List<Path> keptPages(String failureClass) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target", "failed-pages"))) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().contains("-" + failureClass + ".")).toList());
        }
    }
}
