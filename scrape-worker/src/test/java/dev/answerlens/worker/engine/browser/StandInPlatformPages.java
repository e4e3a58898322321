package dev.answerlens.worker.engine.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local web app imitating each platform's chat page (markup from {@link PlatformLook}): the prompt is
 * typed and sent (or, for Google, carried in the URL), then the answer streams in chunks from
 * /stream over a fixed time, re-rendered as it grows, with a busy indicator until it is done and the
 * platform's sources after. A marker in the prompt changes what the page does: {@code [stand-in:captcha]},
 * {@code login}, {@code error}, {@code empty}, {@code hang}, {@code changed} (a redesigned page without
 * the answer), {@code truncated}, {@code slow} (streams over the slow time), {@code 429} (Google pages
 * answer HTTP 429). Claude's page shows its login wall unless the session cookie is set. Every other page
 * leaves a cookie, local and session storage behind, and an answer starts with what an earlier job left
 * (a context recycled without clearing). It counts the answers streaming at once.
 */
public final class StandInPlatformPages implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHUNKS = 8;
    private final HttpServer server;
    private final ScheduledExecutorService chunkTimer;
    private final long streamMillis;
    private final long slowStreamMillis;
    private final AtomicInteger streaming = new AtomicInteger();
    private final AtomicInteger peakStreaming = new AtomicInteger();
    private final AtomicInteger streamsServed = new AtomicInteger();

    public StandInPlatformPages(long streamMillis, long slowStreamMillis) throws IOException {
        this.streamMillis = streamMillis;
        this.slowStreamMillis = slowStreamMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        chunkTimer = Executors.newScheduledThreadPool(2);
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The URL to configure for a platform (Google pages carry the prompt in the URL). */
    public String urlFor(String platform) {
        return PlatformLook.BY_PLATFORM.get(platform).promptInUrl()
                ? baseUrl() + "/" + platform + "/search?q={prompt}" : baseUrl() + "/" + platform + "/";
    }

    public int peakConcurrentStreams() {
        return peakStreaming.get();
    }

    public int streamingNow() {
        return streaming.get();
    }

    public int streamsServed() {
        return streamsServed.get();
    }

    public void resetPeak() {
        peakStreaming.set(streaming.get());
    }

    /** The answer every platform streams, as the markdown its adapter must read back. */
    public static String expectedMarkdown(String prompt, String locale, String timezone) {
        return "Asked from " + locale + " (" + timezone + "): *" + prompt + "*\n\n"
                + "For a small agency, these CRMs come up most often:\n\n"
                + "1. **HubSpot** – a free tier and quick setup ([hubspot.com](https://www.hubspot.com/))\n"
                + "2. **Pipedrive** – a visual sales pipeline\n"
                + "3. **Zoho CRM** – good value for money\n\n"
                + "In short, **HubSpot** suits most agencies.";
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().equals("/stream")) {
            stream(exchange, query(exchange.getRequestURI().getRawQuery())); // answers over time, then closes
            return;
        }
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String platform = path.replaceAll("^/([^/]+)/.*$", "$1");
            PlatformLook look = PlatformLook.BY_PLATFORM.get(platform);
            if (look == null) {
                send(exchange, 404, "text/plain", "no such page");
            } else if (query.getOrDefault("q", "").contains("[stand-in:429]")) {
                send(exchange, 429, "text/html", "<html><body><h1>Too many requests</h1></body></html>");
            } else {
                send(exchange, 200, "text/html; charset=utf-8", page(look));
            }
        }
    }

    private void stream(HttpExchange exchange, Map<String, String> query) throws IOException {
        String prompt = query.getOrDefault("q", "");
        long millis = prompt.contains("[stand-in:slow]") ? slowStreamMillis : streamMillis;
        String leftOver = query.getOrDefault("left", "");
        String html = (leftOver.isEmpty() ? "" : "<p>Left over from an earlier job: " + escape(leftOver) + "</p>")
                + "<p>Asked from " + escape(query.get("lang")) + " (" + escape(query.get("tz")) + "): <em>" + escape(prompt) + "</em></p>"
                + "<p>For a small agency, these CRMs come up most often:</p>"
                + "<ol><li><strong>HubSpot</strong> – a free tier and quick setup (<a href=\"https://www.hubspot.com/\">hubspot.com</a>)</li>"
                + "<li><strong>Pipedrive</strong> – a visual sales pipeline</li>"
                + "<li><strong>Zoho CRM</strong> – good value for money</li></ol>"
                + "<p>In short, <strong>HubSpot</strong> suits most agencies.</p>";
        int now = streaming.incrementAndGet();
        peakStreaming.accumulateAndGet(now, Math::max);
        try {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
        } catch (IOException e) {
            endStream(exchange, false);
            throw e;
        }
        sendChunk(exchange, html, 0, millis / CHUNKS);
    }

    /** Chunk {@code i} of {@link #CHUNKS} leaves {@code every} ms after the previous one, from a timer (no thread waits). */
    private void sendChunk(HttpExchange exchange, String html, int i, long every) {
        chunkTimer.schedule(() -> {
            try {
                OutputStream out = exchange.getResponseBody();
                out.write(html.substring(html.length() * i / CHUNKS, html.length() * (i + 1) / CHUNKS).getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                endStream(exchange, false); // the page went away (a crash or a closed context under test)
                return;
            }
            if (i + 1 < CHUNKS) {
                sendChunk(exchange, html, i + 1, every);
            } else {
                endStream(exchange, true);
            }
        }, every, TimeUnit.MILLISECONDS);
    }

    private void endStream(HttpExchange exchange, boolean complete) {
        exchange.close();
        if (complete) {
            streamsServed.incrementAndGet();
        }
        streaming.decrementAndGet();
    }

    private static String page(PlatformLook look) throws IOException {
        Map<String, Object> config = new HashMap<>();
        config.put("inputCss", look.inputCss());
        config.put("submitCss", look.submitCss());
        config.put("answerHtml", look.answerHtml());
        config.put("answerCss", look.answerCss());
        config.put("busyHtml", look.busyHtml());
        config.put("sourcesStyle", look.sourcesStyle());
        config.put("captchaHtml", look.captchaHtml());
        config.put("loginHtml", look.loginHtml());
        config.put("errorHtml", look.errorHtml());
        config.put("truncatedHtml", look.truncatedHtml());
        config.put("promptInUrl", look.promptInUrl());
        config.put("needsSession", look == PlatformLook.BY_PLATFORM.get(PlatformLook.NEEDS_SESSION));
        config.put("sessionCookie", PlatformLook.SESSION_COOKIE);
        String controls = look.promptInUrl() ? "" : look.inputHtml() + look.submitHtml();
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>Stand-in</title></head>
                <body><main id="app">%s<div id="thread"></div></main>
                <script>
                const look = %s;
                const add = (html) => { if (html) document.getElementById('app').insertAdjacentHTML('beforeend', html); };
                const sources = (style) => {
                  const list = [['https://www.g2.com/categories/crm', 'Best CRM Software'], ['https://www.capterra.com/crm-software/', 'CRM Software 2026']];
                  if (style === 'perplexity') return '<div data-testid="sources">' + list.map((s, i) => '<a href="' + s[0] + '" title="' + s[1] + '">' + (i + 1) + '</a>').join('') + '</div>';
                  if (style === 'google') return '<ul class="sources">' + list.map(s => '<li><a href="' + s[0] + '" title="' + s[1] + '">' + s[1] + '</a></li>').join('') + '</ul>';
                  return '';
                };
                async function run(q) {
                  const mode = (q.match(/\\[stand-in:([a-z0-9-]+)\\]/) || [])[1];
                  if (mode === 'captcha') return add(look.captchaHtml);
                  if (mode === 'login') return add(look.loginHtml);
                  if (mode === 'error') return add(look.errorHtml);
                  if (mode === 'changed') { document.getElementById('app').innerHTML = '<div class="redesigned"><p>Try our new assistant</p></div>'; return; }
                  document.getElementById('thread').insertAdjacentHTML('beforeend', look.answerHtml);
                  const wrap = document.getElementById('standin-wrap');
                  const answers = document.querySelectorAll(look.answerCss);
                  const answer = answers[answers.length - 1];
                  if (mode === 'empty') return;
                  wrap.insertAdjacentHTML('beforeend', '<span id="standin-busy">' + look.busyHtml + '</span>');
                  if (mode === 'hang') return;
                  const lang = navigator.language, tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
                  const res = await fetch('/stream?q=' + encodeURIComponent(q) + '&lang=' + encodeURIComponent(lang) + '&tz=' + encodeURIComponent(tz)
                    + '&left=' + encodeURIComponent(leftOver.join(', ')));
                  const reader = res.body.getReader(), decoder = new TextDecoder();
                  let html = '';
                  for (;;) {
                    const { done, value } = await reader.read();
                    if (done) break;
                    html += decoder.decode(value, { stream: true });
                    answer.innerHTML = html;
                  }
                  document.getElementById('standin-busy').remove();
                  wrap.insertAdjacentHTML('beforeend', sources(look.sourcesStyle));
                  if (mode === 'truncated' && look.truncatedHtml) wrap.insertAdjacentHTML('beforeend', look.truncatedHtml);
                }
                // What an earlier job in this context left behind (a logged-in context keeps its state on purpose).
                const leftOver = look.needsSession ? [] : [
                  document.cookie.split('; ').includes('standin-visit=1') ? 'cookie' : null,
                  localStorage.getItem('standin-visit') ? 'localStorage' : null,
                  sessionStorage.getItem('standin-visit') ? 'sessionStorage' : null].filter(x => x);
                document.cookie = 'standin-visit=1; path=/';
                localStorage.setItem('standin-visit', '1');
                sessionStorage.setItem('standin-visit', '1');
                if (look.needsSession && !document.cookie.split('; ').includes(look.sessionCookie)) {
                  add(look.loginHtml);
                } else if (look.promptInUrl) {
                  run(new URLSearchParams(location.search).get('q') || '');
                } else {
                  document.querySelector(look.submitCss).addEventListener('click', () => {
                    const input = document.querySelector(look.inputCss);
                    run(input.value !== undefined ? input.value : input.innerText);
                  });
                }
                </script></body></html>
                """.formatted(controls, JSON.writeValueAsString(config));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        chunkTimer.shutdownNow();
    }
}
