package dev.answerlens.worker.engine.browser;

import java.util.Locale;
import java.util.Map;

/**
 * The locale, time zone and position a context presents, from the prompt's language and country, so
 * a platform answers as it would for a person there. An unknown country gets UTC and no position.
 */
record BrowserLocale(String locale, String timezoneId, Double latitude, Double longitude) {
    private record Place(String timezone, double latitude, double longitude) {
    }

    private static final Map<String, Place> PLACES = Map.ofEntries(
            Map.entry("US", new Place("America/New_York", 40.7128, -74.0060)),
            Map.entry("CA", new Place("America/Toronto", 43.6532, -79.3832)),
            Map.entry("GB", new Place("Europe/London", 51.5074, -0.1278)),
            Map.entry("IE", new Place("Europe/Dublin", 53.3498, -6.2603)),
            Map.entry("DE", new Place("Europe/Berlin", 52.5200, 13.4050)),
            Map.entry("AT", new Place("Europe/Vienna", 48.2082, 16.3738)),
            Map.entry("CH", new Place("Europe/Zurich", 47.3769, 8.5417)),
            Map.entry("FR", new Place("Europe/Paris", 48.8566, 2.3522)),
            Map.entry("ES", new Place("Europe/Madrid", 40.4168, -3.7038)),
            Map.entry("IT", new Place("Europe/Rome", 41.9028, 12.4964)),
            Map.entry("NL", new Place("Europe/Amsterdam", 52.3676, 4.9041)),
            Map.entry("PL", new Place("Europe/Warsaw", 52.2297, 21.0122)),
            Map.entry("SE", new Place("Europe/Stockholm", 59.3293, 18.0686)),
            Map.entry("BR", new Place("America/Sao_Paulo", -23.5505, -46.6333)),
            Map.entry("MX", new Place("America/Mexico_City", 19.4326, -99.1332)),
            Map.entry("IN", new Place("Asia/Kolkata", 19.0760, 72.8777)),
            Map.entry("JP", new Place("Asia/Tokyo", 35.6762, 139.6503)),
            Map.entry("AU", new Place("Australia/Sydney", -33.8688, 151.2093)),
            Map.entry("SG", new Place("Asia/Singapore", 1.3521, 103.8198)));

    static BrowserLocale of(String language, String country) {
        String lang = language == null || language.isBlank() ? "en" : language.toLowerCase(Locale.ROOT);
        String ctry = country == null ? "" : country.toUpperCase(Locale.ROOT);
        Place place = PLACES.get(ctry);
        String locale = ctry.isEmpty() ? lang : lang + "-" + ctry;
        return place == null ? new BrowserLocale(locale, "UTC", null, null)
                : new BrowserLocale(locale, place.timezone(), place.latitude(), place.longitude());
    }
}
