package dev.capexbrief.render.model;

/**
 * A mark drawn over a category of a bar exhibit, in report-currency billions: a guided range
 * (low–high), a floor (an "over" figure, drawn as an arrow up from its value), and a tick at a
 * reference value (the prior year's actual, or the plan a run rate is compared with).
 */
public record Annotation(int category, Double low, Double high, boolean floor, Double tick) {
}
