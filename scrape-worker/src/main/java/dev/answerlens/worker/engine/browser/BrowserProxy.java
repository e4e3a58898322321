package dev.answerlens.worker.engine.browser;

import com.microsoft.playwright.options.Proxy;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** One configured proxy: the id recorded with answers, and the Playwright setting (credentials apart from the URL). */
record BrowserProxy(String id, Proxy playwright) {
    /** Parses {@code id=scheme://[user:password@]host:port}. */
    static BrowserProxy parse(String entry) {
        int equals = entry.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("a proxy is id=scheme://[user:password@]host:port, not '" + entry.replaceAll("//.*@", "//***@") + "'");
        }
        String id = entry.substring(0, equals).trim();
        URI uri = URI.create(entry.substring(equals + 1).trim());
        Proxy proxy = new Proxy(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : ""))
                .setBypass("<-loopback>"); // Chromium sends loopback traffic around proxies unless told: nothing goes around
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            proxy.setUsername(URLDecoder.decode(parts[0], StandardCharsets.UTF_8));
            if (parts.length > 1) {
                proxy.setPassword(URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        return new BrowserProxy(id, proxy);
    }
}
