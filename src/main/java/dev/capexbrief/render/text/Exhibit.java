package dev.capexbrief.render.text;

/** The charts of a briefing, each titled by {@code exhibits/<id>.ftl} (first line: title; rest: note). */
public enum Exhibit {
    GUIDANCE("guidance"),
    HISTORY("history"),
    QUARTERLY("quarterly"),
    RUN_RATE("run-rate"),
    LADDER("ladder");

    private final String id;

    Exhibit(String id) {
        this.id = id;
    }

    public String template() {
        return "exhibits/" + id + ".ftl";
    }

    public String id() {
        return id;
    }
}
