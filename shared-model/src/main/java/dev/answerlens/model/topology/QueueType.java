package dev.answerlens.model.topology;

/**
 * How the work, retry and parking queues are declared: classic queues on one broker (the default), or quorum
 * queues replicated over a RabbitMQ cluster, which survive the loss of a minority of its nodes
 * ({@code answerlens.messaging.quorum-queues=true}). Every service of a deployment must use the same type:
 * a queue declared with the other type fails at the broker (PRECONDITION_FAILED).
 */
public enum QueueType {
    CLASSIC,
    QUORUM
}
