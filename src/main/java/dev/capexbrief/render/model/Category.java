package dev.capexbrief.render.model;

/**
 * A point of an exhibit's category axis: its label ("FY2025", "Oct–Dec 2025", "Amazon",
 * "2025-02-06") and its position on a numeric axis (a year, a quarter ordinal, an epoch day, or
 * the index for companies).
 */
public record Category(String label, double x) {
}
