package dev.capexbrief.render.model;

/** The sections of a briefing in reading order, each drawn from {@code sections/<template>.ftl}. */
public enum SectionId {
    TAKEAWAYS("takeaways"),
    THIS_WEEK("this-week"),
    GUIDANCE("guidance"),
    HISTORY("history"),
    RUN_RATE("run-rate"),
    CHANGES("changes"),
    OTHER_PLANS("other-plans"),
    METHODOLOGY("methodology"),
    DISCLAIMER("disclaimer");

    private final String template;

    SectionId(String template) {
        this.template = template;
    }

    public String template() {
        return "sections/" + template + ".ftl";
    }
}
