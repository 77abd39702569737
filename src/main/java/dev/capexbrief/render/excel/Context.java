package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.CompanyProfile;
import dev.capexbrief.render.text.CompanyColors;
import dev.capexbrief.render.text.Theme;

import java.awt.Color;

/**
 * What every sheet writer reads: the briefing, the look, the companies' colours in this briefing
 * and the shared source numbering.
 */
record Context(Briefing briefing, Theme theme, CompanyColors colors, Styles styles, SourceIndex sources,
               NativeCharts charts) {

    /** A company's colour, by its id: the one the PDF charts give it. */
    Color colorOf(CompanyProfile company) {
        return colors.color(company.id());
    }

    /** Company names for ids, in the given order: "Amazon, Microsoft". */
    String names(java.util.List<String> ids) {
        // a map, not a search per id: a total can list 20,000 companies
        java.util.Map<String, String> byId = new java.util.HashMap<>();
        briefing.companies().forEach(p -> byId.putIfAbsent(p.id(), p.name()));
        return ids.stream().map(id -> byId.getOrDefault(id, id)).collect(java.util.stream.Collectors.joining(", "));
    }

    String currency() {
        return briefing.currency();
    }
}
