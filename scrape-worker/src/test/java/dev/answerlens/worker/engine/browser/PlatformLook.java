package dev.answerlens.worker.engine.browser;

import java.util.Map;

/**
 * How a stand-in page looks for one platform: the markup its adapter's selectors (the default
 * configuration in application.properties) expect. {@code answerHtml} holds an element with id
 * standin-wrap, where the busy indicator and sources go, and inside it the (empty) answer container.
 */
record PlatformLook(String inputHtml, String inputCss, String submitHtml, String submitCss, String answerHtml,
                    String answerCss, String busyHtml, String sourcesStyle, String captchaHtml, String loginHtml,
                    String errorHtml, String truncatedHtml, boolean promptInUrl) {

    /** The platform that answers only with a session cookie (the others also answer logged out). */
    static final String NEEDS_SESSION = "claude";
    static final String SESSION_COOKIE = "standin-session=signed-in";

    private static final String CLOUDFLARE = "<form id=\"challenge-form\"><p>Verify you are human by completing the action below.</p></form>";
    private static final String GOOGLE_CAPTCHA = "<form id=\"captcha-form\"><p>Our systems have detected unusual traffic.</p></form>";

    static final Map<String, PlatformLook> BY_PLATFORM = Map.of(
            "chatgpt", new PlatformLook(
                    "<div id=\"prompt-textarea\" contenteditable=\"true\"></div>", "#prompt-textarea",
                    "<button data-testid=\"send-button\">Send</button>", "button[data-testid=\"send-button\"]",
                    "<div data-message-author-role=\"assistant\" id=\"standin-wrap\"><div class=\"markdown\"></div></div>",
                    "div[data-message-author-role=\"assistant\"] .markdown",
                    "<button data-testid=\"stop-button\">Stop</button>", "none", CLOUDFLARE,
                    "<div role=\"dialog\"><p>Log in to keep chatting</p><button data-testid=\"login-button\">Log in</button></div>",
                    "<div class=\"text-token-text-error\">Something went wrong while generating the response.</div>",
                    "<button data-testid=\"continue-button\">Continue generating</button>", false),
            "perplexity", new PlatformLook(
                    "<textarea id=\"ask-input\" placeholder=\"Ask anything...\"></textarea>", "#ask-input",
                    "<button data-testid=\"submit-button\">Ask</button>", "button[data-testid=\"submit-button\"]",
                    "<div id=\"standin-wrap\"><div id=\"markdown-content-0\"><div class=\"prose\"></div></div></div>",
                    "div[id^=\"markdown-content-\"] .prose",
                    "<button data-testid=\"stop-generating-response-button\">Stop</button>", "perplexity", CLOUDFLARE,
                    "<div data-testid=\"login-modal\">Sign in or create an account to continue</div>",
                    "<div data-testid=\"error-banner\">Something went wrong. Please try again.</div>", null, false),
            "gemini", new PlatformLook(
                    "<rich-textarea><div class=\"ql-editor\" contenteditable=\"true\"></div></rich-textarea>", "rich-textarea .ql-editor",
                    // below the fold (the viewport is 900 px high): the adapter must scroll to its send button
                    "<div style=\"height: 1200px\"></div><button class=\"send-button\">Send</button>", "button.send-button",
                    "<div id=\"standin-wrap\"><message-content><div class=\"markdown\"></div></message-content></div>",
                    "message-content .markdown",
                    "<button aria-label=\"Stop response\">Stop</button>", "none", GOOGLE_CAPTCHA,
                    "<div class=\"sign-in-required\">Sign in to use Gemini</div>",
                    "<div class=\"error-message\">Something went wrong.</div>", null, false),
            "copilot", new PlatformLook(
                    "<textarea id=\"userInput\" placeholder=\"Message Copilot\"></textarea>", "#userInput",
                    "<button data-testid=\"submit-button\">Submit</button>", "button[data-testid=\"submit-button\"]",
                    "<div id=\"standin-wrap\"><div data-content=\"ai-message\"></div></div>", "div[data-content=\"ai-message\"]",
                    "<button data-testid=\"stop-button\">Stop</button>", "none", CLOUDFLARE,
                    "<div data-testid=\"sign-in-wall\">Sign in to continue</div>",
                    "<div data-testid=\"error-message\">Something went wrong.</div>", null, false),
            "google-ai-overviews", new PlatformLook(null, null, null, null,
                    "<div data-attrid=\"AIOverview\" id=\"standin-wrap\"><h2>AI Overview</h2><div data-container=\"ai-overview\"></div></div>",
                    "div[data-attrid=\"AIOverview\"] div[data-container=\"ai-overview\"]",
                    "<div role=\"progressbar\">Generating...</div>", "google", GOOGLE_CAPTCHA, null, null, null, true),
            "google-ai-mode", new PlatformLook(null, null, null, null,
                    "<div data-container-id=\"main-col\" id=\"standin-wrap\"><div data-subtree=\"aimc\"></div></div>",
                    "div[data-container-id=\"main-col\"] div[data-subtree=\"aimc\"]",
                    "<div role=\"progressbar\">Thinking...</div>", "google", GOOGLE_CAPTCHA, null, null, null, true),
            "claude", new PlatformLook(
                    "<div contenteditable=\"true\" class=\"ProseMirror\"></div>", "div[contenteditable=\"true\"].ProseMirror",
                    "<button aria-label=\"Send message\">Send</button>", "button[aria-label=\"Send message\"]",
                    "<div id=\"standin-wrap\"><div class=\"font-claude-response\"></div></div>", "div.font-claude-response",
                    "<button aria-label=\"Stop response\">Stop</button>", "none", CLOUDFLARE,
                    "<label>Email</label><input id=\"email\" type=\"email\">",
                    "<div data-testid=\"error-banner\">Claude is unavailable right now.</div>", null, false));
}
