package dev.capexbrief.render.model;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.CompanyProfile;
import dev.capexbrief.render.text.Theme;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;

/** Each company's colour and marker shape, the same in every exhibit and both outputs. */
public interface CompanyStyle {
    Color color(String companyId);

    /** An index into the chart library's standard series shapes. */
    int marker(String companyId);

    /** The theme's colours for a briefing's companies. */
    static CompanyStyle of(Theme theme, Briefing b) {
        Map<String, Integer> slots = new HashMap<>();
        for (CompanyProfile p : b.companies()) {
            slots.putIfAbsent(p.id(), p.colorIndex());
        }
        return new CompanyStyle() {
            @Override
            public Color color(String companyId) {
                return theme.companyColor(slots.getOrDefault(companyId, 0));
            }

            @Override
            public int marker(String companyId) {
                return slots.getOrDefault(companyId, 0);
            }
        };
    }
}
