package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.AnnualActual;
import dev.capexbrief.analysis.AnnualSeries;
import dev.capexbrief.analysis.CompanyProfile;
import dev.capexbrief.analysis.MoneyFormat;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * History: annual capex per company by fiscal year on its headline basis, with live year-on-year
 * growth. Derived years carry a '*'; partial years (fewer than four quarters) sit in their own
 * columns, outside the chart and the growth rates, so they never read as a fall.
 */
final class HistorySheet {
    static final String NAME = "History";

    private static final int COMPANY = 0;
    private static final int BASIS = 1;
    private static final int FY_ENDS = 2;
    private static final int FIRST_YEAR = 3;
    private static final int HEADER_ROW = 3;
    private static final int NOTE_CHARS = 140;

    private final Context ctx;
    private final Grid grid;
    private final Styles s;
    private final String unit;

    HistorySheet(Context ctx, XSSFSheet sheet) {
        this.ctx = ctx;
        this.s = ctx.styles();
        this.grid = new Grid(sheet, s);
        this.unit = MoneyFormat.prefix(ctx.currency()).strip() + "B";
    }

    void write(Names names) {
        List<AnnualSeries> headline = ctx.briefing().history().stream().filter(AnnualSeries::headline).toList();
        List<AnnualSeries> others = ctx.briefing().history().stream().filter(a -> !a.headline()).toList();
        List<Integer> years = years(ctx.briefing().history());
        grid.text(0, 0, "Annual capex by fiscal year (" + unit + ")", s.title());
        grid.text(1, 0, "Each company on its headline basis, the basis of its guidance; fiscal years as each company"
                + " reports them. * = derived from reported components; q = sum of four quarters. Partial years are"
                + " shown apart.", s.subtitle());
        if (headline.isEmpty()) {
            grid.text(HEADER_ROW, 0, "No annual capex actuals as of " + ctx.briefing().asOf() + ".", s.note());
            grid.applyWidths(30);
            return;
        }
        int last = matrix(HEADER_ROW, headline, years, "Company");
        int yoyHeader = last + 3;
        grid.text(yoyHeader - 1, 0, "Year-on-year growth (complete fiscal years on the same basis)", s.section());
        growth(yoyHeader, last, headline, years);
        int next = notes(yoyHeader + headline.size() + 2, headline);
        if (!others.isEmpty()) {
            grid.text(next + 1, 0, "Other reported bases (for reference; comparisons use the headline basis)",
                    s.section());
            next = matrix(next + 2, others, years, "Company") + 1;
        }
        grid.applyWidths(30);
        grid.sheet().setColumnWidth(BASIS, 30 * 256);
        chart(headline, years, next + 1);
        if (!years.isEmpty()) {
            names.define("History_Headline", Refs.area(NAME, HEADER_ROW + 1, FIRST_YEAR, last,
                    FIRST_YEAR + years.size() - 1), "Annual capex on the headline basis, companies by fiscal years");
        }
    }

    /** Every complete fiscal year any series has, as one unbroken run so growth compares neighbours. */
    private static List<Integer> years(List<AnnualSeries> series) {
        TreeSet<Integer> found = new TreeSet<>();
        series.forEach(a -> a.years().stream().filter(y -> !y.partial()).forEach(y -> found.add(y.year().year())));
        List<Integer> out = new ArrayList<>();
        if (!found.isEmpty()) {
            for (int y = found.first(); y <= found.last(); y++) {
                out.add(y);
            }
        }
        return out;
    }

    private int matrix(int headerRow, List<AnnualSeries> series, List<Integer> years, String first) {
        int partial = FIRST_YEAR + years.size();
        grid.header(headerRow, COMPANY, first, false);
        grid.header(headerRow, BASIS, "Capex basis", false);
        grid.header(headerRow, FY_ENDS, "FY ends", false);
        for (int i = 0; i < years.size(); i++) {
            grid.header(headerRow, FIRST_YEAR + i, "FY" + years.get(i), true);
        }
        grid.header(headerRow, partial, "Partial year", false);
        grid.header(headerRow, partial + 1, "Quarters reported", true);
        grid.header(headerRow, partial + 2, "Partial sum (" + unit + ")", true);
        grid.row(headerRow).setHeightInPoints(30);
        int r = headerRow;
        for (AnnualSeries a : series) {
            r++;
            CompanyProfile p = a.company();
            grid.text(r, COMPANY, p.name(), s.bold());
            grid.text(r, BASIS, a.headline() ? p.basisLabel() : basisLabel(a.metric()), s.wrap());
            grid.text(r, FY_ENDS, p.company().fiscalYearEndName(), s.text());
            for (AnnualActual y : a.years()) {
                if (y.partial()) {
                    grid.text(r, partial, y.year().label(), s.text());
                    grid.integer(r, partial + 1, y.quarters(), s.integer());
                    grid.number(r, partial + 2, y.value(), s.money());
                } else {
                    grid.number(r, FIRST_YEAR + years.indexOf(y.year().year()), y.value(),
                            y.derived() ? s.moneyDerived() : y.fromQuarters() ? s.moneyFromQuarters() : s.money());
                }
            }
        }
        return r;
    }

    /** The label another company uses for this basis, else the metric in words. */
    private String basisLabel(String metric) {
        return ctx.briefing().companies().stream().filter(p -> p.basis().equals(metric)).map(CompanyProfile::basisLabel)
                .findFirst().orElse(metric.replace('_', ' '));
    }

    private void growth(int headerRow, int matrixLast, List<AnnualSeries> series, List<Integer> years) {
        grid.header(headerRow, COMPANY, "Company", false);
        grid.header(headerRow, BASIS, "Capex basis", false);
        grid.header(headerRow, FY_ENDS, "FY ends", false);
        for (int i = 0; i < years.size(); i++) {
            grid.header(headerRow, FIRST_YEAR + i, "FY" + years.get(i), true);
        }
        for (int i = 0; i < series.size(); i++) {
            AnnualSeries a = series.get(i);
            int r = headerRow + 1 + i;
            int source = matrixLast - series.size() + 1 + i;
            grid.text(r, COMPANY, a.company().name(), s.bold());
            grid.text(r, BASIS, a.company().basisLabel(), s.wrap());
            grid.text(r, FY_ENDS, a.company().company().fiscalYearEndName(), s.text());
            for (AnnualActual y : a.years()) {
                if (y.yoy() != null) {
                    int c = FIRST_YEAR + years.indexOf(y.year().year());
                    grid.formula(r, c, Grid.a1(source, c) + "/" + Grid.a1(source, c - 1) + "-1", y.yoy(),
                            s.percentChange());
                }
            }
        }
    }

    /**
     * How derived years were derived, one line per company. Years summed from four quarters carry a
     * "q" and partial years sit in their own columns, so neither needs a line per year.
     */
    private int notes(int r, List<AnnualSeries> headline) {
        grid.paragraph(r++, COMPANY, FIRST_YEAR + 6, "* derived from reported components (below). q = the sum of four"
                + " reported quarters (no annual figure in the data). Partial years (fewer than four quarters) are"
                + " shown apart and left out of the chart and the growth rates.", s.note(), NOTE_CHARS);
        for (AnnualSeries a : headline) {
            List<String> derived = new ArrayList<>();
            String how = "";
            for (AnnualActual y : a.years()) {
                if (y.derived()) {
                    derived.add(y.year().label());
                    how = y.source();
                }
            }
            if (!derived.isEmpty()) {
                grid.paragraph(r++, COMPANY, FIRST_YEAR + 6, a.company().name() + " " + String.join(", ", derived)
                        + " (marked *): " + how + ".", s.note(), NOTE_CHARS);
            }
        }
        return r;
    }

    private void chart(List<AnnualSeries> headline, List<Integer> years, int top) {
        if (years.isEmpty()) {
            return;
        }
        List<String> labels = years.stream().map(y -> "FY" + y).toList();
        List<Integer> shown = largest(headline);
        List<ChartSeries> series = new ArrayList<>();
        for (int i : shown) {
            AnnualSeries a = headline.get(i);
            int r = HEADER_ROW + 1 + i;
            List<Double> values = new ArrayList<>();
            for (Integer year : years) {
                values.add(a.years().stream().filter(y -> !y.partial() && y.year().year() == year).findFirst()
                        .map(y -> y.value().doubleValue()).orElse(null));
            }
            series.add(new ChartSeries(a.company().name(), Refs.cell(NAME, r, COMPANY),
                    Refs.area(NAME, r, FIRST_YEAR, r, FIRST_YEAR + years.size() - 1), values, ctx.colorOf(a.company())));
        }
        String title = "Annual capex by fiscal year, headline basis (" + unit + ")"
                + (shown.size() < headline.size() ? ", largest " + shown.size() + " of " + headline.size() : "");
        ChartFrame frame = new ChartFrame(title, COMPANY, top, Math.max(FIRST_YEAR + years.size(), 10), top + 20,
                Refs.area(NAME, HEADER_ROW, FIRST_YEAR, HEADER_ROW, FIRST_YEAR + years.size() - 1), labels);
        ctx.charts().columns(grid.sheet(), frame, series);
    }

    /** Which rows the chart shows: all, or the companies with the largest latest complete year, in table order. */
    private static List<Integer> largest(List<AnnualSeries> headline) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < headline.size(); i++) {
            rows.add(i);
        }
        if (rows.size() <= NativeCharts.MAX_COMPANIES) {
            return rows;
        }
        java.util.function.ToDoubleFunction<Integer> latest = i -> headline.get(i).years().stream()
                .filter(y -> !y.partial()).reduce((a, b) -> b).map(y -> y.value().doubleValue()).orElse(0.0);
        return rows.stream().sorted(java.util.Comparator.comparingDouble(latest).reversed())
                .limit(NativeCharts.MAX_COMPANIES).sorted().toList();
    }
}
