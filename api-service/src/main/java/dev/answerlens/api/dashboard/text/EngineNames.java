package dev.answerlens.api.dashboard.text;

/** How the dashboard names the collection engines. */
public final class EngineNames {
    private EngineNames() {
    }

    public static String of(String id) {
        return switch (id) {
            case "browser" -> "Web UI (browser)";
            case "api" -> "API";
            case "simulated" -> "Simulated (demo)";
            default -> id;
        };
    }
}
