package dev.capexbrief.render.pdf;

import com.lowagie.text.pdf.PdfPTable;
import dev.capexbrief.analysis.AnnualActual;
import dev.capexbrief.analysis.AnnualSeries;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.render.chart.HistoryChart;
import dev.capexbrief.render.text.BriefingSection;
import dev.capexbrief.render.text.Exhibit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Capex history: the annual chart and a table of the last fiscal years, the plan and the latest
 * growth; the top companies by plan when there are more than the theme shows.
 */
final class HistorySection {
    private static final int MAX_YEARS = 6;

    private final Composer c;

    HistorySection(Composer composer) {
        this.c = composer;
    }

    void write() {
        Briefing b = c.briefing();
        c.sectionWithExhibit(BriefingSection.HISTORY, Exhibit.HISTORY, 235, HistoryChart::create);
        List<AnnualSeries> all = b.history().stream().filter(AnnualSeries::headline)
                .filter(s -> !s.years().isEmpty()).toList();
        if (all.isEmpty()) {
            return;
        }
        List<AnnualSeries> series = c.top().select(all, id -> b.headlineHistory(id).filter(s -> !s.years().isEmpty()));
        int last = series.stream().flatMap(s -> s.years().stream()).filter(a -> !a.partial())
                .mapToInt(a -> a.year().year()).max().orElse(b.focusYear() - 1);
        int first = Math.max(last - MAX_YEARS + 1,
                series.stream().flatMap(s -> s.years().stream()).mapToInt(a -> a.year().year()).min().orElseThrow());
        Tables t = c.tables();
        PdfPTable table = table(first, last, series.stream().map(s -> b.guidanceFor(s.company().id()))
                .flatMap(Optional::stream).map(g -> shortLabel(g.label())).toList());
        boolean partial = false;
        boolean derived = false;
        for (AnnualSeries s : series) {
            t.stacked(table, s.company().name(), s.company().company().fiscalYearEndName(),
                    c.charts().companyColor(s.company().id()));
            for (int y = first; y <= last; y++) {
                int year = y;
                Optional<AnnualActual> a = s.years().stream().filter(x -> x.year().year() == year).findFirst();
                partial |= a.map(AnnualActual::partial).orElse(false);
                derived |= a.map(AnnualActual::derived).orElse(false);
                t.text(table, a.map(this::value).orElse("\u2013"), Tables.RIGHT);
            }
            Optional<GuidanceLine> plan = b.guidanceFor(s.company().id());
            t.bold(table, plan.map(GuidanceLine::label).map(HistorySection::shortLabel).orElse("\u2013"), Tables.RIGHT);
            latestGrowth(t, table, s, last);
        }
        c.add(table);
        List<String> notes = new ArrayList<>();
        if (series.size() < all.size()) {
            boolean plansOnly = series.stream().allMatch(s -> b.guidanceFor(s.company().id()).isPresent());
            notes.add(c.top().scope(series.size(), all.size(), plansOnly)
                    + "; every company is in the workbook's History sheet.");
        }
        notes.add(b.currency() + " billions, each company on its guidance basis, in its own fiscal years.");
        if (partial) {
            notes.add("* partial year: the quarters reported so far, left out of growth rates.");
        }
        if (derived) {
            notes.add("\u2020 derived from reported components (see Methodology & sources).");
        }
        c.paragraph(String.join(" ", notes), c.styles().small(), 4);
    }

    /** Company, one column per fiscal year, the plan (wide enough for its longest label) and the latest growth. */
    private PdfPTable table(int first, int last, List<String> plans) {
        int cols = last - first + 4;
        float[] widths = new float[cols];
        String[] headers = new String[cols];
        int[] aligns = new int[cols];
        java.util.Arrays.fill(widths, 0.9f);
        java.util.Arrays.fill(aligns, Tables.RIGHT);
        widths[0] = 1.9f;
        headers[0] = "Company (fiscal year end)";
        aligns[0] = Tables.LEFT;
        for (int y = first; y <= last; y++) {
            headers[y - first + 1] = "FY" + y;
        }
        headers[cols - 2] = "FY" + c.briefing().focusYear() + " plan";
        widths[cols - 2] = planWidth(widths, cols - 2, plans);
        headers[cols - 1] = "Latest growth";
        return c.tables().create(widths, headers, aligns);
    }

    /** 1.2 of the relative widths, or what the longest plan label needs on one line. */
    private float planWidth(float[] widths, int column, List<String> plans) {
        com.lowagie.text.Font font = c.styles().cellBold();
        float longest = 0;
        for (String p : plans) {
            longest = Math.max(longest, font.getBaseFont().getWidthPoint(p, font.getSize()));
        }
        float others = 0;
        for (int i = 0; i < widths.length; i++) {
            others += i == column ? 0 : widths[i];
        }
        float needed = longest + 8;
        float base = 1.2f;
        // the column's share of the page: base / (others + base); solve for the width that gives it `needed` points
        return needed <= c.width() * base / (others + base) ? base : needed * others / (c.width() - needed);
    }

    private String value(AnnualActual a) {
        return MoneyFormat.billions(a.value(), c.currency()) + (a.partial() ? "*" : a.derived() ? "\u2020" : "");
    }

    /** The growth of the latest complete year, from the briefing; its year noted when not the table's last. */
    private static void latestGrowth(Tables t, PdfPTable table, AnnualSeries s, int lastColumn) {
        Optional<AnnualActual> latest = s.years().stream().filter(a -> !a.partial())
                .reduce((first, second) -> second);
        if (latest.isEmpty() || latest.get().yoy() == null) {
            t.text(table, "\u2013", Tables.RIGHT);
            return;
        }
        AnnualActual a = latest.get();
        t.noted(table, MoneyFormat.percentChange(a.yoy()), a.year().year() == lastColumn ? "" : a.year().label(),
                Tables.RIGHT);
    }

    /** The guidance label without the fiscal-year note, which the company column already gives. */
    private static String shortLabel(String label) {
        int i = label.indexOf(" (FY ends");
        return i < 0 ? label : label.substring(0, i);
    }
}
