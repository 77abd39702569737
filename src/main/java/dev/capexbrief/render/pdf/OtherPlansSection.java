package dev.capexbrief.render.pdf;

import com.lowagie.text.pdf.PdfPTable;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.render.text.BriefingSection;
import dev.capexbrief.render.text.TopCompanies;

import java.util.List;

/**
 * Other plans: later years, quarters and multi-year programmes, with the annual average of a
 * multi-year plan; the largest companies' first when there are more than a page holds.
 */
final class OtherPlansSection {
    private final Composer c;

    OtherPlansSection(Composer composer) {
        this.c = composer;
    }

    void write() {
        Briefing b = c.briefing();
        if (b.otherPlans().isEmpty()) {
            c.section(BriefingSection.OTHER_PLANS, 80);
            return;
        }
        Tables t = c.tables();
        PdfPTable table = t.create(new float[]{1.5f, 1.15f, 2.9f, 0.95f, 0.95f, 0.8f},
                new String[]{"Company and metric", "Period", "Plan as stated", "Annual average", "Announced", "Sources"},
                new int[]{Tables.LEFT, Tables.LEFT, Tables.LEFT, Tables.RIGHT, Tables.LEFT, Tables.LEFT});
        List<GuidanceLine> shown = c.top().capped(b.otherPlans(), TopCompanies.LIST_ROWS, g -> g.company().id(),
                (x, y) -> 0);
        for (GuidanceLine g : shown) {
            t.stacked(table, g.company().name(), g.metric().replace('_', ' '),
                    c.charts().companyColor(g.company().id()));
            t.text(table, g.period().label(), Tables.LEFT);
            t.stacked(table, g.label(), g.statedLabel().equals(g.label()) ? "" : "stated " + g.statedLabel(), null, Tables.LEFT);
            t.text(table, g.annualAverage() == null ? "\u2013" : MoneyFormat.billions(g.annualAverage(), b.currency()),
                    Tables.RIGHT);
            t.text(table, g.announced().toString(), Tables.LEFT);
            t.muted(table, c.sources().refs(g.source()), Tables.LEFT);
        }
        t.more(table, b.otherPlans().size() - shown.size(), "plans in the workbook's Guidance sheet.");
        c.section(BriefingSection.OTHER_PLANS, c.keepFor(table) + 80);
        c.add(table);
    }
}
