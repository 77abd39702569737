package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.QuarterActual;
import dev.capexbrief.analysis.QuarterSeries;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Quarterly: each company's latest quarter and run rate (latest × 4) against its guidance, a
 * table of quarters aligned on the calendar (fiscal calendars differ; companies down, quarters
 * across), the trend chart, and every quarter with its fiscal label and source.
 */
final class QuarterlySheet {
    static final String NAME = "Quarterly";

    private static final int COMPANY = 0;
    private static final int LATEST_Q = 1;
    private static final int MONTHS = 2;
    private static final int LATEST = 3;
    private static final int RUN_RATE = 4;
    private static final int GUIDANCE = 5;
    private static final int VS = 6;
    private static final int BASIS = 7;
    private static final int HEADER_ROW = 3;
    private static final int MAX_DETAIL_ROWS = 2_000;
    /** Calendar quarters the table shows: the latest three years (older ones are on the Data sheet). */
    private static final int MAX_QUARTERS = 12;

    private final Context ctx;
    private final Grid grid;
    private final Styles s;
    private final String unit;
    /** Calendar-quarter table cell of each company's quarters, keyed "company|FY2025Q2". */
    private final Map<String, String> cells = new HashMap<>();

    QuarterlySheet(Context ctx, XSSFSheet sheet) {
        this.ctx = ctx;
        this.s = ctx.styles();
        this.grid = new Grid(sheet, s);
        this.unit = MoneyFormat.prefix(ctx.currency()).strip() + "B";
    }

    void write(GuidanceCells guidance, Names names) {
        List<QuarterSeries> series = ctx.briefing().quarterly();
        grid.text(0, 0, "Quarterly capex and run rates (" + unit + ")", s.title());
        grid.text(1, 0, "Run rate = latest quarter × 4, on each company's headline basis, compared with the central"
                + " value of its FY" + ctx.briefing().focusYear() + " guidance.", s.subtitle());
        if (series.isEmpty()) {
            grid.text(HEADER_ROW, 0, "No quarterly actuals as of " + ctx.briefing().asOf() + ".", s.note());
            grid.applyWidths(30);
            return;
        }
        int tableHeader = HEADER_ROW + series.size() + 3;
        TreeMap<Integer, String> quarters = calendarQuarters(series);
        locate(tableHeader, series, quarters);
        // rows top to bottom: POI inserts a row above existing ones by searching, which is slow at scale
        runRates(series, guidance);
        calendarTable(tableHeader, series, quarters);
        int next = alignmentNote(tableHeader + series.size() + 1, series);
        int chartBottom = next + 21;
        chart(series, quarters, tableHeader, next + 1, chartBottom);
        detail(chartBottom + 2, series);
        grid.applyWidths(30);
        names.define("RunRates", Refs.area(NAME, HEADER_ROW + 1, RUN_RATE, HEADER_ROW + series.size(), RUN_RATE),
                "Latest quarter x 4, per company");
    }

    private void runRates(List<QuarterSeries> series, GuidanceCells guidance) {
        String[] titles = {"Company", "Latest quarter", "Calendar months", "Latest quarter (" + unit + ")",
                "Run rate (" + unit + ")", "FY" + ctx.briefing().focusYear() + " guidance (" + unit + ")",
                "Run rate vs guidance", "Capex basis"};
        for (int c = 0; c < titles.length; c++) {
            grid.header(HEADER_ROW, c, titles[c], c >= LATEST && c <= VS);
        }
        grid.row(HEADER_ROW).setHeightInPoints(30);
        for (int i = 0; i < series.size(); i++) {
            QuarterSeries q = series.get(i);
            int r = HEADER_ROW + 1 + i;
            QuarterActual latest = q.latest();
            grid.text(r, COMPANY, q.company().name(), s.bold());
            grid.text(r, LATEST_Q, latest.quarter().label(), s.text());
            grid.text(r, MONTHS, latest.calendarLabel(), s.text());
            String cell = cells.get(key(q, latest));
            if (cell != null) {
                grid.formula(r, LATEST, cell, latest.value(), s.money());
            } else {
                grid.number(r, LATEST, latest.value(), s.money()); // older than the quarters the table shows
            }
            grid.formula(r, RUN_RATE, Grid.a1(r, LATEST) + "*4", q.runRate(), s.money());
            Optional<GuidanceLine> g = ctx.briefing().guidanceFor(q.company().id());
            String ref = guidance.central().get(q.company().id());
            if (g.isPresent() && ref != null) {
                grid.formula(r, GUIDANCE, ref, g.get().central(), s.money());
            }
            if (q.runRateVsGuidance() != null && g.isPresent()) {
                grid.formula(r, VS, Grid.a1(r, RUN_RATE) + "/" + Grid.a1(r, GUIDANCE) + "-1", q.runRateVsGuidance(),
                        s.percentChange());
            } else {
                grid.text(r, VS, "no FY" + ctx.briefing().focusYear() + " guidance", s.note());
            }
            grid.text(r, BASIS, q.company().basisLabel(), s.text());
        }
    }

    /**
     * The latest calendar quarters holding any company's quarter, by ordinal (year × 4 + quarter),
     * with labels. This sheet is built in memory, so it keeps to the recent ones.
     */
    private static TreeMap<Integer, String> calendarQuarters(List<QuarterSeries> series) {
        TreeMap<Integer, String> out = new TreeMap<>();
        for (QuarterSeries q : series) {
            for (QuarterActual a : q.quarters()) {
                out.computeIfAbsent(ordinal(a.end()), k -> label(a.end()));
            }
        }
        // every quarter between the first and the last, so the chart's time axis has no silent jumps
        for (int k = Math.max(out.firstKey(), out.lastKey() - MAX_QUARTERS + 1); k < out.lastKey(); k++) {
            int ordinal = k;
            out.computeIfAbsent(k, x -> label(LocalDate.of(ordinal / 4, ordinal % 4 * 3 + 3, 1)));
        }
        while (out.size() > MAX_QUARTERS) {
            out.pollFirstEntry();
        }
        return out;
    }

    private static int ordinal(LocalDate end) {
        return end.getYear() * 4 + (end.getMonthValue() - 1) / 3;
    }

    private static String label(LocalDate end) {
        int firstMonth = (end.getMonthValue() - 1) / 3 * 3 + 1;
        return month(firstMonth) + "\u2013" + month(firstMonth + 2) + " " + end.getYear();
    }

    private static String month(int m) {
        return java.time.Month.of(m).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** Companies down, calendar quarters across, so thousands of companies still fit the sheet. */
    private void calendarTable(int headerRow, List<QuarterSeries> series, TreeMap<Integer, String> quarters) {
        grid.text(headerRow - 1, 0, "Capex by calendar quarter (" + unit + ")" + (quarters.size() < MAX_QUARTERS ? ""
                : ", latest " + MAX_QUARTERS + " quarters; earlier ones are on the Data sheet"), s.section());
        grid.header(headerRow, 0, "Company", false);
        List<Integer> order = new ArrayList<>(quarters.keySet());
        for (int i = 0; i < order.size(); i++) {
            grid.header(headerRow, i + 1, quarters.get(order.get(i)), true);
        }
        for (int k = 0; k < series.size(); k++) {
            QuarterSeries q = series.get(k);
            int r = headerRow + 1 + k;
            grid.text(r, 0, q.company().name(), s.bold());
            for (QuarterActual a : q.quarters()) {
                int c = 1 + order.indexOf(ordinal(a.end()));
                if (c > 0) {
                    grid.number(r, c, a.value(), s.money());
                }
            }
        }
    }

    /** Where the calendar-quarter table will put each company's quarters, for the run-rate formulas. */
    private void locate(int headerRow, List<QuarterSeries> series, TreeMap<Integer, String> quarters) {
        List<Integer> order = new ArrayList<>(quarters.keySet());
        for (int k = 0; k < series.size(); k++) {
            // only the latest quarter is looked up (by the run-rate formulas): one entry a company, not fifty
            QuarterActual a = series.get(k).latest();
            int c = 1 + order.indexOf(ordinal(a.end()));
            if (c > 0) {
                cells.put(key(series.get(k), a), Grid.a1(headerRow + 1 + k, c));
            }
        }
    }

    private static String key(QuarterSeries q, QuarterActual a) {
        return q.company().id() + "|" + a.quarter().label();
    }

    /** Says where companies whose quarters end off the calendar quarters are placed. */
    private int alignmentNote(int r, List<QuarterSeries> series) {
        List<String> off = series.stream().filter(q -> q.company().company().fiscalYearEnd().getValue() % 3 != 0)
                .map(q -> q.company().name()).toList();
        if (off.isEmpty()) {
            return r;
        }
        grid.paragraph(r, 0, 8, String.join(", ", off) + (off.size() == 1 ? "'s" : "'") + " fiscal quarters end"
                + " in other months; each quarter is shown in the calendar quarter in which it ends.", s.note(), 110);
        return r + 1;
    }

    private void chart(List<QuarterSeries> series, TreeMap<Integer, String> quarters, int headerRow, int top,
                       int bottom) {
        List<Integer> order = new ArrayList<>(quarters.keySet());
        int lastColumn = order.size();
        List<ChartSeries> lines = new ArrayList<>();
        List<Integer> shown = largest(series);
        for (int k : shown) {
            QuarterSeries q = series.get(k);
            Double[] values = new Double[order.size()];
            for (QuarterActual a : q.quarters()) {
                int i = order.indexOf(ordinal(a.end()));
                if (i >= 0) {
                    values[i] = a.value().doubleValue();
                }
            }
            int r = headerRow + 1 + k;
            lines.add(new ChartSeries(q.company().name(), Refs.cell(NAME, r, 0),
                    Refs.area(NAME, r, 1, r, lastColumn), java.util.Arrays.asList(values), ctx.colorOf(q.company())));
        }
        String title = "Quarterly capex by calendar quarter, headline basis (" + unit + ")"
                + (shown.size() < series.size() ? ", largest " + shown.size() + " of " + series.size() : "");
        ChartFrame frame = new ChartFrame(title, 0, top, Math.max(9, Math.min(lastColumn + 1, 16)), bottom,
                Refs.area(NAME, headerRow, 1, headerRow, lastColumn), new ArrayList<>(quarters.values()));
        ctx.charts().lines(grid.sheet(), frame, lines);
    }

    /** Which companies the chart shows: all, or those with the largest latest quarter, in table order. */
    private static List<Integer> largest(List<QuarterSeries> series) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            rows.add(i);
        }
        if (rows.size() <= NativeCharts.MAX_COMPANIES) {
            return rows;
        }
        return rows.stream().sorted(Comparator.comparing((Integer i) -> series.get(i).latest().value()).reversed())
                .limit(NativeCharts.MAX_COMPANIES).sorted().toList();
    }

    private void detail(int r, List<QuarterSeries> series) {
        grid.text(r, 0, "Every quarter, as reported", s.section());
        long quarters = series.stream().mapToLong(q -> q.quarters().size()).sum();
        if (quarters > MAX_DETAIL_ROWS) {
            // this sheet is built in memory; past a few thousand rows the list belongs on the streamed Data sheet
            grid.text(r + 1, 0, quarters + " quarters: too many to list here; every one is on the Data sheet"
                    + " (filter kind = actual and a quarterly period).", s.note());
            return;
        }
        String[] titles = {"Company", "Fiscal quarter", "Calendar months", "Quarter end", "Capex (" + unit + ")",
                "Sources"};
        for (int c = 0; c < titles.length; c++) {
            grid.header(r + 1, c, titles[c], c == 4);
        }
        int row = r + 2;
        for (QuarterSeries q : series) {
            for (QuarterActual a : q.quarters()) {
                grid.text(row, 0, q.company().name(), s.text());
                grid.text(row, 1, a.quarter().label(), s.text());
                grid.text(row, 2, a.calendarLabel(), s.text());
                grid.date(row, 3, a.end(), s.date());
                grid.number(row, 4, a.value(), s.money());
                ctx.sources().write(grid, row, 5, a.source());
                row++;
            }
        }
    }
}
