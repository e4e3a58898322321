package dev.answerlens.api.dashboard;

/** How the dashboard names the collection engines. */
final class EngineNames {
    private EngineNames() {
    }

    static String of(String id) {
        return switch (id) {
            case "browser" -> "Web UI (browser)";
            case "api" -> "API";
            case "simulated" -> "Simulated (demo)";
            default -> id;
        };
    }
}
