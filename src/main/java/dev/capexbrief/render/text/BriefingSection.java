package dev.capexbrief.render.text;

/**
 * The parts of a briefing that carry a heading and an intro from {@code sections/<id>.ftl}, in
 * reading order. Each becomes one entry of the PDF outline.
 */
public enum BriefingSection {
    TAKEAWAYS("takeaways"),
    THIS_WEEK("this-week"),
    GUIDANCE("guidance"),
    HISTORY("history"),
    RUN_RATE("run-rate"),
    /** Capex against operating cash flow, revenue and depreciation; only where the data has those lines. */
    CASH("cash"),
    CHANGES("changes"),
    OTHER_PLANS("other-plans"),
    METHODOLOGY("methodology"),
    DISCLAIMER("disclaimer");

    private final String id;

    BriefingSection(String id) {
        this.id = id;
    }

    /** The template that writes this section's heading and intro. */
    public String template() {
        return "sections/" + id + ".ftl";
    }

    public String id() {
        return id;
    }
}
