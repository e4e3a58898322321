package dev.answerlens.extraction.reextraction;

import static dev.answerlens.extraction.answer.ExtractionDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.answerlens.extraction.answer.ExtractionDatabase;
import dev.answerlens.extraction.rules.ExtractorVersion;
import dev.answerlens.model.codec.MessageCodec;
import dev.answerlens.model.message.CitedSource;
import dev.answerlens.model.message.CollectionInfo;
import dev.answerlens.model.message.RawAnswer;
import dev.answerlens.model.message.ReextractionRequested;
import dev.answerlens.model.testing.IsolatedServers;
import dev.answerlens.model.testing.TestVirtualHost;
import dev.answerlens.model.topology.Topology;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The re-extraction round trip: stored answers, a rule or brand change, a request on the bus, replaced results. */
@QuarkusTest
@QuarkusTestResource(value = IsolatedServers.class, restrictToAnnotatedClass = false)
class ReextractionTest {
    private static final Instant DAY_ONE = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DAY_TWO = Instant.parse("2026-03-03T09:00:00Z");

    @ConfigProperty(name = "rabbitmq-virtual-host")
    String vhost;

    @Test
    void replacesMentionsAndRollupsOfTheRangeWithTheCurrentVersionAndIgnoresARepeat() throws Exception {
        UUID workspace = ExtractionDatabase.workspace();
        ExtractionDatabase.brand(workspace, "Globex", "{}", "{globex.io}", "own");
        UUID hooli = ExtractionDatabase.brand(workspace, "Hooli", "{}", "{hooli.xyz}", "competitor");
        try (Connection connection = TestVirtualHost.connect(vhost); Channel channel = connection.createChannel()) {
            List<RawAnswer> answers = List.of(
                    answer(workspace, DAY_ONE, "1. **Globex** – excellent.\n2. **Initech** – cheap.\n3. Hooli – clunky.",
                            "https://initech.com/pricing"),
                    answer(workspace, DAY_ONE, "Hooli is popular. Initech is slow and buggy.", null),
                    answer(workspace, DAY_TWO, "Globex is reliable. Initech is not mentioned anywhere.", null),
                    answer(workspace, DAY_TWO.plus(Duration.ofDays(5)), "Initech and Globex.", null));
            for (RawAnswer answer : answers) {
                channel.basicPublish(Topology.ANSWERS_EXCHANGE, Topology.RAW_ANSWER_KEY,
                        new AMQP.BasicProperties.Builder().deliveryMode(2).build(), MessageCodec.encode(answer));
            }
            Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> count("SELECT count(*) FROM answers WHERE workspace_id = ?", workspace) == 4);
            List<String> answerRollupsBefore = rows("SELECT day, platform, answers, brand_mentions, brand_mentions_sq FROM answer_daily_rollups"
                    + " WHERE workspace_id = ? ORDER BY 1, 2", workspace);
            List<String> brandRollupsBefore = rows("SELECT day, brand_id, answers_mentioning, mention_count, position_sum,"
                    + " answers_first, answers_citing, sentiment_positive, sentiment_neutral, sentiment_negative, co_mentions,"
                    + " position_sq_sum, round(sentiment_score_sq_sum::numeric, 4)"
                    + " FROM brand_daily_rollups WHERE workspace_id = ? ORDER BY 1, 2", workspace);

            // An older generation of results, and a brand tracked since the answers arrived.
            ExtractionDatabase.update("UPDATE mentions SET extractor_version = 'rules-1' WHERE workspace_id = ?", workspace);
            UUID initech = ExtractionDatabase.brand(workspace, "Initech", "{}", "{initech.com}", "competitor");

            ReextractionRequested request = new ReextractionRequested(ReextractionRequested.SCHEMA_VERSION, UUID.randomUUID(),
                    workspace, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), Instant.now());
            publish(channel, request);
            Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> count("SELECT count(*) FROM reextractions WHERE message_id = ?", request.messageId()) == 1);

            assertEquals(3, count("SELECT answers FROM reextractions WHERE message_id = ?", request.messageId()));
            assertEquals(0, count("SELECT count(*) FROM mentions m JOIN answers a ON a.id = m.answer_id"
                    + " WHERE a.workspace_id = ? AND a.day <= '2026-03-03' AND m.extractor_version <> ?", workspace, ExtractorVersion.RULES));
            assertEquals(1, count("SELECT count(*) FROM mentions WHERE workspace_id = ? AND extractor_version = 'rules-1'", workspace),
                    "the answer outside the range keeps its old results");
            assertEquals(2, count("SELECT answers_mentioning FROM brand_daily_rollups WHERE brand_id = ? AND day = '2026-03-02'", initech),
                    "the new brand counts in both answers of day one");
            assertEquals(1, count("SELECT sentiment_negative FROM brand_daily_rollups WHERE brand_id = ? AND day = '2026-03-02'", initech));
            assertEquals(1, count("SELECT answers_citing FROM brand_daily_rollups WHERE brand_id = ? AND day = '2026-03-02'", initech),
                    "the listed source on initech.com is now Initech's citation");
            assertEquals(0, count("SELECT count(*) FROM brand_daily_rollups WHERE brand_id = ? AND day = '2026-03-03'", initech),
                    "an absence statement still counts for nothing");
            assertEquals(0, count("SELECT count(*) FROM discovered_names WHERE workspace_id = ? AND name_key = 'initech'"
                    + " AND answer_id IN (SELECT id FROM answers WHERE day <= '2026-03-03')", workspace));
            List<String> answerRollupsAfter = rows("SELECT day, platform, answers, brand_mentions, brand_mentions_sq FROM answer_daily_rollups"
                    + " WHERE workspace_id = ? ORDER BY 1, 2", workspace);
            assertEquals(5, Integer.parseInt(answerRollupsAfter.get(0).split("\\|")[3]), "day one: 3 + 2 brands mentioned");
            assertEquals(answerRollupsBefore.get(2), answerRollupsAfter.get(2), "the day outside the range is untouched");
            List<String> brandRollupsAfter = rows("SELECT day, brand_id, answers_mentioning, mention_count, position_sum,"
                    + " answers_first, answers_citing, sentiment_positive, sentiment_neutral, sentiment_negative, co_mentions,"
                    + " position_sq_sum, round(sentiment_score_sq_sum::numeric, 4)"
                    + " FROM brand_daily_rollups WHERE workspace_id = ? AND brand_id <> ? ORDER BY 1, 2", workspace, initech);
            assertEquals(brandRollupsBefore.stream().filter(r -> !r.startsWith("2026-03-02")).toList(),
                    brandRollupsAfter.stream().filter(r -> !r.startsWith("2026-03-02")).toList(),
                    "rebuilt rollups equal the incremental ones where nothing changed, and days outside the range are untouched");
            assertEquals(4, count("SELECT position_sum FROM brand_daily_rollups WHERE brand_id = ? AND day = '2026-03-02'", hooli),
                    "Hooli moved from 2nd to 3rd in the list once Initech is tracked (3rd + 1st)");

            // The same request again (a redelivery) changes nothing.
            ExtractionDatabase.update("UPDATE brand_daily_rollups SET mention_count = mention_count + 100 WHERE brand_id = ?", initech);
            publish(channel, request);
            ReextractionRequested marker = new ReextractionRequested(ReextractionRequested.SCHEMA_VERSION, UUID.randomUUID(),
                    workspace, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), Instant.now());
            publish(channel, marker);
            Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> count("SELECT count(*) FROM reextractions WHERE message_id = ?", marker.messageId()) == 1);
            assertEquals(1, count("SELECT count(*) FROM reextractions WHERE message_id = ?", request.messageId()));
            assertEquals(102, count("SELECT mention_count FROM brand_daily_rollups WHERE brand_id = ? AND day = '2026-03-02'", initech));
        }
    }

    private static void publish(Channel channel, ReextractionRequested request) throws Exception {
        channel.basicPublish(Topology.EVENTS_EXCHANGE, Topology.REEXTRACTION_KEY,
                new AMQP.BasicProperties.Builder().deliveryMode(2).build(), MessageCodec.encode(request));
    }

    private static RawAnswer answer(UUID workspace, Instant scheduledAt, String text, String source) {
        return new RawAnswer(RawAnswer.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), workspace, UUID.randomUUID(),
                "chatgpt", 1, scheduledAt, text, source == null ? List.of() : List.of(new CitedSource(source, "Pricing", 1)),
                new CollectionInfo("simulated", "simulated-chatgpt", "1", false, false, "US", "en", null, scheduledAt,
                        scheduledAt, 3, BigDecimal.ZERO));
    }

    private static List<String> rows(String sql, Object... args) throws Exception {
        try (var c = ExtractionDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(i > 1 ? "|" : "").append(rs.getString(i));
                    }
                    rows.add(row.toString());
                }
            }
            return rows;
        }
    }
}
