package dev.answerlens.api.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.answerlens.api.ApiConfig;
import dev.answerlens.api.analytics.SummaryService;
import dev.answerlens.api.analytics.query.SummaryQuery;
import dev.answerlens.api.analytics.stats.ProportionChange;
import dev.answerlens.api.analytics.stats.Rate;
import dev.answerlens.api.analytics.view.Summary;
import dev.answerlens.model.Platform;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Looks, for every workspace with an active webhook, at the last complete window of days against the one
 * before it (from the rollups, through the same summaries as the API) and queues a delivery per
 * subscribed significant change: a mention-rate rise or drop outside the noise, a competitor now clearly
 * ahead of an own brand, a significant rise of negative answers, a platform's coverage falling. The
 * event key (type, brand or platform, window end) makes each change a single delivery per webhook.
 */
@ApplicationScoped
public class ChangeDetector {
    private static final Logger LOG = Logger.getLogger(ChangeDetector.class);
    private static final String WORKSPACES = "SELECT DISTINCT h.workspace_id, w.simulation FROM webhooks h"
            + " JOIN workspaces w ON w.id = h.workspace_id WHERE h.active";
    private static final String ENQUEUE = "INSERT INTO webhook_deliveries (id, webhook_id, workspace_id, event_key, event_type,"
            + " payload) SELECT gen_random_uuid(), id, workspace_id, $2, $3, $4 FROM webhooks"
            + " WHERE workspace_id = $1 AND active AND $3 = ANY(events) ON CONFLICT (webhook_id, event_key) DO NOTHING";

    private final Pool pool;
    private final SummaryService summaries;
    private final ObjectMapper json;
    private final int windowDays;
    private final double coverageDrop;

    public ChangeDetector(Pool pool, SummaryService summaries, ObjectMapper json, ApiConfig config) {
        this.pool = pool;
        this.summaries = summaries;
        this.json = json;
        this.windowDays = config.webhooks().windowDays();
        this.coverageDrop = config.webhooks().coverageDrop();
    }

    /** One significant change, ready to send. */
    public record Change(String type, String key, ObjectNode payload) {
    }

    @Scheduled(every = "${answerlens.api.webhooks.detect-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        detectAll(LocalDate.now(ZoneOffset.UTC));
    }

    /** Queues the changes of every workspace with webhooks; blocking. @return deliveries queued */
    public int detectAll(LocalDate today) {
        Map<UUID, Boolean> workspaces = new LinkedHashMap<>();
        pool.query(WORKSPACES).execute().await().atMost(Duration.ofSeconds(30))
                .forEach(r -> workspaces.put(r.getUUID("workspace_id"), r.getBoolean("simulation")));
        int queued = 0;
        for (UUID workspace : workspaces.keySet()) {
            List<String> engines = workspaces.get(workspace) ? SummaryQuery.ALL_ENGINES : SummaryQuery.COLLECTED;
            try {
                for (Change change : detect(workspace, today, engines)) {
                    queued += pool.preparedQuery(ENQUEUE).execute(Tuple.of(workspace, change.key(), change.type(),
                            change.payload().toString())).await().atMost(Duration.ofSeconds(10)).rowCount();
                }
            } catch (RuntimeException e) {
                LOG.warnf("change detection failed for workspace %s: %s", workspace, e.toString());
            }
        }
        return queued;
    }

    /**
     * The significant changes of one workspace: the window ending yesterday against the one before it, over the
     * answers of {@code engines} (simulated ones only for a simulation workspace, as its analytics count them).
     */
    public List<Change> detect(UUID workspaceId, LocalDate today, List<String> engines) {
        List<String> all = Arrays.stream(Platform.values()).map(Platform::id).toList();
        SummaryQuery current = new SummaryQuery(today.minusDays(windowDays), today.minusDays(1), all, engines);
        SummaryQuery previous = current.previous();
        Summary now = summaries.summary(workspaceId, current).await().atMost(Duration.ofSeconds(30));
        Summary before = summaries.summary(workspaceId, previous).await().atMost(Duration.ofSeconds(30));
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < now.brands().size(); i++) {
            Summary.BrandSummary brand = now.brands().get(i);
            Summary.BrandSummary earlier = before.brands().get(i);
            if (!"own".equals(brand.kind())) {
                continue;
            }
            ProportionChange mention = change(brand.mentionRate(), earlier.mentionRate());
            if (mention.verdict().equals("rise") || mention.verdict().equals("drop")) {
                String type = mention.verdict().equals("drop") ? WebhookEvent.MENTION_RATE_DROP.id() : WebhookEvent.MENTION_RATE_RISE.id();
                changes.add(change(type, workspaceId, now, before, brand, null,
                        brand.name() + "'s mention rate went from " + pct(earlier.mentionRate()) + " to "
                                + pct(brand.mentionRate()) + " (p = " + String.format("%.4f", mention.pValue()) + ")", mention));
            }
            Rate negativeNow = brand.sentiment().negative();
            Rate negativeBefore = earlier.sentiment().negative();
            ProportionChange negative = change(negativeNow, negativeBefore);
            if (negative.verdict().equals("rise")) {
                changes.add(change(WebhookEvent.NEGATIVE_SENTIMENT_RISE.id(), workspaceId, now, before, brand, null,
                        "Negative answers about " + brand.name() + " went from " + pct(negativeBefore) + " to "
                                + pct(negativeNow), negative));
            }
            for (int j = 0; j < now.brands().size(); j++) {
                Summary.BrandSummary rival = now.brands().get(j);
                Summary.BrandSummary rivalBefore = before.brands().get(j);
                if ("competitor".equals(rival.kind()) && ahead(rival.mentionRate(), brand.mentionRate())
                        && !ahead(rivalBefore.mentionRate(), earlier.mentionRate())) {
                    Change overtook = change(WebhookEvent.COMPETITOR_OVERTOOK.id(), workspaceId, now, before, brand, null,
                            rival.name() + " (" + pct(rival.mentionRate()) + ") is now clearly ahead of " + brand.name()
                                    + " (" + pct(brand.mentionRate()) + ")", null);
                    overtook.payload().put("competitorId", rival.brandId().toString()).put("competitor", rival.name());
                    changes.add(new Change(overtook.type(), overtook.key() + ":" + rival.brandId(), overtook.payload()));
                }
            }
        }
        if (!now.brands().isEmpty()) {
            List<Summary.PlatformSummary> platformsNow = now.brands().get(0).byPlatform();
            List<Summary.PlatformSummary> platformsBefore = before.brands().get(0).byPlatform();
            for (int p = 0; p < platformsNow.size(); p++) {
                Double rateNow = platformsNow.get(p).coverage().rate();
                Double rateBefore = platformsBefore.get(p).coverage().rate();
                if (rateNow != null && rateBefore != null && rateBefore - rateNow > coverageDrop) {
                    String platform = platformsNow.get(p).platform();
                    changes.add(change(WebhookEvent.COVERAGE_DROP.id(), workspaceId, now, before, null, platform,
                            "Coverage on " + platform + " fell from " + String.format("%.0f%%", rateBefore * 100)
                                    + " to " + String.format("%.0f%%", rateNow * 100), null));
                }
            }
        }
        return changes;
    }

    private Change change(String type, UUID workspaceId, Summary now, Summary before, Summary.BrandSummary brand,
                          String platform, String detail, ProportionChange figures) {
        ObjectNode payload = json.createObjectNode();
        String subject = brand != null ? brand.brandId().toString() : platform;
        String key = type + ":" + subject + ":" + now.to();
        payload.put("id", UUID.nameUUIDFromBytes((workspaceId + ":" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString());
        payload.put("type", type).put("workspaceId", workspaceId.toString()).put("detail", detail);
        if (brand != null) {
            payload.put("brandId", brand.brandId().toString()).put("brand", brand.name());
        }
        if (platform != null) {
            payload.put("platform", platform);
        }
        payload.set("engines", json.valueToTree(now.engines()));
        payload.putObject("period").put("from", now.from().toString()).put("to", now.to().toString());
        payload.putObject("previousPeriod").put("from", before.from().toString()).put("to", before.to().toString());
        if (figures != null) {
            payload.set("figures", json.valueToTree(figures));
        }
        return new Change(type, key, payload);
    }

    private static ProportionChange change(Rate now, Rate before) {
        return ProportionChange.of(successes(now), now.n(), successes(before), before.n());
    }

    private static long successes(Rate rate) {
        return rate.value() == null ? 0 : Math.round(rate.value() * rate.n());
    }

    private static boolean ahead(Rate a, Rate b) {
        return a.value() != null && b.value() != null && a.low() > b.high();
    }

    private static String pct(Rate rate) {
        return rate.value() == null ? "no data" : String.format("%.1f%% (n = %d)", rate.value() * 100, rate.n());
    }
}
