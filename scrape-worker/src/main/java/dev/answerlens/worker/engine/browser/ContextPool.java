package dev.answerlens.worker.engine.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bounded set of browser contexts of one browser, used only on the browser thread. A finished job's
 * context is kept and recycled (cookies and storage cleared) for the next job with the same session,
 * locale, zone and proxy; a context that failed or crashed is closed.
 */
final class ContextPool {
    /** A context with its one page, lent to one job at a time. */
    static final class Lease {
        private static final String NAVIGATE = """
                a => {
                  if (a.clearStorage) { try { localStorage.clear(); sessionStorage.clear(); } catch (e) {} }
                  window.__answerlensLeaving = true;
                  location.href = a.url;
                }""";

        final BrowserContext context;
        final Page page;
        final BrowserTask.ContextKey key;
        final String proxyId;
        private volatile boolean crashed;
        private volatile int documentStatus;
        private volatile String navigationError;
        private boolean storageToClear;

        Lease(BrowserContext context, Page page, BrowserTask.ContextKey key, String proxyId) {
            this.context = context;
            this.page = page;
            this.key = key;
            this.proxyId = proxyId;
            page.onCrash(p -> crashed = true);
            // Navigations are started from the page, without waiting: their outcome arrives as events.
            page.onResponse(response -> {
                if (response.request().isNavigationRequest() && response.frame() == page.mainFrame()) {
                    documentStatus = response.status();
                }
            });
            page.onRequestFailed(request -> {
                if (request.isNavigationRequest() && request.frame() == page.mainFrame()) {
                    navigationError = request.failure();
                }
            });
        }

        boolean crashed() {
            return crashed;
        }

        /**
         * Starts loading {@code url} from the page itself, so the browser thread does not wait for the response
         * (its outcome arrives as events and in the probe); a mark tells the old document from the new. A recycled
         * context's storage is cleared in the same call, from the previous job's document.
         */
        void navigate(String url) {
            documentStatus = 0;
            navigationError = null;
            page.evaluate(NAVIGATE, Map.of("url", url, "clearStorage", storageToClear));
            storageToClear = false;
        }

        /** The HTTP status of the page's document (0 until it arrived). */
        int documentStatus() {
            return documentStatus;
        }

        String navigationError() {
            return navigationError;
        }
    }

    private final Map<BrowserTask.ContextKey, Deque<Lease>> idle = new HashMap<>();
    private final int capacity;
    private final AtomicLong contextsOpened = new AtomicLong();
    private final AtomicLong contextOpenNanos = new AtomicLong();
    private Browser browser;
    private int open;

    ContextPool(int capacity) {
        this.capacity = capacity;
    }

    /** Starts over with a new browser: the old one's contexts are gone with it. */
    void useBrowser(Browser browser) {
        this.browser = browser;
        idle.clear();
        open = 0;
    }

    Lease acquire(BrowserTask.ContextKey key) {
        Deque<Lease> same = idle.get(key);
        while (same != null && !same.isEmpty()) {
            Lease lease = same.pop();
            if (!lease.crashed() && recycle(lease)) {
                return lease;
            }
            close(lease);
        }
        if (open >= capacity) {
            closeOneIdle();
        }
        return openContext(key);
    }

    /** Keeps a healthy context for the next job; closes one that failed, so no bad state is carried over. */
    void release(Lease lease, boolean reusable) {
        if (reusable && !lease.crashed()) {
            idle.computeIfAbsent(lease.key, k -> new ArrayDeque<>()).push(lease);
        } else {
            close(lease);
        }
    }

    /** Forgets a lease whose browser is gone. */
    void drop(Lease lease) {
        open = Math.max(0, open - 1);
    }

    long contextsOpened() {
        return contextsOpened.get();
    }

    long contextOpenNanos() {
        return contextOpenNanos.get();
    }

    private Lease openContext(BrowserTask.ContextKey key) {
        long started = System.nanoTime();
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setLocale(key.locale().locale())
                .setTimezoneId(key.locale().timezoneId())
                .setViewportSize(1280, 900);
        if (key.locale().latitude() != null) {
            options.setGeolocation(key.locale().latitude(), key.locale().longitude()).setPermissions(List.of("geolocation"));
        }
        if (key.storageState() != null) {
            options.setStorageStatePath(Path.of(key.storageState()));
        }
        String proxyId = null;
        if (key.proxy() != null) {
            options.setProxy(key.proxy().playwright());
            proxyId = key.proxy().id();
        }
        BrowserContext context = browser.newContext(options);
        Lease lease;
        try {
            lease = new Lease(context, context.newPage(), key, proxyId);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        open++;
        contextsOpened.incrementAndGet();
        contextOpenNanos.addAndGet(System.nanoTime() - started);
        return lease;
    }

    /** Clears the cookies now and the page's storage with the next navigation (one call less per job). */
    private boolean recycle(Lease lease) {
        try {
            if (lease.key.storageState() == null) {
                lease.context.clearCookies();
                lease.storageToClear = true;
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void closeOneIdle() {
        for (Deque<Lease> leases : idle.values()) {
            Lease lease = leases.pollLast();
            if (lease != null) {
                close(lease);
                return;
            }
        }
    }

    private void close(Lease lease) {
        open = Math.max(0, open - 1);
        try {
            lease.context.close();
        } catch (RuntimeException ignored) {
            // A crashed context may refuse to close; the browser frees it.
        }
    }
}
