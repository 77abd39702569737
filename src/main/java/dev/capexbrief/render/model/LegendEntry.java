package dev.capexbrief.render.model;

/** One entry of an exhibit's key: how it is drawn and what it says ("guided range", "FY2025 actual"). */
public record LegendEntry(Symbol symbol, String text) {
    public enum Symbol { BAR, RANGE, ARROW, TICK, MARKER, HOLLOW_MARKER }
}
