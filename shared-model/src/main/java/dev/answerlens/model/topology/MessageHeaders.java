package dev.answerlens.model.topology;

/** AMQP header names Answerlens sets; one place so producers, consumers and the runbook agree. */
public final class MessageHeaders {
    /** Which attempt this delivery is (1 for the first). */
    public static final String ATTEMPT = "x-answerlens-attempt";
    /** Why a message was parked or retried, in words an operator can act on. */
    public static final String REASON = "x-answerlens-reason";
    /** The failure class: e.g. undecodable, rate-limited, captcha, storage-failed. */
    public static final String FAILURE_CLASS = "x-answerlens-failure-class";
    /** Whether the failure was retryable. */
    public static final String RETRYABLE = "x-answerlens-retryable";
    /** The work queue the message came from, so replay knows where to send it back. */
    public static final String ORIGIN_QUEUE = "x-answerlens-origin-queue";
    /** When the message was parked; a parked message that comes back is a replay and starts over. */
    public static final String PARKED_AT = "x-answerlens-parked-at";
    /**
     * The routing key it was first published with: a retry queue dead-letters a message back with its work
     * queue's name as routing key, so consumers that tell messages apart by routing key read it from here.
     */
    public static final String ROUTING_KEY = "x-answerlens-routing-key";
    /** Which service parked or retried it. */
    public static final String HANDLED_BY = "x-answerlens-handled-by";

    private MessageHeaders() {
    }
}
