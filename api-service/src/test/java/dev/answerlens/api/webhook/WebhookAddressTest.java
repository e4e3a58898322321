package dev.answerlens.api.webhook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookAddressTest {
    @Test
    void refusesLoopbackPrivateAndLinkLocalTargets() {
        assertTrue(WebhookDelivery.isPrivate("http://127.0.0.1:8080/hook"));
        assertTrue(WebhookDelivery.isPrivate("http://10.1.2.3/hook"));
        assertTrue(WebhookDelivery.isPrivate("http://192.168.0.1/hook"));
        assertTrue(WebhookDelivery.isPrivate("http://169.254.169.254/latest/meta-data"));
        assertTrue(WebhookDelivery.isPrivate("http://[::1]/hook"));
        assertTrue(WebhookDelivery.isPrivate("http://no-such-host.invalid/hook"));
        assertFalse(WebhookDelivery.isPrivate("https://93.184.216.34/hook"));
    }
}
