package dev.answerlens.messaging.broker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuorumPrioritiesTest {
    @Test
    void rabbitmq3QuorumQueuesServeJobsInPublishOrder() {
        assertFalse(QuorumPriorities.twoLevels("3.10.8"));
        assertTrue(QuorumPriorities.note("3.10.8").contains("take no message priorities"));
    }

    @Test
    void rabbitmq4QuorumQueuesServeTwoPriorityLevels() {
        assertTrue(QuorumPriorities.twoLevels("4.0.5"));
        assertTrue(QuorumPriorities.note("4.0.5").contains("two levels"));
    }

    @Test
    void anUnknownVersionPromisesNoPriorities() {
        assertFalse(QuorumPriorities.twoLevels("null"));
    }
}
