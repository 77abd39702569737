package dev.capexbrief.render.model;

/** A fact of the edition printed under the title: "AS OF", "DATA CUT-OFF", "COMPANIES COVERED", ... */
public record Fact(String label, String value) {
}
