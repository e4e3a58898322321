package dev.answerlens.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every endpoint of the API with a valid request for it, so the isolation, authentication and
 * bad-input tests each cover all of them; {@code EndpointCatalogueTest} fails when the OpenAPI
 * document lists an endpoint missing here.
 */
public final class Endpoints {

    /** One operation: method, path template ({id} is the target resource), a valid JSON body or null. */
    public record Endpoint(String method, String template, String validBody, boolean open, String contentType) {
        public boolean targetsOne() {
            return template.contains("{id}");
        }

        public boolean isCsv() {
            return contentType.equals("text/csv");
        }

        public boolean hasBody() {
            return validBody != null;
        }

        /** The path with {id} replaced by the owner's resource of the kind the path names. */
        public String path(Ids ids) {
            if (!targetsOne()) {
                return template.replace("{queue}", "scrape.chatgpt");
            }
            String collection = template.substring("/v1/".length(), template.indexOf("/{id}"));
            UUID id = ids.byCollection().get(collection);
            if (id == null) {
                throw new IllegalStateException("no id of " + collection + " for " + template);
            }
            return template.replace("{id}", id.toString());
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** The ids of one workspace's resources, by the collection name in their paths. */
    public record Ids(Map<String, UUID> byCollection) {
    }

    public static final List<Endpoint> ALL = List.of(
            open("POST", "/v1/workspaces", "{\"name\": \"w\"}"),
            of("GET", "/v1/workspaces/{id}", null),
            of("POST", "/v1/api-keys", "{\"scope\": \"read\"}"),
            of("GET", "/v1/api-keys", null),
            of("DELETE", "/v1/api-keys/{id}", null),
            of("POST", "/v1/brands", "{\"name\": \"Brand " + UUID.randomUUID() + "\", \"kind\": \"competitor\"}"),
            of("GET", "/v1/brands", null),
            of("GET", "/v1/brands/{id}", null),
            of("PATCH", "/v1/brands/{id}", "{\"matching\": \"requires-context\"}"),
            of("GET", "/v1/brands/export", null),
            csv("POST", "/v1/brands/import", "name,kind,aliases,domains\r\nImported " + UUID.randomUUID() + ",competitor,,\r\n"),
            of("POST", "/v1/prompts", "{\"text\": \"q\", \"platforms\": [\"chatgpt\"]}"),
            of("GET", "/v1/prompts", null),
            of("GET", "/v1/prompts/{id}", null),
            of("GET", "/v1/prompts/export", null),
            csv("POST", "/v1/prompts/import", "text,platforms\r\nimported question?,chatgpt|gemini\r\n"),
            of("PATCH", "/v1/prompts/{id}", "{\"priority\": 7, \"cron\": \"0 9 * * 1-5\"}"),
            of("POST", "/v1/prompts/{id}/runs", null),
            of("POST", "/v1/run-requests", "{\"tag\": \"crm\"}"),
            of("GET", "/v1/run-requests", null),
            of("GET", "/v1/run-requests/{id}", null),
            of("GET", "/v1/budget", null),
            of("PUT", "/v1/budget", "{\"dailyJobs\": 100, \"dailyCostUsd\": 5.5}"),
            of("GET", "/v1/scheduling/holds", null),
            of("POST", "/v1/admin/queues/{queue}/replay", "{\"dryRun\": true}"),
            of("POST", "/v1/admin/reextractions", "{\"from\": \"2026-03-01\", \"to\": \"2026-03-02\"}"),
            of("POST", "/v1/webhooks", "{\"url\": \"https://example.com/hook\", \"events\": [\"mention-rate.drop\"]}"),
            of("GET", "/v1/webhooks", null),
            of("DELETE", "/v1/webhooks/{id}", null),
            of("GET", "/v1/analytics/summary", null),
            of("GET", "/v1/analytics/timeseries", null),
            of("GET", "/v1/analytics/leaderboard", null),
            of("GET", "/v1/analytics/sources", null),
            of("GET", "/v1/analytics/failures", null),
            of("GET", "/v1/exports/summary", null),
            of("GET", "/v1/exports/timeseries", null),
            of("GET", "/v1/exports/leaderboard", null),
            of("GET", "/v1/exports/sources", null),
            of("GET", "/v1/exports/daily", null),
            of("GET", "/v1/analytics/breakdown", null),
            of("GET", "/v1/analytics/change", null),
            of("GET", "/v1/analytics/answers", null),
            of("GET", "/v1/analytics/answers/{id}", null),
            of("GET", "/v1/analytics/engine-comparison", null),
            of("GET", "/v1/analytics/competitor-suggestions", null));

    private Endpoints() {
    }

    private static Endpoint of(String method, String template, String body) {
        return new Endpoint(method, template, body, false, "application/json");
    }

    private static Endpoint csv(String method, String template, String body) {
        return new Endpoint(method, template, body, false, "text/csv");
    }

    private static Endpoint open(String method, String template, String body) {
        return new Endpoint(method, template, body, true, "application/json");
    }


}
