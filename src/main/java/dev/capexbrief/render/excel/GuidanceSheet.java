package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.CentralKind;
import dev.capexbrief.analysis.GroupTotal;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Qualifier;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Guidance: each company's plan for the focus year as written, its low, high and central value
 * (a live midpoint for ranges), prior-year actual, implied growth and share of the group total;
 * then the total row, other plans still current, and the guidance chart.
 */
final class GuidanceSheet {
    static final String NAME = "Guidance";

    static final int COMPANY = 0;
    static final int LABEL = 1;
    static final int LOW = 2;
    static final int HIGH = 3;
    static final int CENTRAL = 4;
    static final int CENTRAL_IS = 5;
    static final int QUALIFIER = 6;
    static final int PRIOR_FY = 7;
    static final int PRIOR = 8;
    static final int GROWTH = 9;
    static final int SHARE = 10;
    static final int ANNOUNCED = 11;
    static final int PREVIOUS = 12;
    static final int BASIS = 13;
    static final int SOURCES = 14;
    static final int TO_LOW = 15;
    static final int TO_HIGH = 16;
    static final int HEADER_ROW = 3;
    static final int FIRST_ROW = HEADER_ROW + 1;
    private static final int NOTE_CHARS = 150;
    /** Longest list of cells the growth formula names one by one (Excel's limit for a formula is 8,192). */
    private static final int MAX_LISTED_CHARS = 2000;

    private final Context ctx;
    private final Grid grid;
    private final Styles s;
    private final String unit;
    /** The chart helper columns' values, row by row. */
    private final List<Double> toLow = new ArrayList<>();
    private final List<Double> toHigh = new ArrayList<>();

    GuidanceSheet(Context ctx, XSSFSheet sheet) {
        this.ctx = ctx;
        this.s = ctx.styles();
        this.grid = new Grid(sheet, s);
        this.unit = MoneyFormat.prefix(ctx.currency()).strip() + "B";
    }

    GuidanceCells write(Names names) {
        Briefing b = ctx.briefing();
        grid.text(0, 0, "FY" + b.focusYear() + " capex guidance by company", s.title());
        grid.text(1, 0, "Latest guidance on or before " + b.asOf() + ", in billions of " + b.currency()
                + ", each company on its own guidance basis. Central = the stated value, the midpoint of a range,"
                + " or the bound of an 'over' / 'up to' figure.", s.subtitle());
        headers(HEADER_ROW, List.of("Company", "Guidance (as written)", "Low (" + unit + ")", "High (" + unit + ")",
                "Central (" + unit + ")", "Central is", "Qualifier", "Prior FY", "Prior actual (" + unit + ")",
                "Implied growth", "Share of total", "Announced", "Previous guidance", "Capex basis", "Sources",
                "Chart: to low", "Chart: to high"));
        List<GuidanceLine> lines = b.guidance();
        if (lines.isEmpty()) {
            return withoutGuidance();
        }
        int last = FIRST_ROW + lines.size() - 1;
        int totalRow = last + 1;
        Map<String, String> central = new LinkedHashMap<>();
        Map<String, String> share = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            GuidanceLine g = lines.get(i);
            line(FIRST_ROW + i, g, totalRow);
            central.put(g.company().id(), Refs.cell(NAME, FIRST_ROW + i, CENTRAL));
            if (g.share() != null) {
                share.put(g.company().id(), Refs.cell(NAME, FIRST_ROW + i, SHARE));
            }
        }
        total(totalRow, last);
        int next = notes(totalRow + 1);
        next = otherPlans(next + 1);
        grid.applyWidths(34);
        int bottom = chart(lines, next + 1);
        // print the analysis, not the chart helper columns
        XSSFSheet sheet = grid.sheet();
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), COMPANY, SOURCES, 0, bottom);
        define(names, last, totalRow);
        return new GuidanceCells(central, share, Refs.cell(NAME, totalRow, CENTRAL),
                b.total().growth() == null ? null : Refs.cell(NAME, totalRow, GROWTH));
    }

    private GuidanceCells withoutGuidance() {
        Briefing b = ctx.briefing();
        grid.text(FIRST_ROW, COMPANY, "No company has guidance for FY" + b.focusYear() + " as of " + b.asOf() + ".",
                s.note());
        otherPlans(FIRST_ROW + 3);
        grid.applyWidths(40);
        return new GuidanceCells(Map.of(), Map.of(), null, null);
    }

    private void headers(int r, List<String> titles) {
        for (int c = 0; c < titles.size(); c++) {
            boolean numeric = (c >= LOW && c <= HIGH) || c == CENTRAL || (c >= PRIOR && c <= SHARE) || c >= TO_LOW;
            grid.header(r, c, titles.get(c), numeric);
        }
        grid.row(r).setHeightInPoints(30);
    }

    private void line(int r, GuidanceLine g, int totalRow) {
        grid.text(r, COMPANY, g.company().name(), s.bold());
        grid.text(r, LABEL, g.label(), s.text());
        central(r, g.amount(), g.central());
        grid.text(r, CENTRAL_IS, centralIs(g.centralKind()), s.text());
        grid.text(r, QUALIFIER, g.amount().qualifier().code(), s.text());
        if (g.priorPeriod() != null) {
            grid.text(r, PRIOR_FY, g.priorPeriod().label(), s.text());
        }
        grid.number(r, PRIOR, g.priorActual(), s.money());
        if (g.impliedGrowth() != null) {
            grid.formula(r, GROWTH, a1(r, CENTRAL) + "/" + a1(r, PRIOR) + "-1", g.impliedGrowth(), s.percentChange());
        } else {
            grid.text(r, GROWTH, "n/a", s.note());
        }
        if (g.share() != null) {
            grid.formula(r, SHARE, a1(r, CENTRAL) + "/" + abs(totalRow, CENTRAL), g.share(), s.percent());
        }
        grid.date(r, ANNOUNCED, g.announced(), s.date());
        if (g.previous() != null) {
            grid.text(r, PREVIOUS, g.previous().label() + " (" + g.previous().announced() + ")", s.text());
        }
        grid.text(r, BASIS, g.company().basisLabel(), s.wrap());
        ctx.sources().write(grid, r, SOURCES, g.source());
        // chart geometry, cached as a spreadsheet computes it: in doubles, from the cells' own values
        double[] whiskers = whiskers(g.amount());
        toLow.add(whiskers[0]);
        toHigh.add(whiskers[1]);
        grid.formula(r, TO_LOW, "IF(ISNUMBER(" + a1(r, LOW) + ")," + a1(r, CENTRAL) + "-" + a1(r, LOW) + ",0)",
                java.math.BigDecimal.valueOf(whiskers[0]), s.helper());
        grid.formula(r, TO_HIGH, "IF(ISNUMBER(" + a1(r, HIGH) + ")," + a1(r, HIGH) + "-" + a1(r, CENTRAL) + ",0)",
                java.math.BigDecimal.valueOf(whiskers[1]), s.helper());
    }

    /**
     * The helper columns' values, as a spreadsheet computes them: for a range, its central cell is
     * (low+high)/2, so the whiskers are central minus low and high minus central in doubles; a bound's
     * central cell is the bound itself, and a point has no low or high cell, so both are 0.
     */
    private static double[] whiskers(Amount amount) {
        if (amount instanceof Amount.Range range) {
            double low = range.low().doubleValue();
            double high = range.high().doubleValue();
            double mid = (low + high) / 2;
            return new double[]{mid - low, high - mid};
        }
        return new double[]{0, 0};
    }

    /** Low/high for ranges and bounds; the central value is a live formula over them where it can be. */
    private void central(int r, Amount amount, java.math.BigDecimal central) {
        if (amount instanceof Amount.Range range) {
            grid.number(r, LOW, range.low(), s.money());
            grid.number(r, HIGH, range.high(), s.money());
            grid.formula(r, CENTRAL, "(" + a1(r, LOW) + "+" + a1(r, HIGH) + ")/2", central, s.money());
        } else if (amount instanceof Amount.Bound bound && bound.qualifier() == Qualifier.AT_LEAST) {
            grid.number(r, LOW, bound.value(), s.money());
            grid.formula(r, CENTRAL, a1(r, LOW), central, s.money());
        } else if (amount instanceof Amount.Bound bound) {
            grid.number(r, HIGH, bound.value(), s.money());
            grid.formula(r, CENTRAL, a1(r, HIGH), central, s.money());
        } else {
            grid.number(r, CENTRAL, central, s.money());
        }
    }

    private static String centralIs(CentralKind kind) {
        return switch (kind) {
            case MIDPOINT -> "midpoint of range";
            case AT_LEAST -> "floor (at least)";
            case AT_MOST -> "ceiling (at most)";
            case STATED -> "stated value";
            case ANNUAL_AVERAGE -> kind.label();
        };
    }

    private void total(int r, int last) {
        GroupTotal t = ctx.briefing().total();
        for (int c = COMPANY; c <= SOURCES; c++) {
            grid.text(r, c, null, s.totalLabel());
        }
        grid.text(r, COMPANY, "Group total", s.totalLabel());
        grid.text(r, LABEL, t.label(), s.totalLabel());
        grid.formula(r, CENTRAL, "SUM(" + range(CENTRAL, last) + ")", t.total(), s.moneyTotal());
        grid.text(r, CENTRAL_IS, "sum of central values", s.totalLabel());
        if (!t.likeForLikeCompanies().isEmpty()) {
            grid.text(r, PRIOR_FY, "FY" + (t.year() - 1), s.totalLabel());
            grid.formula(r, PRIOR, "SUM(" + range(PRIOR, last) + ")", t.priorTotal(), s.moneyTotal());
        }
        if (t.growth() != null) {
            // the like-for-like rows by name, not SUMIFS(..,"<>"): spreadsheet engines disagree on that criterion
            List<String> plans = new ArrayList<>();
            List<GuidanceLine> lines = ctx.briefing().guidance();
            java.util.Set<String> likeForLike = new java.util.HashSet<>(t.likeForLikeCompanies());
            for (int i = 0; i < lines.size(); i++) {
                if (likeForLike.contains(lines.get(i).company().id())) {
                    plans.add(a1(FIRST_ROW + i, CENTRAL));
                }
            }
            String list = String.join(",", plans);
            // a formula is at most 8,192 characters: with thousands of companies, sum the plans whose prior
            // actual is a number (exactly the like-for-like ones) instead of naming each
            String sum = list.length() <= MAX_LISTED_CHARS ? "SUM(" + list + ")"
                    : "SUMPRODUCT(ISNUMBER(" + range(PRIOR, last) + ")*" + range(CENTRAL, last) + ")";
            grid.formula(r, GROWTH, sum + "/" + a1(r, PRIOR) + "-1", t.growth(), s.percentChangeTotal());
        }
    }

    private int notes(int r) {
        GroupTotal t = ctx.briefing().total();
        grid.paragraph(r, COMPANY, SOURCES, t.basisNote(), s.note(), NOTE_CHARS);
        if (t.growth() == null) {
            return r + 1;
        }
        String likeForLike = ctx.names(t.likeForLikeCompanies());
        List<String> without = new ArrayList<>(t.companies());
        without.removeAll(new java.util.HashSet<>(t.likeForLikeCompanies()));
        String text = "Growth is like-for-like: " + likeForLike + " (FY" + (t.year() - 1) + " actuals "
                + MoneyFormat.billions(t.priorTotal(), ctx.currency()) + ", FY" + t.year() + " plans "
                + MoneyFormat.billions(t.planForLikeForLike(), ctx.currency()) + ")."
                + (without.isEmpty() ? "" : " " + ctx.names(without) + (without.size() == 1 ? " has" : " have")
                + " no prior-year actual on the same basis: in the total, not in the growth.");
        grid.paragraph(r + 1, COMPANY, SOURCES, text, s.note(), NOTE_CHARS);
        return r + 2;
    }

    /** Plans that are not in the total: later years, quarters, multi-year programmes, other metrics. */
    private int otherPlans(int r) {
        List<GuidanceLine> others = ctx.briefing().otherPlans();
        if (others.isEmpty()) {
            return r;
        }
        grid.text(r, COMPANY, "Other guidance still current (not in the FY" + ctx.briefing().focusYear()
                + " total)", s.section());
        headers(r + 1, List.of("Company", "Guidance (as written)", "Low (" + unit + ")", "High (" + unit + ")",
                "Central (" + unit + ")", "Central is", "Qualifier", "Period", "Per year (" + unit + ")", "",
                "Metric", "Announced", "As stated", "Previous guidance", "Sources"));
        int row = r + 2;
        for (GuidanceLine g : others) {
            grid.text(row, COMPANY, g.company().name(), s.bold());
            grid.text(row, LABEL, g.label(), s.wrap());
            central(row, g.amount(), g.central());
            grid.text(row, CENTRAL_IS, centralIs(g.centralKind()), s.text());
            grid.text(row, QUALIFIER, g.amount().qualifier().code(), s.text());
            grid.text(row, PRIOR_FY, g.period().label(), s.text());
            if (g.annualAverage() != null) {
                grid.formula(row, PRIOR, a1(row, CENTRAL) + "/" + g.period().years(), g.annualAverage(), s.money());
            }
            grid.text(row, SHARE, g.metric(), s.text());
            grid.date(row, ANNOUNCED, g.announced(), s.date());
            grid.text(row, PREVIOUS, g.statedLabel(), s.text());
            grid.text(row, BASIS, g.previous() == null ? "" : g.previous().label(), s.text());
            ctx.sources().write(grid, row, SOURCES, g.source());
            row++;
        }
        return row;
    }

    /** Draws the chart of the largest plans below {@code top}; returns its last row. */
    private int chart(List<GuidanceLine> lines, int top) {
        // the lines come largest first, so the charted rows are the first ones
        int shown = Math.min(lines.size(), NativeCharts.MAX_COMPANIES);
        List<Double> central = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        for (GuidanceLine g : lines.subList(0, shown)) {
            central.add(g.central().doubleValue());
            names.add(g.company().name());
            colors.add(ctx.colorOf(g.company()));
        }
        int last = FIRST_ROW + shown - 1;
        String title = "FY" + ctx.briefing().focusYear() + " capex guidance (" + unit + ")"
                + (shown < lines.size() ? ", largest " + shown + " of " + lines.size() : "")
                + ": bar = central value, whisker = guided range";
        ChartFrame frame = new ChartFrame(title, COMPANY, top, SHARE + 1, top + Math.max(14, 4 + 2 * shown),
                Refs.area(NAME, FIRST_ROW, COMPANY, last, COMPANY), names);
        ChartSeries bars = new ChartSeries("Central", Refs.cell(NAME, HEADER_ROW, CENTRAL),
                Refs.area(NAME, FIRST_ROW, CENTRAL, last, CENTRAL), central, colors.get(0));
        ChartSeries below = new ChartSeries("to low", Refs.cell(NAME, HEADER_ROW, TO_LOW),
                Refs.area(NAME, FIRST_ROW, TO_LOW, last, TO_LOW), toLow.subList(0, shown), Color.BLACK);
        ChartSeries above = new ChartSeries("to high", Refs.cell(NAME, HEADER_ROW, TO_HIGH),
                Refs.area(NAME, FIRST_ROW, TO_HIGH, last, TO_HIGH), toHigh.subList(0, shown), Color.BLACK);
        ctx.charts().rangeBars(grid.sheet(), frame, bars, colors, below, above);
        return frame.row2();
    }

    private void define(Names names, int last, int totalRow) {
        names.define("GroupTotal", Refs.cell(NAME, totalRow, CENTRAL), "Sum of the companies' central FY plans");
        if (ctx.briefing().total().growth() != null) {
            names.define("GroupGrowth", Refs.cell(NAME, totalRow, GROWTH), "Like-for-like growth on the prior year");
        }
        names.define("Guidance_Companies", Refs.area(NAME, FIRST_ROW, COMPANY, last, COMPANY), "Companies in the total");
        names.define("Guidance_Midpoints", Refs.area(NAME, FIRST_ROW, CENTRAL, last, CENTRAL),
                "Central value of each plan: midpoint, stated value or bound");
        names.define("Guidance_PriorActuals", Refs.area(NAME, FIRST_ROW, PRIOR, last, PRIOR),
                "Prior fiscal year actual on the same basis");
    }

    private static String a1(int r, int c) {
        return Grid.a1(r, c);
    }

    private static String abs(int r, int c) {
        return new org.apache.poi.ss.util.CellReference(r, c, true, true).formatAsString();
    }

    private static String range(int c, int last) {
        return a1(FIRST_ROW, c) + ":" + a1(last, c);
    }
}
