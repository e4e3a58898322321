package dev.answerlens.model.topology;

import dev.answerlens.model.Platform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole RabbitMQ topology, written down once. Every service declares it at start-up from here,
 * so a service that disagreed would fail at the broker (PRECONDITION_FAILED) instead of drifting.
 *
 * <p>Each work queue (a platform's job queue, the raw-answers queue, the cache-invalidation queue)
 * has {@value #RETRY_TIERS} retry queues that hold a message until its per-message expiration and
 * then dead-letter it back to the work queue, and one parking queue for messages that will not be
 * retried. Consumers route to both through {@link #REDELIVERY_EXCHANGE} with the destination queue's
 * name as routing key. A message rejected without a route of our own also ends in the parking queue.
 */
public final class Topology {
    /** Direct exchange for prompt jobs; routing key = platform id. */
    public static final String JOBS_EXCHANGE = "answerlens.jobs";
    /** Direct exchange for collected answers; routing key {@link #RAW_ANSWER_KEY}. */
    public static final String ANSWERS_EXCHANGE = "answerlens.answers";
    /** Topic exchange for domain events such as {@link #MENTIONS_STORED_KEY}. */
    public static final String EVENTS_EXCHANGE = "answerlens.events";
    /** Direct exchange into retry and parking queues; routing key = destination queue name. */
    public static final String REDELIVERY_EXCHANGE = "answerlens.redelivery";

    public static final String RAW_ANSWER_KEY = "raw";
    /** One stored answer ({@code MentionsStored}): no longer published, still read so events of an older extraction service are handled. */
    public static final String MENTIONS_STORED_KEY = "mentions.stored";
    /** Answers stored together ({@code AnswersStored}): what the extraction service publishes. */
    public static final String ANSWERS_STORED_KEY = "answers.stored";
    /** Routing key of {@code JobFailed} events: job.retrying or job.parked. */
    public static final String JOB_RETRYING_KEY = "job.retrying";
    /** Read at run time like the queue names below: it ends as a parking queue's name does. */
    public static final String JOB_PARKED_KEY = name("job.parked");
    /** The re-extraction queue's own name, so read at run time like the queue names below. */
    public static final String REEXTRACTION_KEY = name("extraction.reextract");

    // Queue names are read at run time (name(...)), not inlined as compile-time constants: a service that uses one
    // reads Topology's field, so a queue name in a service's class file can only be a copy, which each service's
    // ArchitectureTest refuses.
    public static final String RAW_ANSWERS_QUEUE = name("answers.raw");
    public static final String MENTIONS_STORED_QUEUE = name("api.mentions-stored");
    /** The scheduler's view of job outcomes: failures (job.*) and stored answers (answers.stored, mentions.stored). */
    public static final String JOB_EVENTS_QUEUE = name("scheduler.job-events");
    public static final String REEXTRACTION_QUEUE = name("extraction.reextract");

    /** Highest message priority a job queue honours. */
    public static final int MAX_PRIORITY = 10;
    /** Retry queues per work queue; so a message is tried at most RETRY_TIERS + 1 times. */
    public static final int RETRY_TIERS = 3;
    /**
     * Quorum queues only: how often a message may come back to its work queue unsettled (a consumer that died
     * or gave it back) before it counts as poison. The consumer parks a delivery that reached it with its reason;
     * should it die on that one too, the broker dead-letters it to the parking queue itself ({@code x-death}
     * reason {@code delivery_limit}). Handling failures never count here: they go through the retry queues.
     */
    public static final int DELIVERY_LIMIT = 10;
    /** The header a quorum queue sets on a redelivery: how often the message came back before. */
    public static final String DELIVERY_COUNT_HEADER = "x-delivery-count";

    private Topology() {
    }

    private static String name(String name) {
        return name;
    }

    public static String jobQueue(Platform platform) {
        return "scrape." + platform.id();
    }

    public static String retryQueue(String workQueue, int tier) {
        if (tier < 1 || tier > RETRY_TIERS) {
            throw new IllegalArgumentException("retry tier " + tier + " outside 1.." + RETRY_TIERS);
        }
        return workQueue + ".retry." + tier;
    }

    public static String parkingQueue(String workQueue) {
        return workQueue + ".parked";
    }

    /** The work queues: every queue a service consumes from. */
    public static List<String> workQueues() {
        List<String> queues = new ArrayList<>();
        for (Platform platform : Platform.values()) {
            queues.add(jobQueue(platform));
        }
        queues.add(RAW_ANSWERS_QUEUE);
        queues.add(MENTIONS_STORED_QUEUE);
        queues.add(JOB_EVENTS_QUEUE);
        queues.add(REEXTRACTION_QUEUE);
        return queues;
    }

    public static List<ExchangeSpec> exchanges() {
        return List.of(
                new ExchangeSpec(JOBS_EXCHANGE, "direct"),
                new ExchangeSpec(ANSWERS_EXCHANGE, "direct"),
                new ExchangeSpec(EVENTS_EXCHANGE, "topic"),
                new ExchangeSpec(REDELIVERY_EXCHANGE, "direct"));
    }

    /** The queues of a single broker: classic queues, the job queues with priorities. */
    public static List<QueueSpec> queues() {
        return queues(QueueType.CLASSIC);
    }

    /**
     * The queues declared as {@code type}. Quorum queues (a cluster) differ from the classic ones in three ways:
     * the job queues have no {@code x-max-priority} (RabbitMQ refuses it for quorum queues; 3.x quorum queues
     * ignore message priorities, 4.x ones serve two levels, 5 and above before the rest, from the same per-message
     * priority); work queues have a {@link #DELIVERY_LIMIT}; and every queue that dead-letters does it
     * at-least-once (which RabbitMQ allows only with {@code x-overflow=reject-publish}), so a message moving from a
     * retry queue back to its work queue, or a poison message to parking, is never dropped when a node goes away.
     * Retry and parking queues are quorum queues too: a classic queue lives on one node and would be gone with it.
     */
    public static List<QueueSpec> queues(QueueType type) {
        List<QueueSpec> queues = new ArrayList<>();
        for (String workQueue : workQueues()) {
            Map<String, Object> args = new LinkedHashMap<>();
            if (workQueue.startsWith("scrape.") && type == QueueType.CLASSIC) {
                args.put("x-max-priority", MAX_PRIORITY);
            }
            args.put("x-dead-letter-exchange", REDELIVERY_EXCHANGE);
            args.put("x-dead-letter-routing-key", parkingQueue(workQueue));
            if (type == QueueType.QUORUM) {
                args.put("x-delivery-limit", DELIVERY_LIMIT);
            }
            queues.add(new QueueSpec(workQueue, typed(args, type)));
            for (int tier = 1; tier <= RETRY_TIERS; tier++) {
                Map<String, Object> retry = new LinkedHashMap<>();
                retry.put("x-dead-letter-exchange", "");
                retry.put("x-dead-letter-routing-key", workQueue);
                queues.add(new QueueSpec(retryQueue(workQueue, tier), typed(retry, type)));
            }
            queues.add(new QueueSpec(parkingQueue(workQueue), typed(new LinkedHashMap<>(), type)));
        }
        return queues;
    }

    private static Map<String, Object> typed(Map<String, Object> args, QueueType type) {
        if (type == QueueType.QUORUM) {
            args.put("x-queue-type", "quorum");
            if (args.containsKey("x-dead-letter-exchange")) {
                args.put("x-dead-letter-strategy", "at-least-once");
                args.put("x-overflow", "reject-publish");
            }
        }
        return args;
    }

    public static List<BindingSpec> bindings() {
        List<BindingSpec> bindings = new ArrayList<>();
        for (Platform platform : Platform.values()) {
            bindings.add(new BindingSpec(JOBS_EXCHANGE, jobQueue(platform), platform.id()));
        }
        bindings.add(new BindingSpec(ANSWERS_EXCHANGE, RAW_ANSWERS_QUEUE, RAW_ANSWER_KEY));
        bindings.add(new BindingSpec(EVENTS_EXCHANGE, MENTIONS_STORED_QUEUE, ANSWERS_STORED_KEY));
        bindings.add(new BindingSpec(EVENTS_EXCHANGE, MENTIONS_STORED_QUEUE, MENTIONS_STORED_KEY));
        bindings.add(new BindingSpec(EVENTS_EXCHANGE, JOB_EVENTS_QUEUE, "job.*"));
        bindings.add(new BindingSpec(EVENTS_EXCHANGE, JOB_EVENTS_QUEUE, ANSWERS_STORED_KEY));
        bindings.add(new BindingSpec(EVENTS_EXCHANGE, JOB_EVENTS_QUEUE, MENTIONS_STORED_KEY));
        bindings.add(new BindingSpec(EVENTS_EXCHANGE, REEXTRACTION_QUEUE, REEXTRACTION_KEY));
        for (String workQueue : workQueues()) {
            for (int tier = 1; tier <= RETRY_TIERS; tier++) {
                String retry = retryQueue(workQueue, tier);
                bindings.add(new BindingSpec(REDELIVERY_EXCHANGE, retry, retry));
            }
            String parking = parkingQueue(workQueue);
            bindings.add(new BindingSpec(REDELIVERY_EXCHANGE, parking, parking));
        }
        return bindings;
    }
}
