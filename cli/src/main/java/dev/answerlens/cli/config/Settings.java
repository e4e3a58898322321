package dev.answerlens.cli.config;

/** Where the client talks to and with which key: what every command needs before its first request. */
public record Settings(String url, String key) {
    public static final String DEFAULT_URL = "http://127.0.0.1:8080";

    public Settings {
        url = url == null || url.isBlank() ? DEFAULT_URL : url.strip().replaceAll("/+$", "");
    }

    public boolean hasKey() {
        return key != null && !key.isBlank();
    }
}
