package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.CompanyProfile;
import dev.capexbrief.render.text.Theme;

import java.awt.Color;

/** What every sheet writer reads: the briefing, the look, and the shared source numbering. */
record Context(Briefing briefing, Theme theme, Styles styles, SourceIndex sources, NativeCharts charts) {

    /** A company's colour, the same slot the PDF charts use. */
    Color colorOf(CompanyProfile company) {
        return theme.companyColor(company.colorIndex());
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
