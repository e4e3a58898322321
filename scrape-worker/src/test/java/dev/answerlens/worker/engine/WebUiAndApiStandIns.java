package dev.answerlens.worker.engine;

import dev.answerlens.worker.engine.api.OpenAiStandIn;
import dev.answerlens.worker.engine.browser.BrowserStandIn;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Both stand-ins at once — the platform pages in real Chromium and the OpenAI-compatible server — with ChatGPT
 * collected by both engines, its web UI first: the configuration that compares a platform's web UI with its API.
 */
public class WebUiAndApiStandIns implements QuarkusTestResourceLifecycleManager {
    private final BrowserStandIn browser = new BrowserStandIn();
    private final OpenAiStandIn api = new OpenAiStandIn();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(browser.start());
        config.putAll(api.start());
        config.put("answerlens.worker.platforms.chatgpt.engine", "browser,api");
        return config;
    }

    @Override
    public void stop() {
        api.stop();
        browser.stop();
    }
}
