package dev.capexbrief.render.model;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.render.text.CompanyColors;
import dev.capexbrief.render.text.Theme;

import java.awt.Color;

/** Each company's colour and marker shape, the same in every exhibit and both outputs. */
public interface CompanyStyle {
    Color color(String companyId);

    /** An index into the chart library's standard series shapes. */
    int marker(String companyId);

    /** The theme's colours for a briefing's companies: by company id, never by position in the data. */
    static CompanyStyle of(Theme theme, Briefing b) {
        CompanyColors colors = CompanyColors.of(theme, b);
        return new CompanyStyle() {
            @Override
            public Color color(String companyId) {
                return colors.color(companyId);
            }

            @Override
            public int marker(String companyId) {
                return colors.marker(companyId);
            }
        };
    }
}
