package dev.answerlens.model;

/** How an answer was collected; stored with every answer so UI, API and simulated answers are never mixed silently. */
public enum Engine {
    BROWSER("browser"),
    API("api"),
    SIMULATED("simulated");

    private final String id;

    Engine(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
