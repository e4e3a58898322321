package dev.answerlens.extraction.answer;

import static dev.answerlens.extraction.answer.ExtractionDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.answerlens.extraction.rules.ExtractorVersion;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.AnswersStored;
import dev.answerlens.model.message.CitedSource;
import dev.answerlens.model.message.CollectionInfo;
import dev.answerlens.model.message.MentionsStored;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.QueueReader;
import dev.answerlens.model.testing.StoredAnswerEvents;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.MessageHeaders;
import dev.answerlens.model.topology.Topology;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class AnswerIngestionTest {
    private static final String TEXT = """
            Here are good CRMs for a small agency:

            1. **Globex** – simple pipelines, see [Globex pricing](https://www.globex.io/pricing?utm_source=chatgpt).
            2. **Northwind CRM** – strong reporting.
            3. **Initech** – cheap.

            Globex's onboarding is the quickest. I couldn't find reliable information about Hooli.
            """;

    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;

    private Connection connection;
    private Channel channel;
    private UUID workspace;
    private UUID globex;
    private UUID northwind;

    @BeforeEach
    void seed() throws Exception {
        connection = TestVirtualHost.connect(vhost);
        channel = connection.createChannel();
        workspace = ExtractionDatabase.workspace();
        northwind = ExtractionDatabase.brand(workspace, "Northwind CRM", "{Northwind}", "{northwindcrm.com}", "own");
        globex = ExtractionDatabase.brand(workspace, "Globex", "{}", "{globex.io}", "competitor");
        ExtractionDatabase.brand(workspace, "Hooli", "{}", "{hooli.com}", "competitor");
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    private RawAnswer answer(UUID workspaceId, String text) {
        Instant now = Instant.now();
        return new RawAnswer(RawAnswer.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), workspaceId, UUID.randomUUID(),
                "chatgpt", 1, now, text, List.of(new CitedSource("https://g2.com/categories/crm/", "G2", 1)),
                new CollectionInfo("simulated", "simulated-chatgpt", "1", false, false, "US", "en", null, now, now, 3, BigDecimal.ZERO));
    }

    private void publish(byte[] body) throws Exception {
        channel.basicPublish(Topology.ANSWERS_EXCHANGE, Topology.RAW_ANSWER_KEY,
                new AMQP.BasicProperties.Builder().deliveryMode(2).contentType("application/json").build(), body);
    }

    @Test
    void storesTheAnswerItsMentionsCitationsAndRollupsThenAnnouncesThem() throws Exception {
        RawAnswer answer = answer(workspace, TEXT);
        publish(MessageCodec.encode(answer));

        MentionsStored stored = StoredAnswerEvents.take(channel, Topology.MENTIONS_STORED_QUEUE, 1, Duration.ofSeconds(20)).get(0);
        assertEquals(answer.jobId(), stored.jobId());
        assertEquals(2, stored.brandsMentioned());
        assertEquals(1, count("SELECT count(*) FROM answers WHERE job_id = ? AND engine = 'simulated'", answer.jobId()));
        assertEquals(1, count("SELECT position FROM mentions WHERE brand_id = ?", globex));
        assertEquals(3, count("SELECT mention_count FROM mentions WHERE brand_id = ?", globex), "list item, link text, possessive");
        assertEquals(2, count("SELECT position FROM mentions WHERE brand_id = ?", northwind));
        assertEquals(0, count("SELECT count(*) FROM mentions m JOIN brands b ON b.id = m.brand_id WHERE b.name = 'Hooli'"));
        assertEquals(1, count("SELECT count(*) FROM citations WHERE canonical_url = 'https://www.globex.io/pricing'"
                + " AND owner = 'competitor' AND owner_brand_id = ? AND NOT in_sources AND workspace_id = ?", globex, workspace));
        assertEquals(1, count("SELECT count(*) FROM citations WHERE domain = 'g2.com' AND owner = 'other' AND in_sources"
                + " AND workspace_id = ?", workspace));
        assertEquals(1, count("SELECT answers FROM answer_daily_rollups WHERE workspace_id = ?", workspace));
        assertEquals(2, count("SELECT brand_mentions FROM answer_daily_rollups WHERE workspace_id = ?", workspace));
        assertEquals(1, count("SELECT answers_first FROM brand_daily_rollups WHERE brand_id = ?", globex));
        assertEquals(1, count("SELECT answers_citing FROM brand_daily_rollups WHERE brand_id = ?", globex));
        assertEquals(2, count("SELECT position_sum FROM brand_daily_rollups WHERE brand_id = ?", northwind));
        assertEquals(4, count("SELECT brand_mentions_sq FROM answer_daily_rollups WHERE workspace_id = ?", workspace),
                "one answer naming two tracked brands: 2²");
        assertEquals(4, count("SELECT position_sq_sum FROM brand_daily_rollups WHERE brand_id = ?", northwind), "2²");
        assertEquals(2, count("SELECT co_mentions FROM brand_daily_rollups WHERE brand_id = ?", globex),
                "the answer naming Globex names two tracked brands");
        assertEquals(1, count("SELECT count(*) FROM mentions WHERE brand_id = ? AND sentiment = 'positive' AND list_rank = 1"
                + " AND method = 'rules' AND extractor_version = ? AND length(snippet) > 20", globex, ExtractorVersion.RULES));
        assertEquals(2, count("SELECT list_rank FROM mentions WHERE brand_id = ?", northwind));
        assertEquals(1, count("SELECT sentiment_positive FROM brand_daily_rollups WHERE brand_id = ?", globex));
        assertEquals(1, count("SELECT count(*) FROM answers WHERE job_id = ? AND extraction_method = 'rules'"
                + " AND extractor_version = ? AND extracted_at IS NOT NULL", answer.jobId(), ExtractorVersion.RULES));
        assertEquals(1, count("SELECT count(*) FROM discovered_names WHERE workspace_id = ? AND name = 'Initech'", workspace),
                "an untracked list head is collected for competitor discovery");
    }

    @Test
    void appliesEachBrandsStoredMatchingSetting() throws Exception {
        UUID ridgeway = ExtractionDatabase.brand(workspace, "Ridgeway", "{}", "{ridgeway.io}", "competitor");
        UUID hey = ExtractionDatabase.brand(workspace, "HEY", "{}", "{hey.com}", "competitor");
        ExtractionDatabase.update("UPDATE brands SET matching = 'requires-context' WHERE id = ?", ridgeway);
        ExtractionDatabase.update("UPDATE brands SET matching = 'case-sensitive' WHERE id = ?", hey);
        RawAnswer walk = answer(workspace, "Hey! We walked the Ridgeway last spring. Globex is a fine CRM; for mail, HEY is fine.");
        publish(MessageCodec.encode(walk));

        StoredAnswerEvents.take(channel, Topology.MENTIONS_STORED_QUEUE, 1, Duration.ofSeconds(20));
        assertEquals(0, count("SELECT count(*) FROM mentions WHERE brand_id = ?", ridgeway), "no product context");
        assertEquals(1, count("SELECT mention_count FROM mentions WHERE brand_id = ?", hey), "only as written");
    }

    @Test
    void aRedeliveredAnswerIsStoredOnceAndCountedOnce() throws Exception {
        RawAnswer answer = answer(workspace, TEXT);
        RawAnswer again = new RawAnswer(answer.schemaVersion(), UUID.randomUUID(), answer.jobId(), answer.workspaceId(),
                answer.promptId(), answer.platform(), answer.sample(), answer.scheduledAt(), answer.text(), answer.sources(),
                answer.collection());
        publish(MessageCodec.encode(answer));
        publish(MessageCodec.encode(again));

        StoredAnswerEvents.take(channel, Topology.MENTIONS_STORED_QUEUE, 2, Duration.ofSeconds(20));
        assertEquals(1, count("SELECT count(*) FROM answers WHERE job_id = ?", answer.jobId()));
        assertEquals(1, count("SELECT answers FROM answer_daily_rollups WHERE workspace_id = ?", workspace));
        assertEquals(1, count("SELECT answers_mentioning FROM brand_daily_rollups WHERE brand_id = ?", globex));
    }

    @Test
    void answersStoredTogetherShareOneEventAndEachIsAnnouncedOnce() throws Exception {
        Set<UUID> jobs = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            RawAnswer answer = answer(workspace, TEXT);
            jobs.add(answer.jobId());
            publish(MessageCodec.encode(answer));
        }

        List<List<MentionsStored>> events = StoredAnswerEvents.takeEvents(channel, Topology.MENTIONS_STORED_QUEUE, 300,
                Duration.ofSeconds(60), stored -> jobs.contains(stored.jobId()));
        List<UUID> announced = events.stream().flatMap(List::stream).map(MentionsStored::jobId).toList();
        assertEquals(jobs, new HashSet<>(announced));
        assertEquals(300, announced.size(), "each answer announced once");
        assertTrue(events.size() <= 100, events.size() + " events for 300 answers handled together");
        assertTrue(events.stream().allMatch(event -> event.size() <= AnswersStored.MAX_ANSWERS));
    }

    @Test
    void parksAPoisonMessageWithItsReasonAndCarriesOn() throws Exception {
        publish("\u0000\u0001 definitely not json".getBytes(StandardCharsets.UTF_8));
        RawAnswer good = answer(workspace, TEXT);
        publish(MessageCodec.encode(good));

        GetResponse parked = QueueReader.take(channel, Topology.parkingQueue(Topology.RAW_ANSWERS_QUEUE), 1,
                Duration.ofSeconds(20)).get(0);
        assertEquals("undecodable", String.valueOf(parked.getProps().getHeaders().get(MessageHeaders.FAILURE_CLASS)));
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> count("SELECT count(*) FROM answers WHERE job_id = ?", good.jobId()) == 1);
    }

    @Test
    void parksAnAnswerForAWorkspaceThatDoesNotExist() throws Exception {
        RawAnswer orphan = answer(UUID.randomUUID(), TEXT);
        publish(MessageCodec.encode(orphan));

        GetResponse parked = QueueReader.take(channel, Topology.parkingQueue(Topology.RAW_ANSWERS_QUEUE), 1,
                Duration.ofSeconds(20)).get(0);
        assertEquals("unstorable", String.valueOf(parked.getProps().getHeaders().get(MessageHeaders.FAILURE_CLASS)));
        assertTrue(String.valueOf(parked.getProps().getHeaders().get(MessageHeaders.REASON)).contains(orphan.jobId().toString()));
    }

    @Test
    void parksAnAnswerWhoseTextTheDatabaseRefuses() throws Exception {
        RawAnswer hostile = answer(workspace, "Globex\u0000 is great");
        publish(MessageCodec.encode(hostile));

        GetResponse parked = QueueReader.take(channel, Topology.parkingQueue(Topology.RAW_ANSWERS_QUEUE), 1,
                Duration.ofSeconds(20)).get(0);
        assertEquals("unstorable", String.valueOf(parked.getProps().getHeaders().get(MessageHeaders.FAILURE_CLASS)));
        assertEquals(0, count("SELECT count(*) FROM answers WHERE job_id = ?", hostile.jobId()));
    }

    @Test
    void offersUntrackedNamesThatRecurAcrossAnswersAsCompetitorSuggestions() throws Exception {
        String text = "Options:\n\n1. **Pipedrive** – simple.\n2. **Globex** – fine.\n";
        publish(MessageCodec.encode(answer(workspace, text)));
        publish(MessageCodec.encode(answer(workspace, "- Pipedrive: the pipeline tool\n- Attio: newer\n")));
        StoredAnswerEvents.take(channel, Topology.MENTIONS_STORED_QUEUE, 2, Duration.ofSeconds(20));
        assertEquals(2, count("SELECT answers FROM discovered_brands WHERE workspace_id = ? AND name_key = 'pipedrive'", workspace));
        assertEquals(2, count("SELECT cardinality(example_snippets) FROM discovered_brands WHERE workspace_id = ? AND name_key = 'pipedrive'",
                workspace));
        assertEquals(0, count("SELECT count(*) FROM discovered_brands WHERE workspace_id = ? AND name_key = 'attio'", workspace),
                "one answer is not a recurrence");
        ExtractionDatabase.brand(workspace, "Pipedrive", "{}", "{pipedrive.com}", "competitor");
        assertEquals(0, count("SELECT count(*) FROM discovered_brands WHERE workspace_id = ? AND name_key = 'pipedrive'", workspace),
                "a name tracked since is no longer suggested");
    }
}
