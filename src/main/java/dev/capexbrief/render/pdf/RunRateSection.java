package dev.capexbrief.render.pdf;

import com.lowagie.text.pdf.PdfPTable;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.QuarterSeries;
import dev.capexbrief.render.chart.QuarterlyChart;
import dev.capexbrief.render.chart.RunRateChart;
import dev.capexbrief.render.text.BriefingSection;
import dev.capexbrief.render.text.Exhibit;

import java.util.List;
import java.util.Optional;

/**
 * Quarterly run rate: quarterly actuals, run rate against the plan, and the table behind both; the
 * top companies by plan when there are more than the theme shows.
 */
final class RunRateSection {
    private final Composer c;

    RunRateSection(Composer composer) {
        this.c = composer;
    }

    void write() {
        Briefing b = c.briefing();
        c.sectionWithExhibit(BriefingSection.RUN_RATE, Exhibit.QUARTERLY, 215, QuarterlyChart::create);
        c.exhibit(Exhibit.RUN_RATE, 165, RunRateChart::create);
        List<QuarterSeries> all = b.quarterly().stream().filter(q -> q.latest() != null).toList();
        if (all.isEmpty()) {
            return;
        }
        List<QuarterSeries> shown = c.top().select(all, id -> b.quarterlyFor(id).filter(q -> q.latest() != null));
        Tables t = c.tables();
        String focus = "FY" + b.focusYear();
        PdfPTable table = t.create(new float[]{1.5f, 1.0f, 1.1f, 1.0f, 1.05f, 1.35f, 1.0f},
                new String[]{"Company", "Latest quarter", "Months", "Quarterly capex", "Run rate (\u00d74)",
                        focus + " plan", "Run rate vs plan"},
                new int[]{Tables.LEFT, Tables.LEFT, Tables.LEFT, Tables.RIGHT, Tables.RIGHT, Tables.RIGHT, Tables.RIGHT});
        for (QuarterSeries q : shown) {
            t.stacked(table, q.company().name(), null, c.charts().companyColor(q.company().id()));
            t.text(table, q.latest().quarter().label(), Tables.LEFT);
            t.text(table, q.latest().calendarLabel(), Tables.LEFT);
            t.text(table, MoneyFormat.billions(q.latest().value(), b.currency()), Tables.RIGHT);
            t.bold(table, q.runRate() == null ? "\u2013" : MoneyFormat.billions(q.runRate(), b.currency()), Tables.RIGHT);
            Optional<GuidanceLine> plan = b.guidanceFor(q.company().id());
            t.text(table, plan.map(GuidanceLine::label).orElse("no plan"), Tables.RIGHT);
            t.bold(table, q.runRateVsGuidance() == null ? "\u2013" : MoneyFormat.percentChange(q.runRateVsGuidance()),
                    Tables.RIGHT);
        }
        c.add(table);
        if (shown.size() < all.size()) {
            boolean plansOnly = shown.stream().allMatch(q -> b.guidanceFor(q.company().id()).isPresent());
            c.paragraph(c.top().scope(shown.size(), all.size(), plansOnly)
                    + "; every company is in the workbook's Quarterly sheet.", c.styles().small(), 4);
        }
    }
}
