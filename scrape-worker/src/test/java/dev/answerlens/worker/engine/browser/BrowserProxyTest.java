package dev.answerlens.worker.engine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BrowserProxyTest {
    @Test
    void keepsTheCredentialsOutOfTheServerAddress() {
        BrowserProxy proxy = BrowserProxy.parse("de-1=http://user:p%40ss@proxy.example:3128");

        assertEquals("de-1", proxy.id());
        assertEquals("http://proxy.example:3128", proxy.playwright().server);
        assertEquals("user", proxy.playwright().username);
        assertEquals("p@ss", proxy.playwright().password);
    }

    @Test
    void readsAProxyWithoutCredentials() {
        BrowserProxy proxy = BrowserProxy.parse("us-2=socks5://10.0.0.2:1080");

        assertEquals("socks5://10.0.0.2:1080", proxy.playwright().server);
        assertNull(proxy.playwright().username);
    }

    @Test
    void refusesAnEntryWithoutAnIdAndNeverEchoesItsPassword() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BrowserProxy.parse("http://user:secret@proxy.example:3128"));
        assertFalse(error.getMessage().contains("secret"), error.getMessage());
    }
}
